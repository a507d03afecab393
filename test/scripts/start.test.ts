// `npm start` where the Electron binary is missing: the detection (a pure function over a probe) and the
// fallback, run for real with a fake electron package that was never downloaded.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  browserFallbackCommand,
  browserFallbackNotice,
  electronBinaryStatus,
} from '../../scripts/electron-binary.mjs';

const ROOT = resolve(__dirname, '..', '..');

function probe(
  files: Record<string, string>,
  env: Record<string, string> = {},
  electronDir: string | null = '/e',
) {
  return electronBinaryStatus({
    electronDir,
    env,
    exists: (p) => p in files,
    readText: (p) => files[p] ?? null,
  });
}

describe('electronBinaryStatus', () => {
  it('finds the binary named by path.txt in dist/', () => {
    expect(probe({ '/e/path.txt': 'electron\n', '/e/dist/electron': '' })).toEqual({
      ok: true,
      path: '/e/dist/electron',
    });
  });

  it('reports a binary never downloaded (no path.txt) or deleted since', () => {
    expect(probe({})).toMatchObject({ ok: false, reason: 'binary-missing' });
    expect(probe({ '/e/path.txt': 'electron' })).toMatchObject({
      ok: false,
      reason: 'binary-missing',
      detail: '/e/dist/electron does not exist',
    });
  });

  it('reports a missing electron package', () => {
    expect(probe({}, {}, null)).toMatchObject({ ok: false, reason: 'package-missing' });
  });

  it('follows ELECTRON_OVERRIDE_DIST_PATH like the electron package does', () => {
    const env = { ELECTRON_OVERRIDE_DIST_PATH: '/opt/el' };
    expect(probe({ '/opt/el/electron': '' }, env)).toEqual({ ok: true, path: '/opt/el/electron' });
    expect(probe({ '/e/dist/electron': '', '/e/path.txt': 'electron' }, env)).toMatchObject({ ok: false });
  });

  it('falls back to the CLI’s serve with the arguments given to npm start', () => {
    expect(browserFallbackCommand({ root: '/app', nodePath: '/bin/node', args: ['--port', '8080'] })).toEqual(
      {
        command: '/bin/node',
        args: ['/app/bin/dispatch-analytics.mjs', 'serve', '--port', '8080'],
      },
    );
  });
});

describe('npm start without the Electron binary', () => {
  let child: ChildProcess | undefined;
  const dir = mkdtempSync(join(tmpdir(), 'da-start-'));
  afterAll(() => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  it('says so in one sentence, then serves the app in the browser', async () => {
    // An electron package whose binary was never downloaded: no path.txt, no dist/.
    const fakeElectron = join(dir, 'electron');
    mkdirSync(fakeElectron);
    writeFileSync(join(fakeElectron, 'package.json'), '{"name":"electron","version":"45.4.1"}');
    child = spawn(process.execPath, ['scripts/start.mjs', '--no-open', '--no-sync', '--port', '0'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        DISPATCH_ANALYTICS_ELECTRON_DIR: fakeElectron,
        DISPATCH_ANALYTICS_START_NO_DOWNLOAD: '1',
        // the CLI is built by the tests' global setup; the UI is not needed to answer the API
        DISPATCH_ANALYTICS_START_SKIP_BUILD: '1',
        DISPATCH_ANALYTICS_DATA_DIR: join(dir, 'data'),
      },
    });
    let stdout = '';
    const pageUrl = await new Promise<string>((resolvePromise, reject) => {
      child!.stdout!.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        const m = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/.exec(stdout);
        if (m) resolvePromise(m[0]);
      });
      child!.on('exit', (code) => reject(new Error(`start exited early (${code}): ${stdout}`)));
    });
    const [fr, en] = browserFallbackNotice();
    expect(stdout.split('\n').slice(0, 2)).toEqual([fr, en]);
    const url = new URL(pageUrl);
    const res = await fetch(`${url.origin}/api/app:get-info`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-dispatch-token': url.searchParams.get('token')! },
      body: '{}',
    });
    expect(await res.json()).toMatchObject({ ok: true, data: { transport: 'http' } });
    const exited = new Promise<number | null>((r) => child!.on('exit', (code) => r(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
