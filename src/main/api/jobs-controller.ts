// The app's long jobs as the UI sees them: each run gets a public id, its progress and its end are pushed as
// 'jobs:progress' / 'jobs:finished' events, and 'jobs:cancel-job' cancels it. The work itself runs on a
// TaskRunner (the worker thread in the app, see src/main/worker/worker-runner.ts).
import { randomUUID } from 'node:crypto';
import type { Lang } from '../../shared/analytics-types';
import type { TaskInput, TaskName, TaskOutput } from '../worker/tasks';
import { TaskCancelledError } from '../worker/task-errors';
import type { TaskRunner } from '../worker/worker-runner';
import type { ApiEvents } from './api-events';
import { toApiError } from './api-errors';

export interface StartJobOptions {
  /**
   * false for a job whose interruption would leave the store inconsistent with the settings (the
   * re-aggregation after a threshold change): the UI cannot cancel it and stop() waits for it.
   */
  cancellable?: boolean;
  onStarted?: (jobId: string) => void;
}

export interface JobsController {
  run<N extends TaskName>(name: N, input: TaskInput<N>, opts?: StartJobOptions): Promise<TaskOutput<N>>;
  /** false when no such job runs, or it may not be cancelled */
  cancel(jobId: string): boolean;
  /** Waits for the jobs that may not be cancelled, cancels the others, then closes the runner. */
  stop(): Promise<void>;
}

interface Running {
  controller: AbortController;
  cancellable: boolean;
  settled: Promise<unknown>;
}

export function createJobsController(opts: {
  runner: TaskRunner;
  events: ApiEvents;
  lang: () => Lang;
  log?: (err: unknown) => void;
}): JobsController {
  const running = new Map<string, Running>();

  return {
    run(name, input, start = {}) {
      const jobId = randomUUID();
      const controller = new AbortController();
      const promise = opts.runner.runTask(name, input, {
        signal: controller.signal,
        onProgress: (done, total) => opts.events.emit('jobs:progress', { jobId, task: name, done, total }),
      });
      const settled = promise.then(
        () => opts.events.emit('jobs:finished', { jobId, task: name, outcome: 'done', error: null }),
        (err: unknown) => {
          const cancelled = err instanceof TaskCancelledError;
          opts.events.emit('jobs:finished', {
            jobId,
            task: name,
            outcome: cancelled ? 'cancelled' : 'failed',
            error: cancelled ? null : toApiError(err, opts.lang(), opts.log),
          });
        },
      );
      running.set(jobId, { controller, cancellable: start.cancellable ?? true, settled });
      void settled.finally(() => running.delete(jobId));
      start.onStarted?.(jobId);
      return promise;
    },
    cancel(jobId) {
      const job = running.get(jobId);
      if (!job?.cancellable) return false;
      job.controller.abort();
      return true;
    },
    async stop() {
      const jobs = [...running.values()];
      for (const job of jobs) if (job.cancellable) job.controller.abort();
      await Promise.all(jobs.map((job) => job.settled));
      await opts.runner.close();
    },
  };
}
