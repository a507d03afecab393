// A loopback HTTP proxy in front of the demo server that holds matching requests until the test opens the gate:
// a sync in a child process can be paused at a known point without any timing.
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface GatedProxy {
  url: string;
  /** resolves when the first held request has arrived */
  firstHeld: Promise<void>;
  open(): void;
  close(): Promise<void>;
}

export async function startGatedProxy(
  upstream: string,
  hold: (path: string) => boolean,
): Promise<GatedProxy> {
  let openGate!: () => void;
  const gate = new Promise<void>((r) => (openGate = r));
  let heldOne!: () => void;
  const firstHeld = new Promise<void>((r) => (heldOne = r));
  const target = new URL(upstream);

  async function forward(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    if (hold(req.url ?? '')) {
      heldOne();
      await gate;
    }
    const up = request(
      { host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers },
      (upRes) => {
        res.writeHead(upRes.statusCode ?? 502, upRes.headers);
        upRes.pipe(res);
      },
    );
    up.on('error', () => res.destroy());
    up.end(Buffer.concat(chunks));
  }

  const server = createServer((req, res) => void forward(req, res).catch(() => res.destroy()));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    firstHeld,
    open: () => openGate(),
    close: () =>
      new Promise<void>((done) => {
        openGate();
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
