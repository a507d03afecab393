// The transport options each security mode gives nodemailer (mutation testing: only 'none' on loopback was ever
// exercised, so tls ↔ starttls could be swapped unnoticed), and the settings refused before any connection.
import { describe, expect, it } from 'vitest';
import { smtpTransportOptions } from '../../src/main/mail/smtp-transport';
import { MailConfigError } from '../../src/main/mail/mail-errors';
import { mailSettingsSchema, type MailSettings } from '../../src/main/settings/sections/mail';

function mail(over: Partial<MailSettings>): MailSettings {
  return mailSettingsSchema.parse({
    host: 'smtp.example.ch',
    port: 587,
    from: 'rapports@example.ch',
    ...over,
  });
}

function refusal(fn: () => unknown) {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(MailConfigError);
    const err = e as MailConfigError;
    expect(err.name).toBe('MailConfigError');
    expect(err.kind).toBe('config');
    return err.userMessage;
  }
  throw new Error('expected a MailConfigError');
}

describe('smtpTransportOptions', () => {
  it('starttls: plain first, upgrade required', () => {
    const o = smtpTransportOptions(mail({ security: 'starttls' }), null);
    expect(o).toMatchObject({
      host: 'smtp.example.ch',
      port: 587,
      secure: false,
      requireTLS: true,
      ignoreTLS: false,
    });
  });

  it('tls: encrypted from the first byte, no STARTTLS step', () => {
    const o = smtpTransportOptions(mail({ security: 'tls', port: 465 }), null);
    expect(o).toMatchObject({ port: 465, secure: true, requireTLS: false, ignoreTLS: false });
  });

  it('none: only to this machine, never upgrading', () => {
    const o = smtpTransportOptions(mail({ security: 'none', host: '127.0.0.1', port: 2525 }), null);
    expect(o).toMatchObject({ secure: false, requireTLS: false, ignoreTLS: true });
    expect(
      refusal(() => smtpTransportOptions(mail({ security: 'none', host: '127.evil.example' }), null)),
    ).toEqual({
      key: 'reports.errors.insecureRemote',
      params: { host: '127.evil.example' },
    });
  });

  it('logs in only when a user is set, with the password or an empty one', () => {
    expect(smtpTransportOptions(mail({}), 'pw').auth).toBeUndefined();
    expect(smtpTransportOptions(mail({ user: 'rapports' }), 'pw').auth).toEqual({
      user: 'rapports',
      pass: 'pw',
    });
    expect(smtpTransportOptions(mail({ user: 'rapports' }), null).auth).toEqual({
      user: 'rapports',
      pass: '',
    });
  });

  it('refuses a missing server or sender before connecting', () => {
    expect(refusal(() => smtpTransportOptions(mail({ host: '' }), null)).key).toBe(
      'reports.errors.noSmtpHost',
    );
    expect(refusal(() => smtpTransportOptions(mail({ from: '' }), null)).key).toBe('reports.errors.noSender');
  });
});
