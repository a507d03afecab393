// What the command says when the machine, the network or a server is in the way: one sentence that says what
// happened and what to do, never "Unexpected error … report it". The real command (a child process), real
// servers on 127.0.0.1.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = resolve(__dirname, '../../bin/dispatch-analytics.mjs');
let home: string;
let dir: string;

beforeAll(() => {
  home = mkdtempSync(join(tmpdir(), 'da-msg-home-'));
  dir = mkdtempSync(join(tmpdir(), 'da-msg-'));
});
afterAll(() => {
  rmSync(home, { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
});

/** The command with its own home folder (so "the default folder" is a throwaway one) and no data dir variable. */
function run(argv: string[], env: Record<string, string> = {}) {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, HOME: home, ...env };
  for (const name of ['DISPATCH_ANALYTICS_DATA_DIR', 'XDG_DATA_HOME', 'DISPATCH_SMTP_PASSWORD', 'DEBUG']) {
    if (!(name in env)) delete childEnv[name];
  }
  return new Promise<{ code: number; stdout: string; stderr: string }>((done) => {
    execFile(process.execPath, [BIN, ...argv], { env: childEnv, timeout: 120_000 }, (err, stdout, stderr) =>
      done({ code: err ? Number(err.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

async function listening(server: Server): Promise<number> {
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return (server.address() as AddressInfo).port;
}

describe('the command’s sentences', () => {
  it('refuses an empty --data-dir instead of writing into the default folder', async () => {
    const r = await run(['--data-dir', '', 'settings', 'set', 'ui.language=en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      '--data-dir est vide : donnez un dossier (par exemple --data-dir ~/dispatch-data), ou omettez l’option pour utiliser le dossier par défaut.\n',
    );
    const en = await run(['--lang', 'en', '--data-dir=', 'settings', 'set', 'ui.language=en']);
    expect(en.code).toBe(2);
    expect(en.stderr).toMatch(/^--data-dir is empty: give a folder/);
    expect(existsSync(join(home, '.local', 'share', 'dispatch-analytics'))).toBe(false);
  }, 120_000);

  it('serve --host with an address that is not this machine’s says which to give', async () => {
    const r = await run(['--data-dir', dir, 'serve', '--host', '8.8.8.8', '--no-open', '--no-sync']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'Impossible d’écouter sur 8.8.8.8 : cette adresse n’est pas l’une de cette machine. Donnez --host 127.0.0.1 (cette machine seulement), ou l’adresse d’une de ses interfaces réseau (0.0.0.0 : toutes).\n',
    );
  }, 120_000);

  it('a dispatch server on a port fetch refuses (5060) is said at once, with the port to use', async () => {
    const r = await run(
      [
        '--lang',
        'en',
        '--data-dir',
        dir,
        'sync',
        '--server',
        'http://127.0.0.1:5060',
        '--email',
        'ops@example.ch',
      ],
      { DISPATCH_PASSWORD: 'pw' },
    );
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(
      'Port 5060 (http://127.0.0.1:5060) is blocked by the app’s runtime: Node, like browsers, refuses this port reserved for other services, and retrying will not change that. Make the dispatch server reachable on another port, the usual 80 or e.g. 8080, then save that address.',
    );
  }, 120_000);

  it('report test-email: a refused connection and a failed STARTTLS each get their sentence', async () => {
    // A port nobody listens on: taken, then freed.
    const closed = createServer();
    const closedPort = await listening(closed);
    await new Promise<void>((done) => closed.close(() => done()));
    const mail = ['mail.host=127.0.0.1', 'mail.from=rapports@example.ch'];
    expect((await run(['--data-dir', dir, 'settings', 'set', ...mail, `mail.port=${closedPort}`])).code).toBe(
      0,
    );
    const refused = await run(['--data-dir', dir, 'report', 'test-email', '--to', 'chef@example.ch']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(
      `Le serveur SMTP 127.0.0.1:${closedPort} refuse la connexion : vérifiez mail.host et mail.port (465 pour tls, 587 pour starttls) et que ce serveur est en marche.\n`,
    );

    // A server that offers STARTTLS and then cannot start it (454, temporary).
    const no_tls = createServer((socket) => {
      socket.write('220 smtp.test ESMTP\r\n');
      socket.on('data', (chunk: Buffer) => {
        const line = chunk.toString();
        if (/^EHLO/i.test(line)) socket.write('250-smtp.test\r\n250 STARTTLS\r\n');
        else if (/^STARTTLS/i.test(line))
          socket.write('454 4.7.0 TLS not available due to temporary reason\r\n');
        else if (/^QUIT/i.test(line)) socket.end('221 bye\r\n');
        else socket.write('250 ok\r\n');
      });
    });
    const tlsPort = await listening(no_tls);
    try {
      const set = ['mail.security=starttls', `mail.port=${tlsPort}`];
      expect((await run(['--data-dir', dir, 'settings', 'set', ...set])).code).toBe(0);
      const r = await run([
        '--lang',
        'en',
        '--data-dir',
        dir,
        'report',
        'test-email',
        '--to',
        'chef@example.ch',
      ]);
      expect(r.code).toBe(1);
      expect(r.stderr).toBe(
        `The SMTP server 127.0.0.1:${tlsPort} did not encrypt the connection (STARTTLS: 454 4.7.0 TLS not available due to temporary reason); nothing was sent, the password neither. Try again later, or choose security tls with port 465.\n`,
      );
    } finally {
      await new Promise<void>((done) => no_tls.close(() => done()));
    }
  }, 120_000);
});
