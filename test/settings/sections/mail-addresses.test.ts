// The mail section's addresses: the sender (`mail.from`) as mail clients show it, the SMTP server's name, and the
// one address rule that the recipients lists share. A sender that nodemailer reads differently from what the
// screen accepted sends the reports from an address nobody typed, or not at all.
import { describe, expect, it } from 'vitest';
import { defaultSettings, validatePatch } from '../../../src/main/settings';
import { isEmailAddress, parseMailbox } from '../../../src/main/settings/sections/mail';

describe('isEmailAddress', () => {
  it('takes name@domain.tld with several characters in each part', () => {
    for (const ok of ['chef.dispatch@example.ch', 'rapports+jour@mail.dispatch-leman.ch', 'ab@cd.ef']) {
      expect(isEmailAddress(ok), ok).toBe(true);
    }
  });

  it('refuses spaces anywhere, a second @, no dot in the domain, and the characters of a list or a name', () => {
    for (const bad of [
      'a b@c.ch',
      'x ab@cd.ch',
      'ab@cd.ch x',
      'ab@c d.ch',
      'ab@cd.c h',
      'a@b@c.ch',
      'ab@cdch',
      '@cd.ch',
      'ab@.ch',
      'ab@cd.',
      'ab@cd.ch,',
      'ab@cd.ch;',
      '<ab@cd.ch>',
      'a"b@cd.ch',
      'ab:en@cd.ch',
      '',
    ]) {
      expect(isEmailAddress(bad), JSON.stringify(bad)).toBe(false);
    }
  });
});

describe('parseMailbox (mail.from)', () => {
  it('reads a bare address, trimmed, with no name', () => {
    expect(parseMailbox('  rapports@example.ch ')).toEqual({ name: '', address: 'rapports@example.ch' });
  });

  it('reads a name and an address in angle brackets, the name trimmed; a quoted name may hold a comma', () => {
    expect(parseMailbox('Dispatch Léman <rapports@example.ch>')).toEqual({
      name: 'Dispatch Léman',
      address: 'rapports@example.ch',
    });
    expect(parseMailbox(' "Dispatch, Léman"   <rapports@example.ch> ')).toEqual({
      name: 'Dispatch, Léman',
      address: 'rapports@example.ch',
    });
  });

  it('refuses a space in a bare address (nodemailer would read "a b@c.ch" as a name and b@c.ch)', () => {
    expect(parseMailbox('a b@c.ch')).toBeNull();
    expect(parseMailbox('Dispatch rapports@example.ch')).toBeNull();
  });

  it('refuses text after the closing bracket, two mailboxes, and a bracketed non-address', () => {
    for (const bad of [
      'Dispatch <rapports@example.ch> x',
      'Dispatch <rapports@example.ch',
      'A <a@example.ch>, B <b@example.ch>',
      'Dispatch <rapports>',
      'Dispatch <a b@example.ch>',
      'Dispatch <>',
    ]) {
      expect(parseMailbox(bad), bad).toBeNull();
    }
  });
});

describe('mail section through validatePatch', () => {
  const errorsOf = (patch: Record<string, unknown>) => validatePatch(defaultSettings(), patch).errors;

  it('keeps a sender as typed (trimmed), empty meaning none', () => {
    const r = validatePatch(defaultSettings(), {
      'mail.from': ' Dispatch Léman <rapports@example.ch> ',
      'mail.user': ' ops ',
    });
    expect(r.errors).toEqual({});
    expect(r.next.mail.from).toBe('Dispatch Léman <rapports@example.ch>');
    expect(r.next.mail.user).toBe('ops');
    expect(errorsOf({ 'mail.from': '' })).toEqual({});
  });

  it('refuses a wrong sender with the sender’s own message', () => {
    for (const bad of ['a b@c.ch', 'rapports', 'A <a@x.ch>, B <b@x.ch>']) {
      expect(errorsOf({ 'mail.from': bad }), bad).toEqual({
        'mail.from': { key: 'settings.errors.mailFrom' },
      });
    }
  });

  it('takes a host name, an IPv4 or a bracketed IPv6 address, and refuses anything else', () => {
    for (const ok of ['smtp.example.ch', 'mail-1.example.ch', '192.0.2.7', '[::1]', '']) {
      const r = validatePatch(defaultSettings(), { 'mail.host': ok });
      expect(r.errors, ok).toEqual({});
      expect(r.next.mail.host).toBe(ok);
    }
    for (const bad of [
      'smtp example.ch',
      'smtp.example.ch/x',
      'smtp://example.ch',
      'smtp@example.ch',
      'é.ch',
    ]) {
      expect(errorsOf({ 'mail.host': bad }), bad).toEqual({
        'mail.host': { key: 'settings.errors.mailHost' },
      });
    }
  });

  it('takes the three security modes and names them when refused', () => {
    for (const ok of ['tls', 'starttls', 'none']) {
      expect(validatePatch(defaultSettings(), { 'mail.security': ok }).next.mail.security).toBe(ok);
    }
    expect(errorsOf({ 'mail.security': 'ssl' })).toEqual({
      'mail.security': { key: 'settings.errors.mailSecurity', params: { choices: 'tls, starttls, none' } },
    });
  });
});
