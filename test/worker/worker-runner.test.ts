// The worker mechanism with a real worker thread: the app's re-aggregation gives the same figures as in-thread,
// progress arrives, cancellation stops a loop that never yields, errors keep their kind, a dead worker is replaced.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { aggregateAll } from '../../src/main/aggregation/aggregate-service';
import { seedDemo } from '../../src/main/demo/seed-demo';
import { DEFAULT_ANALYTICS_SETTINGS } from '../../src/shared/analytics-types';
import { TaskCancelledError, TaskFailedError } from '../../src/main/worker/task-errors';
import {
  createWorkerRunner,
  type RunTaskOptions,
  type TaskRunner,
} from '../../src/main/worker/worker-runner';
import { createTestDb, type TestDb } from '../helpers/test-db';

const NOW = Date.UTC(2026, 2, 15, 10, 0);
let buildDir: string;
let workerScript: string;
let store: TestDb;
let runner: TaskRunner;

// The test tasks are not in the app's registry: call them by name.
type RunAny = (name: string, input: unknown, opts?: RunTaskOptions) => Promise<unknown>;
const run = (name: string, input?: unknown, opts?: RunTaskOptions) =>
  (runner.runTask as unknown as RunAny)(name, input, opts);

beforeAll(async () => {
  // Inside the project, so the bundle's external packages (better-sqlite3, drizzle) resolve from node_modules.
  const outDir = resolve(__dirname, '../../out');
  mkdirSync(outDir, { recursive: true });
  buildDir = mkdtempSync(join(outDir, 'test-worker-'));
  workerScript = join(buildDir, 'test-worker.js');
  await build({
    entryPoints: [resolve(__dirname, 'fixtures/test-worker-entry.ts')],
    outfile: workerScript,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    packages: 'external',
    logLevel: 'warning',
  });
  store = createTestDb();
  seedDemo(store.db, {
    seed: 4,
    days: 60,
    endDay: '2026-03-10',
    bookingsPerDay: 30,
    now: NOW,
    settings: DEFAULT_ANALYTICS_SETTINGS,
  });
  runner = createWorkerRunner({ workerScript, dbPath: store.path, now: () => NOW });
});

afterAll(async () => {
  await runner?.close();
  store?.dispose();
  rmSync(buildDir, { recursive: true, force: true });
});

const dailyStats = () =>
  store.sqlite.prepare('SELECT * FROM daily_stats ORDER BY date').all() as Array<Record<string, unknown>>;

describe('worker runner', () => {
  it('passes input, clock and store path to the task and returns its output', async () => {
    await expect(run('test:echo', { a: [1, 'b'] })).resolves.toEqual({
      input: { a: [1, 'b'] },
      now: NOW,
      dbPath: store.path,
    });
    // its own connection sees the main connection's committed rows
    expect(await run('test:count', 'bookings')).toBeGreaterThan(1000);
  });

  it('re-aggregates a store in the worker with the same figures as in the main thread', async () => {
    const settings = { ...DEFAULT_ANALYTICS_SETTINGS, onTimeThresholdMinutes: 9 };
    aggregateAll(store.db, { companyId: 1, now: NOW, settings });
    const inThread = dailyStats();
    aggregateAll(store.db, { companyId: 1, now: NOW, settings: DEFAULT_ANALYTICS_SETTINGS });
    expect(dailyStats()).not.toEqual(inThread);

    const progress: Array<[number, number]> = [];
    const result = await runner.runTask(
      'aggregation:aggregate-all',
      { companyId: 1, settings },
      { onProgress: (done, total) => progress.push([done, total]) },
    );
    expect(result.daysWithData).toBe(60);
    expect(dailyStats()).toEqual(inThread);
    const [done, total] = progress.at(-1)!;
    expect(done).toBe(total);
    expect(total).toBe(result.daysComputed);
  });

  it('stops a task that never yields at its next progress call, and runs the next job', async () => {
    const controller = new AbortController();
    const spinning = run('test:spin', null, {
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    await expect(spinning).rejects.toBeInstanceOf(TaskCancelledError);
    await expect(run('test:echo', 1)).resolves.toMatchObject({ input: 1 });
  });

  it('cancels a task that waits on its signal', async () => {
    const controller = new AbortController();
    const waiting = run('test:wait-for-cancel', null, { signal: controller.signal });
    // queued behind it: cancelled without ever starting
    const queuedController = new AbortController();
    const queued = run('test:echo', 'never', { signal: queuedController.signal });
    queuedController.abort();
    await expect(queued).rejects.toBeInstanceOf(TaskCancelledError);
    controller.abort();
    await expect(waiting).rejects.toBeInstanceOf(TaskCancelledError);
  });

  it('rejects at once when the signal is already aborted', async () => {
    await expect(run('test:echo', 1, { signal: AbortSignal.abort() })).rejects.toBeInstanceOf(
      TaskCancelledError,
    );
  });

  it('keeps the kind, code and parameters of a task error', async () => {
    const err = (await run('test:fail').catch((e: unknown) => e)) as TaskFailedError;
    expect(err).toBeInstanceOf(TaskFailedError);
    expect(err.message).toBe('2026-03-01 is after 2026-02-01: swap the dates.');
    expect(err).toMatchObject({
      task: 'test:fail',
      originalName: 'KindError',
      kind: 'validation',
      code: 'bad_range',
      params: { from: '2026-03-01' },
    });
    expect(err.callback).toBeUndefined();
  });

  it('reports an unknown task and an output that cannot cross threads', async () => {
    await expect(run('test:nope')).rejects.toThrow(/Unknown task "test:nope"/);
    await expect(run('test:uncloneable')).rejects.toThrow(/could not be cloned/);
  });

  it('fails the running job when the worker dies, then starts a new worker', async () => {
    const err = (await run('test:crash').catch((e: unknown) => e)) as TaskFailedError;
    expect(err).toBeInstanceOf(TaskFailedError);
    expect(err).toMatchObject({ kind: 'internal', originalName: 'WorkerDied' });
    await expect(run('test:echo', 2)).resolves.toMatchObject({ input: 2 });
  });

  it('fails only the job whose thread threw; the job queued behind it runs on a new thread', async () => {
    const crashing = run('test:uncaught');
    const next = run('test:echo', 'after');
    await expect(crashing).rejects.toThrow('boom in the worker');
    await expect(next).resolves.toMatchObject({ input: 'after' });
  });

  it('runs jobs one after the other, in order', async () => {
    const order: number[] = [];
    await Promise.all([1, 2, 3].map((n) => run('test:echo', n).then(() => order.push(n))));
    expect(order).toEqual([1, 2, 3]);
  });

  it('refuses new jobs once closed and cancels the running one', async () => {
    const own = createWorkerRunner({ workerScript, dbPath: store.path, now: () => NOW });
    const waiting = (own.runTask as unknown as RunAny)('test:wait-for-cancel', null);
    await own.close();
    await expect(waiting).rejects.toBeInstanceOf(TaskCancelledError);
    await expect((own.runTask as unknown as RunAny)('test:echo', 1)).rejects.toThrow(/closed/);
  });
});
