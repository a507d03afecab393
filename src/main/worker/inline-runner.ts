// The same TaskRunner, in the calling thread: for the CLI's own commands (a terminal has no window to keep
// responsive) and for tests of code that only needs a task's result. The app (shell, `serve`) uses the worker.
import type { Store } from '../store/open-store';
import { TaskCancelledError } from './task-errors';
import { TASKS } from './tasks';
import type { TaskRunner } from './worker-runner';
import type { AnyTaskFn } from './task';

export function createInlineRunner(store: Pick<Store, 'db' | 'path'>, now: () => number): TaskRunner {
  let closed = false;
  return {
    async runTask(name, input, opts = {}) {
      if (closed) throw new Error('The task runner is closed.');
      const signal = opts.signal ?? new AbortController().signal;
      const task: AnyTaskFn = TASKS[name];
      try {
        return await task(
          {
            db: store.db,
            dbPath: store.path,
            now: now(),
            signal,
            progress(done, total) {
              signal.throwIfAborted();
              opts.onProgress?.(done, total);
            },
          },
          input,
        );
      } catch (err) {
        if (signal.aborted) throw new TaskCancelledError(name);
        throw err;
      }
    },
    async close() {
      closed = true;
    },
  };
}
