// The worker side: runs the registered tasks that the runner (worker-runner.ts) asks for, one connection to the
// store per database file, and answers with progress, the output or the error. Plain code on a message port, so
// a test can host it on a MessageChannel without a thread.
import type { Store } from '../store/open-store';
import type { AnyTaskFn, TaskContext } from './task';
import { serializeError, TaskCancelledError } from './task-errors';
import type { FromWorker, ToWorker } from './worker-protocol';

export interface HostPort {
  on(event: 'message', listener: (message: ToWorker) => void): unknown;
  postMessage(message: FromWorker): void;
}

// A progress report per day or per row would flood the port; the last one (done === total) always goes out.
const PROGRESS_EVERY_MS = 50;

export function hostTasks(
  port: HostPort,
  tasks: Readonly<Record<string, AnyTaskFn>>,
  openConnection: (path: string) => Store,
): void {
  const connections = new Map<string, Store>();
  const running = new Map<number, AbortController>();

  const connection = (path: string): Store => {
    let store = connections.get(path);
    if (!store) {
      store = openConnection(path);
      connections.set(path, store);
    }
    return store;
  };

  async function run(msg: Extract<ToWorker, { type: 'run' }>): Promise<void> {
    const controller = new AbortController();
    running.set(msg.jobId, controller);
    const cancelFlag = new Int32Array(msg.cancelFlag);
    let lastPost = 0;
    try {
      const task = tasks[msg.task];
      if (!task) throw new Error(`Unknown task "${msg.task}": register it in src/main/worker/tasks.ts.`);
      const ctx: TaskContext = {
        db: connection(msg.dbPath).db,
        dbPath: msg.dbPath,
        now: msg.now,
        signal: controller.signal,
        progress(done, total) {
          if (Atomics.load(cancelFlag, 0) === 1 && !controller.signal.aborted) {
            controller.abort(new TaskCancelledError(msg.task));
          }
          controller.signal.throwIfAborted();
          const t = Date.now();
          if (done >= total || t - lastPost >= PROGRESS_EVERY_MS) {
            lastPost = t;
            port.postMessage({ type: 'progress', jobId: msg.jobId, done, total });
          }
        },
      };
      if (Atomics.load(cancelFlag, 0) === 1) throw new TaskCancelledError(msg.task);
      const output: unknown = await task(ctx, msg.input);
      port.postMessage({ type: 'done', jobId: msg.jobId, output });
    } catch (err) {
      const cancelled = controller.signal.aborted || Atomics.load(cancelFlag, 0) === 1;
      port.postMessage({
        type: 'failed',
        jobId: msg.jobId,
        error: serializeError(cancelled ? new TaskCancelledError(msg.task) : err),
      });
    } finally {
      running.delete(msg.jobId);
    }
  }

  port.on('message', (msg) => {
    if (msg.type === 'run') void run(msg);
    else if (msg.type === 'cancel') running.get(msg.jobId)?.abort(new TaskCancelledError('cancel'));
  });
}
