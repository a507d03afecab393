// How a failed send is classified (retried or not) and when the next attempt is: the outbox's whole retry policy
// rests on these. 4xx and network trouble are retried, 5xx and anything a person must fix never.
import { describe, expect, it } from 'vitest';
import { classifySendError, retryDelayMs } from '../../src/main/mail/mail-errors';
import { createMailer, sendTestEmail } from '../../src/main/mail/mailer';
import { startTestSmtp } from './smtp-test-server';

describe('classifySendError', () => {
  it('an SMTP answer: 4xx temporary, 5xx and 3xx permanent, in the server’s words', () => {
    expect(classifySendError({ responseCode: 451, response: ' 451 4.3.0 try again ' })).toEqual({
      temporary: true,
      words: '451 4.3.0 try again',
    });
    expect(classifySendError({ responseCode: 400, response: 'x' }).temporary).toBe(true);
    expect(classifySendError({ responseCode: 499, response: 'x' }).temporary).toBe(true);
    expect(classifySendError({ responseCode: 500, response: 'x' }).temporary).toBe(false);
    expect(classifySendError({ responseCode: 550, response: 'x' }).temporary).toBe(false);
    expect(classifySendError({ responseCode: 399, response: 'x' }).temporary).toBe(false);
    // An answer code wins over a network-looking error code.
    expect(classifySendError({ responseCode: 550, code: 'ECONNRESET', message: 'm' }).temporary).toBe(false);
  });

  it('what a person must fix (login, TLS, envelope, message) is never retried', () => {
    for (const code of ['EAUTH', 'ETLS', 'EENVELOPE', 'EMESSAGE']) {
      expect(classifySendError({ code, message: `${code} failed` }), code).toEqual({
        temporary: false,
        words: `${code} failed`,
      });
    }
  });

  it('network trouble is retried; an unknown error code is not; no code at all is', () => {
    for (const code of [
      'ECONNECTION',
      'ETIMEDOUT',
      'ESOCKET',
      'EDNS',
      'ECONNREFUSED',
      'ECONNRESET',
      'EHOSTUNREACH',
      'ENETUNREACH',
      'ENOTFOUND',
      'EAI_AGAIN',
      'EPIPE',
    ]) {
      expect(classifySendError({ code, message: 'down' }).temporary, code).toBe(true);
    }
    expect(classifySendError({ code: 'ESTRANGE', message: 'odd' }).temporary).toBe(false);
    expect(classifySendError(new Error('boom'))).toEqual({ temporary: true, words: 'boom' });
    expect(classifySendError('plain text')).toEqual({ temporary: true, words: 'plain text' });
    expect(classifySendError(null).temporary).toBe(true);
  });
});

describe('retryDelayMs', () => {
  it('1, 2, 4 … minutes after each failed attempt, never more than an hour', () => {
    const minutes = [0, 1, 2, 3, 4, 5, 6, 7, 8, 20].map((n) => retryDelayMs(n) / 60_000);
    expect(minutes).toEqual([1, 1, 2, 4, 8, 16, 32, 60, 60, 60]);
  });
});

describe('sendTestEmail', () => {
  it('reaches the server with the test header, a French subject and the host named in both parts', async () => {
    const smtp = await startTestSmtp();
    try {
      const mailer = createMailer(
        { host: '127.0.0.1', port: smtp.port, security: 'none', user: '', from: 'rapports@example.ch' },
        null,
      );
      const receipt = await sendTestEmail(mailer, 'chef@example.ch', 'fr');
      expect(receipt.rejected).toEqual([]);
      expect(receipt.response).toMatch(/queued/);
      await smtp.waitFor(1);
      const m = smtp.received[0]!;
      expect(m.to).toEqual(['chef@example.ch']);
      expect(m.parsed.headers.get('x-dispatch-report')).toBe('test');
      expect(m.parsed.from?.text).toBe('rapports@example.ch');
      expect(m.parsed.subject).toBeTruthy();
      expect(m.parsed.text).toContain('127.0.0.1');
      expect(m.parsed.html).toContain('127.0.0.1');
      expect(m.parsed.html).toContain('color-scheme');
    } finally {
      await smtp.stop();
    }
  });
});
