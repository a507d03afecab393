// A server address whose port takes the connection attempt and never completes it (a firewall that drops
// packets, a host that is off): the sync's default fetch gives up connecting after CONNECT_TIMEOUT_MS, so the
// "offline" verdict comes after 3 short attempts, not 3 × undici's default 10 s. The dead port is real: a child
// process listens with a backlog of 1 and never accepts (its event loop is blocked), and two connections fill
// the queue, so the kernel drops every further SYN. Checked by the timeout undici reports, not by wall time.
import { spawn, type ChildProcess } from 'node:child_process';
import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createAtmrClient } from '../../src/main/sync/atmr-client';
import { CONNECT_TIMEOUT_MS } from '../../src/main/sync/connect-timeout-fetch';
import type { RetryNotice } from '../../src/main/sync/retry-policy';
import type { SyncError } from '../../src/main/sync/sync-errors';

const NEVER_ACCEPTS = `
const s = require('node:net').createServer();
s.listen({ port: 0, host: '127.0.0.1', backlog: 1 }, () => {
  process.stdout.write(s.address().port + '\\n');
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 120000);
});`;

let child: ChildProcess | null = null;
const fillers: Socket[] = [];
afterEach(() => {
  for (const s of fillers.splice(0)) s.destroy();
  child?.kill('SIGKILL');
  child = null;
});

async function deadPort(): Promise<number> {
  child = spawn(process.execPath, ['-e', NEVER_ACCEPTS], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<number>((resolve, reject) => {
    child!.stdout!.once('data', (b: Buffer) => resolve(Number(b.toString().trim())));
    child!.once('exit', (code) => reject(new Error(`listener exited with ${code}`)));
  });
  // backlog 1 = room for 2 finished handshakes; after these, the kernel drops new SYNs.
  for (let i = 0; i < 2; i++) {
    fillers.push(
      await new Promise<Socket>((resolve) => {
        const s = connect(port, '127.0.0.1', () => resolve(s));
      }),
    );
  }
  return port;
}

function causeChain(err: unknown): string {
  const texts: string[] = [];
  for (let e = err as { message?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    texts.push(e.message ?? '');
  }
  return texts.join(' <- ');
}

describe('a server port that never completes the connection', () => {
  it('fails offline after the unreachable attempts, each cut at the connect timeout', async () => {
    const port = await deadPort();
    const notices: RetryNotice[] = [];
    const client = createAtmrClient({
      baseUrl: `http://127.0.0.1:${port}`,
      email: 'dispatch@example.ch',
      getPassword: async () => 'secret',
    });
    const err = (await client
      .getCompany({ onRetry: (n) => notices.push(n) })
      .catch((e: unknown) => e)) as SyncError;
    expect(err.kind).toBe('offline');
    expect(notices.map((n) => n.reason)).toEqual(['UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_CONNECT_TIMEOUT']);
    expect(causeChain(err)).toContain(`timeout: ${CONNECT_TIMEOUT_MS}ms`);
    expect(CONNECT_TIMEOUT_MS).toBeLessThanOrEqual(5_000);
  }, 60_000);
});
