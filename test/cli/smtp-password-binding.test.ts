// The SMTP password is bound to the server and user it was saved for. Two real SMTP servers on 127.0.0.1 (two
// ports), the real command as a child process: a password saved for the first is never sent to the second, even
// when only the port changed; `settings set` asks for the new server's password instead of carrying the old one,
// and an unbound password saved by an older version is bound once to the server saved then.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSettings, writeSettings } from '../../src/main/settings';
import { storePathIn } from '../../src/main/platform/app-paths';
import { openStore } from '../../src/main/store/open-store';

const BIN = resolve(__dirname, '../../bin/dispatch-analytics.mjs');

interface AuthSeen {
  user: string;
  pass: string;
}

interface RecordingSmtp {
  port: number;
  auths: AuthSeen[];
  messages: number;
  close(): Promise<void>;
}

/** A server that accepts any AUTH and records what it was given (in clear: security none, loopback only). */
async function recordingSmtp(): Promise<RecordingSmtp> {
  const state = { auths: [] as AuthSeen[], messages: 0 };
  const server = new SMTPServer({
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    authMethods: ['PLAIN', 'LOGIN'],
    logger: false,
    onAuth(auth, _session, cb) {
      state.auths.push({ user: auth.username ?? '', pass: auth.password ?? '' });
      cb(null, { user: auth.username });
    },
    onData(stream, _session, cb) {
      stream.resume();
      stream.on('end', () => {
        state.messages++;
        cb(null, 'queued');
      });
    },
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    port: (server.server.address() as AddressInfo).port,
    get auths() {
      return state.auths;
    },
    get messages() {
      return state.messages;
    },
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

let dir: string;
let first: RecordingSmtp;
let second: RecordingSmtp;

function run(argv: string[], env: Record<string, string> = {}) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((done) => {
    const childEnv: NodeJS.ProcessEnv = { ...process.env, DISPATCH_ANALYTICS_DATA_DIR: dir, ...env };
    if (!('DISPATCH_SMTP_PASSWORD' in env)) delete childEnv.DISPATCH_SMTP_PASSWORD;
    execFile(process.execPath, [BIN, ...argv], { env: childEnv, timeout: 60_000 }, (err, stdout, stderr) =>
      done({ code: err ? Number(err.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

const secretsFile = () =>
  JSON.parse(readFileSync(join(dir, 'secrets.json'), 'utf8')) as Record<string, string>;
const savedMail = () => {
  const store = openStore(storePathIn(dir));
  try {
    return readSettings(store.db).mail;
  } finally {
    store.close();
  }
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'da-smtp-bind-'));
  [first, second] = await Promise.all([recordingSmtp(), recordingSmtp()]);
  const set = await run([
    'settings',
    'set',
    'mail.host=127.0.0.1',
    `mail.port=${first.port}`,
    'mail.security=none',
    'mail.user=ops',
    'mail.from=rapports@example.ch',
  ]);
  expect(set.stderr).toBe('');
  // The password as an older version saved it: under one key, bound to no server.
  writeFileSync(join(dir, 'secrets.json'), JSON.stringify({ 'smtp-password': 's3cret' }), { mode: 0o600 });
}, 60_000);

afterAll(async () => {
  await Promise.all([first?.close(), second?.close()]);
  rmSync(dir, { recursive: true, force: true });
});

describe('the SMTP password and its server', () => {
  it('binds an older version’s password to the server saved then, and uses it there', async () => {
    const sent = await run(['report', 'test-email', '--to', 'chef@example.ch']);
    expect(sent.stderr).toBe('');
    expect(sent.code).toBe(0);
    expect(first.auths).toEqual([{ user: 'ops', pass: 's3cret' }]);
    expect(secretsFile()).toEqual({ [`smtp-password@ops@127.0.0.1:${first.port}`]: 's3cret' });
  }, 120_000);

  it('`settings set` of another port asks for its password and saves nothing', async () => {
    const moved = await run(['settings', 'set', `mail.port=${second.port}`]);
    expect(moved.code).toBe(2);
    expect(moved.stdout).toBe('');
    expect(moved.stderr).toContain(`ops sur 127.0.0.1:${second.port}`);
    expect(moved.stderr).toContain(`lié à 127.0.0.1:${first.port}`);
    expect(moved.stderr).toContain('DISPATCH_SMTP_PASSWORD=… dispatch-analytics settings set');
    expect(moved.stderr).toContain('Rien n’a été enregistré.');
    expect(savedMail().port).toBe(first.port);
  }, 120_000);

  it('never gives the first server’s password to the second, whatever moved the settings there', async () => {
    // Moved without asking (a restored backup, a settings row written by an older version): no password is known
    // for this server, so nothing reaches it, and the sentence says what to do.
    const store = openStore(storePathIn(dir));
    writeSettings(store.db, { mail: { ...readSettings(store.db).mail, port: second.port } }, Date.now());
    store.close();
    const sent = await run(['report', 'test-email', '--to', 'chef@example.ch']);
    expect(sent.code).toBe(2);
    expect(sent.stderr.trim()).toBe(
      `Aucun mot de passe SMTP pour ops sur 127.0.0.1:${second.port} : saisissez-le dans l’écran Rapports, ou donnez-le dans la variable DISPATCH_SMTP_PASSWORD. Un mot de passe enregistré pour un autre serveur ou un autre utilisateur n’y est jamais envoyé.`,
    );
    expect(second.auths).toEqual([]);
    expect(second.messages).toBe(0);
  }, 120_000);

  it('takes the new server’s password with --save-smtp-password, and each server keeps its own', async () => {
    const store = openStore(storePathIn(dir));
    writeSettings(store.db, { mail: { ...readSettings(store.db).mail, port: first.port } }, Date.now());
    store.close();
    const moved = await run(['settings', 'set', `mail.port=${second.port}`, '--save-smtp-password'], {
      DISPATCH_SMTP_PASSWORD: 'second-pass',
    });
    expect(moved.stderr).toBe('');
    expect(moved.stdout).toBe(`mail.port=${second.port}\n`);
    expect((await run(['report', 'test-email', '--to', 'chef@example.ch'])).code).toBe(0);
    expect(second.auths).toEqual([{ user: 'ops', pass: 'second-pass' }]);
    // Back to the first server: its own password is still there, so nothing is asked.
    expect((await run(['settings', 'set', `mail.port=${first.port}`])).code).toBe(0);
    expect((await run(['report', 'test-email', '--to', 'chef@example.ch'])).code).toBe(0);
    expect(first.auths.at(-1)).toEqual({ user: 'ops', pass: 's3cret' });
    expect(second.auths.map((a) => a.pass)).not.toContain('s3cret');
  }, 120_000);
});
