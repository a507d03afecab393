// The demo dispatch server in its own thread, as `dispatch-analytics demo-server` runs in its own process: the
// sync benchmark's client and server then use both cores instead of taking turns on one event loop.
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { createDemoDataset } from '../src/main/demo/demo-generator';
import { startDemoServer, type DemoServerStats } from '../src/main/demo-server/demo-server';

export interface DemoServerWorkerOptions {
  seed: number;
  days: number;
  bookingsPerDay: number;
  endDay: string;
  timeZone: string;
  /** the server's fixed clock */
  now: number;
  credentials: { email: string; password: string };
}

export interface DemoServerWorker {
  url: string;
  stats(): Promise<DemoServerStats>;
  close(): Promise<void>;
}

type Request = { kind: 'stats' } | { kind: 'close' };

export async function startDemoServerWorker(opts: DemoServerWorkerOptions): Promise<DemoServerWorker> {
  const worker = new Worker(new URL(import.meta.url), { workerData: opts });
  const next = <T>(): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const onError = (err: unknown) => reject(err);
      worker.once('error', onError);
      worker.once('message', (m: T) => {
        worker.off('error', onError);
        resolve(m);
      });
    });
  const { url } = await next<{ url: string }>();
  const ask = <T>(request: Request): Promise<T> => {
    const answer = next<T>();
    worker.postMessage(request);
    return answer;
  };
  return {
    url,
    stats: () => ask<DemoServerStats>({ kind: 'stats' }),
    close: async () => {
      await ask<'closed'>({ kind: 'close' });
      await worker.terminate();
    },
  };
}

async function serveInWorker(opts: DemoServerWorkerOptions): Promise<void> {
  const port = parentPort!;
  const dataset = createDemoDataset({
    seed: opts.seed,
    days: opts.days,
    bookingsPerDay: opts.bookingsPerDay,
    endDay: opts.endDay,
    timeZone: opts.timeZone,
  });
  const server = await startDemoServer({
    dataset,
    now: () => opts.now,
    credentials: opts.credentials,
    seed: opts.seed,
    prepareDays: true,
  });
  port.on('message', (request: Request) => {
    if (request.kind === 'stats') port.postMessage(server.stats());
    else void server.close().then(() => port.postMessage('closed'));
  });
  port.postMessage({ url: server.url });
}

if (!isMainThread && (workerData as DemoServerWorkerOptions | undefined)?.credentials) {
  void serveInWorker(workerData as DemoServerWorkerOptions);
}
