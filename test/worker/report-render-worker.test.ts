// The report rendered by the app's real worker entry (built like out/main/worker.js) equals the report rendered
// in this thread: the same HTML, text and headers, and the chart's PNG (@napi-rs/canvas loads inside a worker
// thread) decodes to the same picture.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadImage } from '@napi-rs/canvas';
import { seedDemo } from '../../src/main/demo/seed-demo';
import { DEFAULT_ANALYTICS_SETTINGS } from '../../src/shared/analytics-types';
import { renderReport, type RenderReportInput } from '../../src/main/reports/render-report';
import { createWorkerRunner, type TaskRunner } from '../../src/main/worker/worker-runner';
import { createTestDb, type TestDb } from '../helpers/test-db';
import { buildAppWorker, type BuiltWorker } from '../helpers/built-worker';

const NOW = Date.UTC(2026, 2, 15, 10, 0);
let worker: BuiltWorker | undefined;
let store: TestDb;
let runner: TaskRunner;

beforeAll(async () => {
  worker = await buildAppWorker();
  store = createTestDb();
  seedDemo(store.db, {
    seed: 3,
    days: 30,
    endDay: '2026-03-14',
    bookingsPerDay: 40,
    now: NOW,
    settings: DEFAULT_ANALYTICS_SETTINGS,
  });
  runner = createWorkerRunner({ workerScript: worker.script, dbPath: store.path, now: () => NOW });
}, 120_000);

afterAll(async () => {
  await runner?.close();
  store?.dispose();
  worker?.dispose();
});

async function pixels(base64: string): Promise<{ width: number; height: number }> {
  const img = await loadImage(Buffer.from(base64, 'base64'));
  return { width: img.width, height: img.height };
}

describe('reports:render-report in the worker thread', () => {
  const cases: RenderReportInput[] = [
    { kind: 'daily', periodKey: '2026-03-12', lang: 'fr', settings: DEFAULT_ANALYTICS_SETTINGS },
    { kind: 'weekly', periodKey: '2026-03-02', lang: 'en', settings: DEFAULT_ANALYTICS_SETTINGS },
  ];
  for (const input of cases) {
    it(`${input.kind} ${input.lang}: equals the inline render, chart included`, async () => {
      const inWorker = await runner.runTask('reports:render-report', input);
      const inline = await renderReport({ db: store.db }, input);
      expect(inWorker.empty).toBe(false);
      expect({ ...inWorker, images: [] }).toEqual({ ...inline, images: [] });
      expect(inWorker.images).toHaveLength(1);
      expect(inWorker.images[0]!.cid).toBe(inline.images[0]!.cid);
      expect(inWorker.images[0]!.filename).toBe(inline.images[0]!.filename);
      // Decoded by the same library: a real PNG of the same size.
      expect(await pixels(inWorker.images[0]!.base64)).toEqual(await pixels(inline.images[0]!.base64));
      expect(inWorker.images[0]!.base64.length).toBeGreaterThan(1000);
      expect(inWorker.images[0]!.base64).toBe(inline.images[0]!.base64);
    });
  }
});
