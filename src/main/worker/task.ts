// What a long job looks like to the worker mechanism (worker-runner.ts): a task function registered by name in
// tasks.ts. It runs in a worker thread with its own SQLite connection, so its inputs and outputs must survive a
// structured clone (plain objects, arrays, numbers, strings, Dates, Maps; no functions, no class instances).
import type { Db } from '../store/open-store';

export interface TaskContext {
  /** the worker's own connection to the store (WAL: it reads while the main thread reads too) */
  db: Db;
  dbPath: string;
  /** the clock of the caller at the moment the job was started (epoch ms) */
  now: number;
  /** aborted when the caller cancels; long loops call `progress` (or check `signal.aborted`) often */
  signal: AbortSignal;
  /**
   * Reports how far the job is. It is also a cancellation point: once the caller has cancelled, it throws the
   * cancelled error, so a synchronous loop (one that never yields to the worker's event loop) still stops. A
   * task that runs inside a transaction then rolls it back by letting the error through.
   */
  progress(done: number, total: number): void;
}

export type TaskFn<I, O> = (ctx: TaskContext, input: I) => Promise<O>;

/** Any task, for the registry (the input/output types are recovered from tasks.ts by name). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyTaskFn = TaskFn<any, any>;
