// `npm start`, `npm test` and the CLI on a machine whose Node is older than 22: they run again under Node 22
// from the project's cache. The older Node is a fake (this Node, told to report v20.20.2); the cache is prepared
// with this Node's binary, so nothing is downloaded. Offline, one sentence says what to run.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { rerunNotice, unavailableNotice } from '../../scripts/node22.mjs';

const ROOT = resolve(__dirname, '..', '..');
const OLD = 'v20.20.2';
const dir = mkdtempSync(join(tmpdir(), 'da-node22-'));
let started: ChildProcess | undefined;

afterAll(() => {
  if (started && started.exitCode === null) started.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

/**
 * A `node` that is this Node but says it is v20.20.2, to scripts (process.version) and to `node --version`. The
 * preload comes through NODE_OPTIONS and takes it out of the environment, so the processes this one starts are
 * what they are (a Node started with `--import` would pass that on in process.execArgv).
 */
function fakeOldNode(): string {
  const preload = join(dir, 'pretend-node20.mjs');
  writeFileSync(
    preload,
    `Object.defineProperty(process, 'version', { value: '${OLD}' });\n` +
      `Object.defineProperty(process, 'versions', { value: { ...process.versions, node: '${OLD.slice(1)}' } });\n` +
      'delete process.env.NODE_OPTIONS;\n',
  );
  const bin = join(dir, 'old-bin');
  mkdirSync(bin);
  const node = join(bin, 'node');
  writeFileSync(
    node,
    '#!/bin/sh\n' +
      `case "$1" in --version|-v) echo ${OLD}; exit 0;; esac\n` +
      `NODE_OPTIONS="--import ${pathToFileURL(preload).href}" exec "${process.execPath}" "$@"\n`,
  );
  chmodSync(node, 0o755);
  return node;
}

/** A .cache/node22 as the npm registry's `node` package leaves it, its binary being `binary`. */
function preparedCache(name: string, binary: string): string {
  const cache = join(dir, name);
  mkdirSync(join(cache, 'node_modules', 'node', 'bin'), { recursive: true });
  symlinkSync(binary, join(cache, 'node_modules', 'node', 'bin', 'node'));
  return cache;
}

const oldNode = fakeOldNode();
const cache = preparedCache('node22', process.execPath);

/** The environment of a user whose PATH starts with the old Node; the cache stands in for .cache/node22. */
function userEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k) && k !== 'DISPATCH_ANALYTICS_NODE22_RERUN'),
  );
  return {
    ...env,
    PATH: `${join(dir, 'old-bin')}${delimiter}${process.env.PATH}`,
    DISPATCH_ANALYTICS_NODE22_DIR: cache,
    ...extra,
  };
}

function runOld(args: string[], extra: Record<string, string> = {}) {
  return spawnSync(oldNode, args, { cwd: ROOT, env: userEnv(extra), encoding: 'utf8' });
}

describe('under a Node older than 22', () => {
  it('the fake really is an older Node to scripts and to the shell', () => {
    expect(runOld(['-p', 'process.version']).stdout.trim()).toBe(OLD);
    expect(spawnSync('node', ['--version'], { env: userEnv(), encoding: 'utf8' }).stdout.trim()).toBe(OLD);
  });

  it('npm test’s command line runs with Node 22 first on PATH, after one notice', () => {
    const r = runOld(['scripts/node22.mjs', 'node -p process.version']);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(process.version);
    expect(r.stderr.trim().split('\n')).toEqual(rerunNotice(OLD, cache, false));
  });

  it('the CLI runs again under Node 22 and answers', () => {
    const r = runOld(['bin/dispatch-analytics.mjs', '--version']);
    expect(r.stderr.trim().split('\n')).toEqual(rerunNotice(OLD, cache, false));
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('npm start runs again under Node 22 and serves the app', async () => {
    // An electron package whose binary was never downloaded: start falls back to the browser (serve).
    const fakeElectron = join(dir, 'electron');
    mkdirSync(fakeElectron);
    writeFileSync(join(fakeElectron, 'package.json'), '{"name":"electron","version":"45.4.1"}');
    const child = spawn(oldNode, ['scripts/start.mjs', '--no-open', '--no-sync', '--port', '0'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: userEnv({
        DISPATCH_ANALYTICS_ELECTRON_DIR: fakeElectron,
        DISPATCH_ANALYTICS_START_NO_DOWNLOAD: '1',
        DISPATCH_ANALYTICS_START_SKIP_BUILD: '1',
        DISPATCH_ANALYTICS_DATA_DIR: join(dir, 'data'),
      }),
    });
    started = child;
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
    let stdout = '';
    const pageUrl = await new Promise<string>((resolvePromise, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        const m = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/.exec(stdout);
        if (m) resolvePromise(m[0]);
      });
      child.on('exit', (code) => reject(new Error(`start exited early (${code}): ${stdout}\n${stderr}`)));
    });
    expect(stderr.split('\n').slice(0, 2)).toEqual(rerunNotice(OLD, cache, false));
    const url = new URL(pageUrl);
    const res = await fetch(`${url.origin}/api/app:get-info`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-dispatch-token': url.searchParams.get('token')! },
      body: '{}',
    });
    expect(await res.json()).toMatchObject({ ok: true, data: { transport: 'http' } });
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  it('offline, says in one sentence which command installs Node 22, and stops', () => {
    const empty = join(dir, 'never-installed');
    const r = runOld(['bin/dispatch-analytics.mjs', '--version'], {
      DISPATCH_ANALYTICS_NODE22_DIR: empty,
      // a registry where nothing listens, no retries, an empty npm cache: npm fails at once
      npm_config_registry: 'http://127.0.0.1:1/',
      npm_config_fetch_retries: '0',
      npm_config_cache: join(dir, 'empty-npm-cache'),
    });
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines.slice(0, 2)).toEqual(rerunNotice(OLD, empty, true));
    expect(lines.slice(2)).toEqual(unavailableNotice(OLD, empty, 'npm: ECONNREFUSED, offline?'));
    expect(lines[3]).toContain(`run \`npm install --prefix "${empty}" node@22\``);
  });

  it('a cached Node that is itself too old stops with that sentence instead of running again forever', () => {
    const stale = preparedCache('stale-node22', oldNode);
    const r = runOld(['bin/dispatch-analytics.mjs', '--version'], { DISPATCH_ANALYTICS_NODE22_DIR: stale });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Node 22 could not be installed');
    expect(r.stdout).toBe('');
  });
});
