// Long jobs as API events: progress and end pushed as 'jobs:progress' / 'jobs:finished', 'jobs:cancel-job'
// cancels, and the app core's re-aggregation after a threshold change runs in the real worker (out/cli/worker.js,
// built by the tests' global setup).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApiEvents } from '../../src/main/api/api-events';
import { createJobsController } from '../../src/main/api/jobs-controller';
import { createAppCore, type AppCore } from '../../src/main/app-core';
import { seedDemo } from '../../src/main/demo/seed-demo';
import { TaskCancelledError, TaskFailedError } from '../../src/main/worker/task-errors';
import type { TaskRunner } from '../../src/main/worker/worker-runner';
import { DEFAULT_ANALYTICS_SETTINGS, type DashboardJson } from '../../src/shared/analytics-types';
import type { ApiEventName } from '../../src/shared/contract/channels';
import { createMemorySecretStore } from './helpers/memory-secret-store';

const WORKER = resolve(__dirname, '../../out/cli/worker.js');

function recordEvents() {
  const events = createApiEvents();
  const seen: Array<{ event: ApiEventName; payload: unknown }> = [];
  events.subscribe((event, payload) => void seen.push({ event, payload }));
  return { events, seen };
}

/** A runner whose job reports once, then waits for its signal or for `finish`. */
function manualRunner() {
  let finish: (outcome: 'ok' | Error) => void = () => {};
  const runner: TaskRunner = {
    runTask: (_name, _input, opts = {}) =>
      new Promise((resolvePromise, reject) => {
        opts.onProgress?.(1, 4);
        opts.signal?.addEventListener('abort', () => reject(new TaskCancelledError('t')), { once: true });
        finish = (outcome) => (outcome === 'ok' ? resolvePromise({} as never) : reject(outcome));
      }),
    close: async () => {},
  };
  return { runner, finish: (outcome: 'ok' | Error) => finish(outcome) };
}

describe('jobs controller', () => {
  it('pushes progress and the end of a job, and cancels it by id', async () => {
    const { events, seen } = recordEvents();
    const { runner } = manualRunner();
    const jobs = createJobsController({ runner, events, lang: () => 'en' });
    let jobId = '';
    const job = jobs.run(
      'aggregation:aggregate-all',
      { companyId: 1, settings: DEFAULT_ANALYTICS_SETTINGS },
      { onStarted: (id) => (jobId = id) },
    );
    expect(seen).toEqual([
      { event: 'jobs:progress', payload: { jobId, task: 'aggregation:aggregate-all', done: 1, total: 4 } },
    ]);
    expect(jobs.cancel('no-such-job')).toBe(false);
    expect(jobs.cancel(jobId)).toBe(true);
    await expect(job).rejects.toBeInstanceOf(TaskCancelledError);
    await jobs.stop();
    expect(seen.at(-1)).toEqual({
      event: 'jobs:finished',
      payload: { jobId, task: 'aggregation:aggregate-all', outcome: 'cancelled', error: null },
    });
    expect(jobs.cancel(jobId)).toBe(false);
  });

  it('reports a failed job with the kind of its error; a job that may not be cancelled is waited for', async () => {
    const { events, seen } = recordEvents();
    const { runner, finish } = manualRunner();
    const jobs = createJobsController({ runner, events, lang: () => 'en' });
    let jobId = '';
    const job = jobs.run(
      'aggregation:aggregate-all',
      { companyId: 1, settings: DEFAULT_ANALYTICS_SETTINGS },
      { cancellable: false, onStarted: (id) => (jobId = id) },
    );
    expect(jobs.cancel(jobId)).toBe(false);
    let stopped = false;
    const stopping = jobs.stop().then(() => (stopped = true));
    await Promise.resolve();
    expect(stopped).toBe(false);
    finish(
      new TaskFailedError('Pick a day before today.', 'aggregation:aggregate-all', 'AnalyticsError', {
        kind: 'validation',
      }),
    );
    await expect(job).rejects.toThrow('Pick a day before today.');
    await stopping;
    expect(seen.at(-1)).toMatchObject({
      event: 'jobs:finished',
      payload: {
        jobId,
        outcome: 'failed',
        error: { kind: 'validation', message: 'Pick a day before today.' },
      },
    });
  });
});

describe('app core with the worker', () => {
  let core: AppCore | undefined;
  let dir: string | undefined;
  afterEach(async () => {
    await core?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
    core = dir = undefined;
  });

  it('re-aggregates in the worker thread when the on-time threshold changes', async () => {
    dir = mkdtempSync(join(tmpdir(), 'da-jobs-'));
    const c = (core = createAppCore({
      dataDir: dir,
      secretStore: createMemorySecretStore(),
      transport: 'http',
      autoSync: false,
      workerScript: WORKER,
    }));
    seedDemo(c.store.db, {
      seed: 3,
      days: 20,
      endDay: '2026-03-10',
      bookingsPerDay: 40,
      now: Date.now(),
      settings: DEFAULT_ANALYTICS_SETTINGS,
    });
    const finished: unknown[] = [];
    c.events.subscribe((event, payload) => {
      if (event === 'jobs:finished') finished.push(payload);
    });
    const range = { from: '2026-02-19', to: '2026-03-10' };
    const rate = async () =>
      ((await c.handlers['analytics:get-dashboard'](range)) as { data: DashboardJson }).data.summary
        .avg_on_time_rate;
    const before = await rate();
    const saved = await c.handlers['settings:update-settings']({ onTimeThresholdMinutes: 30 });
    expect(saved).toMatchObject({ ok: true, data: { ok: true } });
    expect(await rate()).toBeGreaterThan(before);
    expect(finished).toEqual([
      expect.objectContaining({ task: 'aggregation:aggregate-all', outcome: 'done', error: null }),
    ]);
    const jobId = (finished[0] as { jobId: string }).jobId;
    expect(await c.handlers['jobs:cancel-job']({ jobId })).toEqual({ ok: true, data: { cancelled: false } });
    expect(await c.handlers['jobs:cancel-job']({})).toMatchObject({
      ok: false,
      error: { kind: 'validation' },
    });
  });
});
