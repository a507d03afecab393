// A loopback HTTP server that forwards to an upstream once while recording every answer, then replays the
// recorded bodies. Lets the sync benchmark measure the client end to end over real HTTP without charging it
// the demo server's rendering CPU (a real dispatch server runs on another machine).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReplayServer {
  url: string;
  /** true: forward to upstream and record; false: answer from the recording */
  setRecording(on: boolean): void;
  recorded(): number;
  close(): Promise<void>;
}

export async function startReplayServer(upstream: string): Promise<ReplayServer> {
  const tape = new Map<string, { status: number; body: Buffer; type: string }>();
  let recording = true;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const key = `${req.method} ${req.url}`;
      const send = (t: { status: number; body: Buffer; type: string }) => {
        res.writeHead(t.status, { 'content-type': t.type, 'content-length': t.body.length });
        res.end(t.body);
      };
      if (!recording) {
        const t = tape.get(key);
        if (t) send(t);
        else
          send({
            status: 404,
            body: Buffer.from(`{"error":"not recorded: ${key}"}`),
            type: 'application/json',
          });
        return;
      }
      const headers: Record<string, string> = {};
      for (const h of ['authorization', 'content-type', 'accept']) {
        const v = req.headers[h];
        if (typeof v === 'string') headers[h] = v;
      }
      const body = chunks.length ? Buffer.concat(chunks) : undefined;
      fetch(`${upstream}${req.url}`, { method: req.method, headers, body })
        .then(async (r) => {
          const t = {
            status: r.status,
            body: Buffer.from(await r.arrayBuffer()),
            type: r.headers.get('content-type') ?? 'application/json',
          };
          tape.set(key, t);
          send(t);
        })
        .catch(() => send({ status: 502, body: Buffer.from('{}'), type: 'application/json' }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    setRecording: (on) => {
      recording = on;
    },
    recorded: () => tape.size,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
