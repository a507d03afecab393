// The messages between the task runner (main thread) and the task host (worker thread).
import type { SerializedError } from './task-errors';

export type ToWorker =
  | {
      type: 'run';
      jobId: number;
      task: string;
      input: unknown;
      dbPath: string;
      now: number;
      /** one Int32 set to 1 by the caller to cancel: read synchronously at every `progress` call */
      cancelFlag: SharedArrayBuffer;
    }
  | { type: 'cancel'; jobId: number };

export type FromWorker =
  | { type: 'progress'; jobId: number; done: number; total: number }
  | { type: 'done'; jobId: number; output: unknown }
  | { type: 'failed'; jobId: number; error: SerializedError };
