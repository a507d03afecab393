// Runs the project's CLI (bin/dispatch-analytics.mjs) with Node 22, the way a user would.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';

export const ROOT = resolve(__dirname, '..', '..');
const BIN = resolve(ROOT, 'bin', 'dispatch-analytics.mjs');

/** Node ≥ 22: the one running us when it is recent enough, else the project's Node 22. */
export function nodeBinary(): string {
  const major = Number(process.versions.node.split('.')[0]);
  if (major >= 22) return process.execPath;
  return '/opt/node22/node_modules/node/bin/node';
}

export async function runCli(dataDir: string, args: string[], timeoutMs = 600_000): Promise<string> {
  const { stdout } = await promisify(execFile)(nodeBinary(), [BIN, '--data-dir', dataDir, ...args], {
    cwd: ROOT,
    timeout: timeoutMs,
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1' },
  });
  return stdout;
}

export interface ServeHandle {
  child: ChildProcess;
  pageUrl: string;
  baseUrl: string;
  token: string;
}

const URL_LINE = /(http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_\-%.~]+)/;

/** Starts `serve` on a free port and resolves with the page URL it prints. */
export function startServe(dataDir: string, timeoutMs = 120_000): Promise<ServeHandle> {
  const child = spawn(
    nodeBinary(),
    [BIN, '--data-dir', dataDir, 'serve', '--port', '0', '--no-open', '--no-sync'],
    {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  return new Promise((resolvePromise, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`serve printed no URL within ${timeoutMs} ms.\nstdout: ${out}\nstderr: ${err}`));
    }, timeoutMs);
    child.stdout!.on('data', (b: Buffer) => {
      out += b.toString();
      const m = URL_LINE.exec(out);
      if (m) {
        clearTimeout(timer);
        const pageUrl = m[1]!;
        const u = new URL(pageUrl);
        resolvePromise({ child, pageUrl, baseUrl: u.origin, token: u.searchParams.get('token')! });
      }
    });
    child.stderr!.on('data', (b: Buffer) => {
      err += b.toString();
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(
        new Error(`serve exited with code ${code} before printing its URL.\nstdout: ${out}\nstderr: ${err}`),
      );
    });
  });
}
