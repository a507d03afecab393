// `dispatch-analytics demo-server`: a real child process, stopped with SIGTERM; usage errors in-process.
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/main/cli/main';

const BIN = new URL('../../bin/dispatch-analytics.mjs', import.meta.url).pathname;
let child: ChildProcess | null = null;
afterEach(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  child = null;
});

function startCli(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ url: string; lines: string[] }> {
  child = spawn(process.execPath, [BIN, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve, reject) => {
    createInterface({ input: child!.stdout! }).on('line', (line) => {
      lines.push(line);
      const m = /^Demo dispatch server listening on (http:\/\/\S+)$/.exec(line);
      if (m) setImmediate(() => resolve({ url: m[1]!, lines }));
    });
    child!.on('exit', (code) => reject(new Error(`exited ${code}: ${stderr}`)));
  });
}

function exitOf(c: ChildProcess): Promise<number | null> {
  return new Promise((resolve) =>
    c.exitCode !== null ? resolve(c.exitCode) : c.on('exit', (code) => resolve(code)),
  );
}

async function inProcess(args: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(args, {
    io: { stdout: (t) => void (out += t), stderr: (t) => void (err += t) },
    now: () => Date.parse('2025-03-14T09:00:00Z'),
  });
  return { code, out, err };
}

describe('demo-server command', () => {
  it('prints its URL and the demo credentials, serves the API, and stops cleanly on SIGTERM', async () => {
    const { url, lines } = await startCli(['demo-server', '--port', '0', '--days', '3', '--lang', 'en']);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(lines).toContain('E-mail: demo@dispatch.local');
    expect(lines).toContain('Password: demo-dispatch-2025');
    const login = await fetch(`${url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'demo@dispatch.local', password: 'demo-dispatch-2025' }),
    });
    expect(login.status).toBe(200);
    child!.kill('SIGTERM');
    expect(await exitOf(child!)).toBe(0);
  });

  it('takes the password from --password-env without printing it', async () => {
    const { url, lines } = await startCli(
      [
        'demo-server',
        '--port',
        '0',
        '--days',
        '2',
        '--email',
        'office@example.ch',
        '--password-env',
        'DEMO_PW',
      ],
      { DEMO_PW: 'a-secret-password' },
    );
    expect(lines.join('\n')).not.toContain('a-secret-password');
    const login = await fetch(`${url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'office@example.ch', password: 'a-secret-password' }),
    });
    expect(login.status).toBe(200);
    child!.kill('SIGINT');
    expect(await exitOf(child!)).toBe(0);
  });

  it('refuses bad options with one sentence and exit code 2', async () => {
    const cases: [string[], RegExp][] = [
      [['--fail-rate', '1.5'], /--fail-rate/],
      [['--password-env', 'SURELY_NOT_SET_DEMO_PW'], /SURELY_NOT_SET_DEMO_PW/],
      [['--email', 'not-an-email'], /--email/],
      [['--mode', 'staging'], /--mode/],
      [['--days', '0'], /--days/],
    ];
    for (const [args, message] of cases) {
      const res = await inProcess(['demo-server', '--port', '0', ...args]);
      expect(res.code, args.join(' ')).toBe(2);
      expect(res.err).toMatch(message);
      expect(res.out).not.toContain('listening');
    }
  });
});
