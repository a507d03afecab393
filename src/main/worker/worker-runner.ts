// The main-thread side of the worker mechanism: `runTask(name, input, { onProgress, signal })` runs a registered
// task (tasks.ts) in a worker thread and resolves with its output.
//
// One worker, reused, one job at a time (a FIFO queue): SQLite has one writer, so two heavy jobs side by side
// would only take turns on the lock, and a single thread keeps one connection and one copy of the code in memory.
// The worker starts with the first job and no longer holds the process open while idle (a CLI exits normally).
// If it dies (a crash, an out-of-memory), the job that was running fails and the next job starts a new one.
import { Worker } from 'node:worker_threads';
import { msg } from '../../shared/i18n';
import { deserializeError, TaskCancelledError, TaskFailedError } from './task-errors';
import type { TaskInput, TaskName, TaskOutput } from './tasks';
import type { FromWorker, ToWorker } from './worker-protocol';

export interface RunTaskOptions {
  onProgress?: (done: number, total: number) => void;
  /** aborting it cancels the job: the worker stops at its next check and the promise rejects (TaskCancelledError) */
  signal?: AbortSignal;
}

export interface TaskRunner {
  runTask<N extends TaskName>(name: N, input: TaskInput<N>, opts?: RunTaskOptions): Promise<TaskOutput<N>>;
  /** Cancels the queued and running jobs and ends the worker. */
  close(): Promise<void>;
}

export interface WorkerRunnerOptions {
  /** the built worker entry: out/main/worker.js (Electron) or out/cli/worker.js (CLI); the entry point knows */
  workerScript: string;
  /** the store's file: the worker opens its own connection to it (the store must already be migrated) */
  dbPath: string;
  now: () => number;
}

interface Job {
  id: number;
  task: string;
  input: unknown;
  opts: RunTaskOptions;
  cancelFlag: SharedArrayBuffer;
  resolve(output: unknown): void;
  reject(err: Error): void;
  detach(): void;
  /** the thread it was sent to: only that thread's death fails it */
  worker?: Worker;
}

export function createWorkerRunner(options: WorkerRunnerOptions): TaskRunner {
  const queue: Job[] = [];
  let current: Job | null = null;
  let worker: Worker | null = null;
  let nextId = 1;
  let closed = false;

  function startWorker(): Worker {
    const w = new Worker(options.workerScript);
    w.on('message', (msg: FromWorker) => {
      const job = current;
      if (!job || msg.jobId !== job.id) return;
      if (msg.type === 'progress') job.opts.onProgress?.(msg.done, msg.total);
      else if (msg.type === 'done') finish(job, () => job.resolve(msg.output));
      else finish(job, () => job.reject(deserializeError(job.task, msg.error)));
    });
    // An 'error' event is followed by 'exit': the job fails on the first; by the second, the next job may already
    // run on a new thread, and must not be failed for the old one's death.
    const died = (why: string) => {
      if (worker === w) worker = null;
      const job = current;
      if (!job || job.worker !== w) return;
      // Ended by close(): the job was cancelled, not failed.
      const err = closed
        ? new TaskCancelledError(job.task)
        : new TaskFailedError(why, job.task, 'WorkerDied', {
            kind: 'internal',
            userMessage: msg('jobs.workerFailed'),
          });
      finish(job, () => job.reject(err));
    };
    w.on('error', (err) => died(`The worker thread failed: ${err.message}`));
    w.on('exit', (code) => died(`The worker thread stopped (exit code ${code}).`));
    return w;
  }

  function finish(job: Job, settle: () => void): void {
    if (current !== job) return;
    current = null;
    job.detach();
    settle();
    pump();
  }

  function pump(): void {
    if (current || closed) {
      if (!current) worker?.unref();
      return;
    }
    const job = queue.shift();
    if (!job) {
      worker?.unref();
      return;
    }
    current = job;
    worker ??= startWorker();
    worker.ref();
    job.worker = worker;
    const message: ToWorker = {
      type: 'run',
      jobId: job.id,
      task: job.task,
      input: job.input,
      dbPath: options.dbPath,
      now: options.now(),
      cancelFlag: job.cancelFlag,
    };
    try {
      worker.postMessage(message);
    } catch (err) {
      // The input could not be cloned: the caller's mistake, reported as such.
      finish(job, () => job.reject(err instanceof Error ? err : new Error(String(err))));
    }
  }

  function cancel(job: Job): void {
    if (current === job) {
      // Read synchronously by the worker at its next progress call, even in a loop that never yields.
      Atomics.store(new Int32Array(job.cancelFlag), 0, 1);
      worker?.postMessage({ type: 'cancel', jobId: job.id } satisfies ToWorker);
      return;
    }
    const at = queue.indexOf(job);
    if (at >= 0) {
      queue.splice(at, 1);
      job.detach();
      job.reject(new TaskCancelledError(job.task));
    }
  }

  return {
    runTask(name, input, opts = {}) {
      return new Promise((resolve, reject) => {
        if (closed) return reject(new Error('The task runner is closed.'));
        if (opts.signal?.aborted) return reject(new TaskCancelledError(name));
        const onAbort = () => cancel(job);
        const job: Job = {
          id: nextId++,
          task: name,
          input,
          opts,
          cancelFlag: new SharedArrayBuffer(4),
          resolve: resolve as (output: unknown) => void,
          reject,
          detach: () => opts.signal?.removeEventListener('abort', onAbort),
        };
        opts.signal?.addEventListener('abort', onAbort, { once: true });
        queue.push(job);
        pump();
      });
    },
    async close() {
      closed = true;
      for (const job of queue.splice(0)) {
        job.detach();
        job.reject(new TaskCancelledError(job.task));
      }
      if (current) cancel(current);
      const w = worker;
      worker = null;
      // A job stopped mid-transaction loses only that transaction: SQLite rolls it back when the thread's
      // connection closes (WAL never exposes uncommitted pages to readers).
      if (w) await w.terminate();
      const job = current;
      if (job) finish(job, () => job.reject(new TaskCancelledError(job.task)));
    },
  };
}
