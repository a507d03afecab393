// The in-thread TaskRunner (CLI commands, tests): same contract as the worker — output, progress, cancellation
// at a progress call, with the cancelled re-aggregation rolled back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/main/demo/seed-demo';
import { createInlineRunner } from '../../src/main/worker/inline-runner';
import { TaskCancelledError } from '../../src/main/worker/task-errors';
import { DEFAULT_ANALYTICS_SETTINGS } from '../../src/shared/analytics-types';
import { createTestDb, type TestDb } from '../helpers/test-db';

const NOW = Date.UTC(2026, 2, 15, 10, 0);
let store: TestDb;
beforeAll(() => {
  store = createTestDb();
  seedDemo(store.db, {
    seed: 5,
    days: 10,
    endDay: '2026-03-10',
    bookingsPerDay: 20,
    now: NOW,
    settings: DEFAULT_ANALYTICS_SETTINGS,
  });
});
afterAll(() => store.dispose());

const onTime = () =>
  (store.sqlite.prepare('SELECT sum(on_time_bookings) AS n FROM dispatch_metrics').get() as { n: number }).n;

describe('inline runner', () => {
  it('runs a registered task in this thread and reports its progress', async () => {
    const runner = createInlineRunner(store, () => NOW);
    const seen: number[] = [];
    const result = await runner.runTask(
      'aggregation:aggregate-all',
      { companyId: 1, settings: { ...DEFAULT_ANALYTICS_SETTINGS, onTimeThresholdMinutes: 30 } },
      { onProgress: (done) => seen.push(done) },
    );
    expect(result.daysWithData).toBe(10);
    expect(seen.at(-1)).toBe(result.daysComputed);
  });

  it('stops at the next progress call once cancelled; the re-aggregation is rolled back', async () => {
    const runner = createInlineRunner(store, () => NOW);
    const before = onTime();
    const controller = new AbortController();
    const job = runner.runTask(
      'aggregation:aggregate-all',
      { companyId: 1, settings: { ...DEFAULT_ANALYTICS_SETTINGS, onTimeThresholdMinutes: 1 } },
      { signal: controller.signal, onProgress: (done) => done === 2 && controller.abort() },
    );
    await expect(job).rejects.toBeInstanceOf(TaskCancelledError);
    expect(onTime()).toBe(before);
    await runner.close();
    await expect(
      runner.runTask('aggregation:aggregate-all', { companyId: 1, settings: DEFAULT_ANALYTICS_SETTINGS }),
    ).rejects.toThrow(/closed/);
  });
});
