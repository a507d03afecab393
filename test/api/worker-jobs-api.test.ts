// The app core with the real worker thread: an export started from the desktop API (the shell's save dialog
// injected) reports progress and finishes as a job, a cancelled one leaves no file at all, the `serve` download
// runs as the same job, and the report preview renders in the worker.
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppCore, type AppCore } from '../../src/main/app-core';
import type { ExportTargets } from '../../src/main/api/desktop-exports';
import { createExportFileMaker } from '../../src/main/api/export-download';
import { startHttpTransport } from '../../src/main/api/http-transport';
import { storePathIn } from '../../src/main/platform/app-paths';
import { seedDemo } from '../../src/main/demo/seed-demo';
import { openStore } from '../../src/main/store/open-store';
import { DEFAULT_ANALYTICS_SETTINGS } from '../../src/shared/analytics-types';
import type { JobFinished, JobProgress } from '../../src/shared/contract/jobs-schemas';
import { exportFileUrl, type ExportRequest } from '../../src/shared/contract/export-inputs';
import { API_TOKEN_HEADER } from '../../src/shared/http-api-client';
import { buildAppWorker, type BuiltWorker } from '../helpers/built-worker';
import { createMemorySecretStore } from './helpers/memory-secret-store';

const NOW = Date.UTC(2026, 2, 15, 10, 0);
let worker: BuiltWorker;
let dataDir: string;
let outDir: string;
let core: AppCore;
/** what the save dialog answers next (null: closed) */
let chosen: string | null = null;
const shown: string[] = [];
const targets: ExportTargets = {
  choose: async () => chosen,
  showInFolder: (path) => void shown.push(path),
};

beforeAll(async () => {
  worker = await buildAppWorker();
  dataDir = mkdtempSync(join(tmpdir(), 'da-jobs-api-'));
  outDir = mkdtempSync(join(tmpdir(), 'da-jobs-out-'));
  const store = openStore(storePathIn(dataDir));
  // Enough trips for an export to report progress many times before it ends.
  seedDemo(store.db, {
    seed: 2,
    days: 90,
    endDay: '2026-03-14',
    bookingsPerDay: 300,
    now: NOW,
    settings: DEFAULT_ANALYTICS_SETTINGS,
  });
  store.close();
  core = createAppCore({
    dataDir,
    secretStore: createMemorySecretStore(),
    transport: 'ipc',
    version: 't',
    now: () => NOW,
    autoSync: false,
    schedule: false,
    workerScript: worker.script,
    exportTargets: targets,
  });
}, 180_000);

afterAll(async () => {
  await core?.stop();
  worker?.dispose();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
});

const request = (over: Partial<ExportRequest> = {}): ExportRequest => ({
  format: 'xlsx',
  part: 'trips',
  filter: { from: '2025-12-15', to: '2026-03-14' },
  ...over,
});

/** The events of jobs, collected until the given job finishes. */
function watchJobs() {
  const progress: JobProgress[] = [];
  const finished = new Map<string, JobFinished>();
  const waiters = new Map<string, (f: JobFinished) => void>();
  const off = core.events.subscribe((event, payload) => {
    if (event === 'jobs:progress') progress.push(payload as JobProgress);
    if (event === 'jobs:finished') {
      const f = payload as JobFinished;
      finished.set(f.jobId, f);
      waiters.get(f.jobId)?.(f);
    }
  });
  return {
    progress,
    ends: () => [...finished.values()],
    off,
    finished: (jobId: string) =>
      new Promise<JobFinished>((resolve) => {
        const done = finished.get(jobId);
        if (done) resolve(done);
        else waiters.set(jobId, resolve);
      }),
  };
}

async function start(req: ExportRequest) {
  const r = await core.handlers['exports:start-export']({ request: req });
  if (!r.ok) throw new Error(r.error.message);
  return r.data;
}

describe('exports:start-export (desktop)', () => {
  it('writes the chosen file in the worker, with progress, then shows it in its folder', async () => {
    const watch = watchJobs();
    chosen = join(outDir, 'trajets.xlsx');
    const { jobId, fileName } = await start(request());
    expect(fileName).toBe('trajets.xlsx');
    const end = await watch.finished(jobId!);
    watch.off();
    expect(end).toMatchObject({ task: 'exports:write-file', outcome: 'done', error: null });
    const mine = watch.progress.filter((p) => p.jobId === jobId);
    expect(mine.length).toBeGreaterThan(2);
    expect(mine.at(-1)!.done).toBe(mine.at(-1)!.total);
    expect(mine.at(-1)!.total).toBeGreaterThan(20_000);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(chosen);
    expect(wb.worksheets[0]!.rowCount).toBeGreaterThan(20_000);
    expect(readdirSync(outDir)).toEqual(['trajets.xlsx']);
    const show = await core.handlers['exports:show-in-folder']({ jobId: jobId! });
    expect(show).toEqual({ ok: true, data: { shown: true } });
    expect(shown).toEqual([chosen]);
  }, 120_000);

  it('a cancel while it writes leaves no file, not even a partial one', async () => {
    const watch = watchJobs();
    const target = join(outDir, 'annulé.xlsx');
    chosen = target;
    let cancelled: Promise<unknown> | null = null;
    let jobId: string | null = null;
    // Cancel at the first progress step past the start: the export is then writing rows.
    const off = core.events.subscribe((event, payload) => {
      const p = payload as JobProgress;
      if (event === 'jobs:progress' && p.jobId === jobId && p.done > 0 && !cancelled) {
        cancelled = core.handlers['jobs:cancel-job']({ jobId: p.jobId });
      }
    });
    ({ jobId } = await start(request()));
    const end = await watch.finished(jobId!);
    off();
    watch.off();
    expect(await cancelled).toEqual({ ok: true, data: { cancelled: true } });
    expect(end).toMatchObject({ outcome: 'cancelled', error: null });
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(outDir).filter((f) => f.includes('annulé'))).toEqual([]);
    const show = await core.handlers['exports:show-in-folder']({ jobId: jobId! });
    expect(show).toEqual({ ok: true, data: { shown: false } });
  }, 120_000);

  it('a closed save dialog starts nothing', async () => {
    chosen = null;
    expect(await start(request())).toEqual({ jobId: null, fileName: null });
  });

  it('a request the contract refuses is a validation error, and nothing is asked', async () => {
    const r = await core.handlers['exports:start-export']({ request: { format: 'pdf' } });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.kind).toBe('validation');
  });
});

describe('the serve download through the jobs', () => {
  it('runs as the job exports:write-file and is cancelled when the browser goes away', async () => {
    const transport = await startHttpTransport({
      handlers: core.handlers,
      events: core.events,
      staticDir: null,
      exportFile: createExportFileMaker({
        dataDir,
        now: () => NOW,
        version: 't',
        worker: () => ({ jobs: core.jobs, db: core.store.db }),
      }),
    });
    try {
      const headers = { [API_TOKEN_HEADER]: transport.token };
      // A small one, downloaded whole.
      let watch = watchJobs();
      const small = request({ format: 'csv', filter: { from: '2026-03-10', to: '2026-03-14' } });
      const res = await fetch(exportFileUrl(transport.url, small), { headers });
      expect(res.status).toBe(200);
      expect((await res.text()).split('\n').length).toBeGreaterThan(1000);
      expect(watch.progress.some((p) => p.task === 'exports:write-file')).toBe(true);
      watch.off();
      // A long one, abandoned at its first progress step: the job ends cancelled.
      watch = watchJobs();
      const abort = new AbortController();
      const firstStep = new Promise<string>((resolve) => {
        const off = core.events.subscribe((event, payload) => {
          if (event === 'jobs:progress') {
            off();
            resolve((payload as JobProgress).jobId);
          }
        });
      });
      const pending = fetch(exportFileUrl(transport.url, request()), { headers, signal: abort.signal }).catch(
        (err: unknown) => err,
      );
      const jobId = await firstStep;
      abort.abort();
      await pending;
      expect(await watch.finished(jobId)).toMatchObject({ outcome: 'cancelled' });
      watch.off();
    } finally {
      await transport.close();
    }
  }, 120_000);
});

describe('report preview in the worker', () => {
  it('renders as the job reports:render-report, chart inlined', async () => {
    const watch = watchJobs();
    const r = await core.handlers['reports:preview-report']({ kind: 'daily', periodKey: '2026-03-12' });
    watch.off();
    expect(r.ok).toBe(true);
    expect(r.ok && r.data.html).toContain('data:image/png;base64,');
    expect(watch.ends().map((f) => [f.task, f.outcome])).toEqual([['reports:render-report', 'done']]);
  });
});
