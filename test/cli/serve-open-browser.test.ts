// `serve` (and so `npm start` in the browser) opening the dashboard: without a display, or when the opener fails,
// it says that no browser could be opened and which URL to open. Run for real: the built CLI in a child process
// with a resources root holding a built UI (a stand-in index.html), and a fake `xdg-open` first on PATH.
import { spawn, type ChildProcess } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { browserCommand } from '../../src/main/cli/open-browser';
import { translate } from '../../src/shared/i18n';

const ROOT = resolve(__dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'da-open-browser-'));
const running = new Set<ChildProcess>();
afterAll(() => {
  for (const child of running) if (child.exitCode === null) child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

// The resources root the CLI serves from: the real migrations, a built UI, the version.
const resources = join(dir, 'resources');
mkdirSync(join(resources, 'out', 'renderer'), { recursive: true });
symlinkSync(join(ROOT, 'drizzle'), join(resources, 'drizzle'));
copyFileSync(join(ROOT, 'package.json'), join(resources, 'package.json'));
writeFileSync(
  join(resources, 'out', 'renderer', 'index.html'),
  '<!doctype html><title>Dispatch Analytics</title>',
);

/** A fake xdg-open that writes the URL it was given to `record`, then exits with `code`. */
function fakeOpener(name: string, code: number): { bin: string; record: string } {
  const bin = join(dir, name);
  mkdirSync(bin);
  const record = join(dir, `${name}.url`);
  writeFileSync(join(bin, 'xdg-open'), `#!/bin/sh\nprintf '%s' "$1" > "${record}"\nexit ${code}\n`);
  chmodSync(join(bin, 'xdg-open'), 0o755);
  return { bin, record };
}

/**
 * Runs `serve` (browser opening on) until `ready(stdout, stderr)` holds, stops it, and returns its output. Its
 * exit code is not looked at: the signal may come before serve listens for it (serve-cli.test.ts covers that).
 */
async function serve(
  env: NodeJS.ProcessEnv,
  ready: (out: string, err: string) => boolean,
): Promise<{ out: string; err: string }> {
  const script =
    `require(${JSON.stringify(join(ROOT, 'out', 'cli', 'index.js'))})` +
    `.runCli(['--data-dir', ${JSON.stringify(join(dir, 'data'))}, '--lang', 'en', 'serve', '--no-sync', '--no-schedule'], ` +
    `{ resourcesRoot: ${JSON.stringify(resources)} }).then((code) => process.exit(code));`;
  const child = spawn(process.execPath, ['-e', script], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  await new Promise<void>((resolveReady, reject) => {
    // polled too: the opener writes its record file without serve printing anything
    const poll = setInterval(() => check(), 50);
    const check = () => {
      if (!ready(out, err)) return;
      clearInterval(poll);
      resolveReady();
    };
    child.stdout.on('data', (chunk: Buffer) => ((out += chunk.toString()), check()));
    child.stderr.on('data', (chunk: Buffer) => ((err += chunk.toString()), check()));
    void exited.then((code) => {
      clearInterval(poll);
      reject(new Error(`serve exited early (${code}): ${out}\n${err}`));
    });
  });
  child.kill('SIGTERM');
  await exited;
  return { out, err };
}

function envWith(extra: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.DISPLAY;
  delete env.WAYLAND_DISPLAY;
  for (const [k, v] of Object.entries(extra)) if (v !== undefined) env[k] = v;
  return env;
}

const servedUrl = (out: string) => /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/.exec(out)?.[0];
const noBrowserLine = (url: string) => translate('en', 'cli.serve.noBrowser', { url });

describe('browserCommand', () => {
  it('needs an X11 or Wayland display on Linux, and none on macOS or Windows', () => {
    expect(browserCommand('http://x/', 'linux', {})).toBeNull();
    expect(browserCommand('http://x/', 'linux', { DISPLAY: ':0' })).toEqual({
      command: 'xdg-open',
      args: ['http://x/'],
    });
    expect(browserCommand('http://x/', 'linux', { WAYLAND_DISPLAY: 'wayland-0' })?.command).toBe('xdg-open');
    expect(browserCommand('http://x/', 'darwin', {})?.command).toBe('open');
    expect(browserCommand('http://x/', 'win32', {})?.command).toBe('cmd');
  });
});

describe.runIf(process.platform === 'linux')('serve opening the browser', () => {
  it('without a display, says no browser could be opened and which URL to open', async () => {
    const opener = fakeOpener('never-called', 0);
    const r = await serve(envWith({ PATH: `${opener.bin}${delimiter}${process.env.PATH}` }), (out, err) =>
      err.includes('http://'),
    );
    const url = servedUrl(r.out)!;
    expect(url).toBeDefined();
    expect(r.err).toContain(noBrowserLine(url));
    expect(existsSync(opener.record)).toBe(false);
  });

  it('when the opener fails, says so too', async () => {
    const opener = fakeOpener('failing', 3);
    const r = await serve(
      envWith({ DISPLAY: ':99', PATH: `${opener.bin}${delimiter}${process.env.PATH}` }),
      (out, err) => err.includes('http://'),
    );
    expect(r.err).toContain(noBrowserLine(servedUrl(r.out)!));
    expect(readFileSync(opener.record, 'utf8')).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?code=/);
  });

  it('when a browser opens, gives it the one-time login URL and says nothing more', async () => {
    const opener = fakeOpener('working', 0);
    const r = await serve(
      envWith({ DISPLAY: ':99', PATH: `${opener.bin}${delimiter}${process.env.PATH}` }),
      () => existsSync(opener.record),
    );
    expect(readFileSync(opener.record, 'utf8')).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?code=/);
    expect(r.err).not.toContain(noBrowserLine(servedUrl(r.out)!));
  });
});
