// The three security modes against real servers on 127.0.0.1 with a self-signed certificate: 'tls' speaks TLS
// from the first byte (465), 'starttls' upgrades a plain connection and refuses a server that cannot (587).
// Swapping the two gives "wrong version number" or a hung greeting with every real provider (nodemailer#1154).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSmtpSender, smtpTransportOptions } from '../../src/main/mail/smtp-transport';
import type { MailSecurity } from '../../src/main/settings/sections/mail';
import { startTestSmtp } from './smtp-test-server';

let dir: string;
let key: Buffer;
let cert: Buffer;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'smtp-tls-'));
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
    ],
    { stdio: 'ignore' },
  );
  key = readFileSync(join(dir, 'key.pem'));
  cert = readFileSync(join(dir, 'cert.pem'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A server that records whether each message arrived over an encrypted connection. */
async function startServer(implicitTls: boolean) {
  const secureSessions: boolean[] = [];
  const server = new SMTPServer({
    secure: implicitTls,
    key,
    cert,
    authOptional: true,
    logger: false,
    onData(stream, session, cb) {
      stream.resume();
      stream.on('end', () => {
        secureSessions.push(session.secure);
        cb(null, 'queued');
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { port, secureSessions, stop: () => new Promise<void>((r) => server.close(() => r())) };
}

function send(security: MailSecurity, port: number) {
  const options = smtpTransportOptions(
    { host: '127.0.0.1', port, security, user: '', from: 'rapports@example.ch' },
    null,
  );
  // Trust the test's own certificate; short timeouts so a mismatched mode fails in seconds, not 20 s.
  const sender = createSmtpSender({
    ...options,
    tls: { ca: cert },
    connectionTimeout: 5000,
    greetingTimeout: 5000,
  });
  return sender({
    from: 'rapports@example.ch',
    to: 'chef@example.ch',
    subject: 'test',
    html: '<p>test</p>',
    text: 'test\n',
    headers: {},
    images: [],
  });
}

describe('SMTP security modes', () => {
  it('tls: delivered over TLS from the first byte (port 465 style)', async () => {
    const server = await startServer(true);
    try {
      await send('tls', server.port);
      expect(server.secureSessions).toEqual([true]);
    } finally {
      await server.stop();
    }
  });

  it('starttls: delivered after upgrading a plain connection (port 587 style)', async () => {
    const server = await startServer(false);
    try {
      await send('starttls', server.port);
      expect(server.secureSessions).toEqual([true]);
    } finally {
      await server.stop();
    }
  });

  it('starttls: refuses a server that does not offer the upgrade, nothing sent in clear', async () => {
    const plain = await startTestSmtp(); // STARTTLS disabled
    try {
      await expect(send('starttls', plain.port)).rejects.toThrow();
      expect(plain.received).toHaveLength(0);
    } finally {
      await plain.stop();
    }
  });

  it('tls against a STARTTLS server fails instead of sending', async () => {
    const server = await startServer(false);
    try {
      await expect(send('tls', server.port)).rejects.toThrow();
      expect(server.secureSessions).toEqual([]);
    } finally {
      await server.stop();
    }
  });
});
