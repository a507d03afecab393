// A plain-text SMTP login once allowed to a host that only looks local (a mutation probe: the mail module had its
// own loopback check, where `127.evil.example` counted as this machine). It now uses src/shared/loopback.ts.
import { describe, expect, it } from 'vitest';
import { smtpTransportOptions } from '../../src/main/mail/smtp-transport';

describe('plain-text SMTP (security none)', () => {
  const settings = (host: string) =>
    ({ host, port: 25, security: 'none', user: 'me', from: 'rapports@example.ch' }) as const;

  it('is refused to a host that only starts like a loopback address', () => {
    for (const host of [
      '127.evil.example',
      '127.0.0.1.evil.example',
      '127.0.0.1evil',
      'localhost.evil.example',
    ]) {
      expect(() => smtpTransportOptions(settings(host), 'secret'), host).toThrow(host);
    }
  });

  it('is allowed to this machine, by name or address', () => {
    for (const host of ['localhost', 'LOCALHOST', '127.0.0.1', '127.1.2.3', '::1', '[::1]']) {
      expect(smtpTransportOptions(settings(host), 'secret').ignoreTLS, host).toBe(true);
    }
  });
});
