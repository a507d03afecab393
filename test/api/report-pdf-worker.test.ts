// Under `serve`, the app core prints a report's PDF where it renders the report: on the jobs' real worker
// thread (the job reports:print-pdf, next to reports:render-report), Chromium driven from there; the e-mail read
// back from a real SMTP server carries it (issue 17 §6).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createAppCore, type AppCore } from '../../src/main/app-core';
import { storePathIn } from '../../src/main/platform/app-paths';
import { seedDemo } from '../../src/main/demo/seed-demo';
import { openStore } from '../../src/main/store/open-store';
import { setSetting } from '../../src/main/store/repos/settings-repo';
import { DEFAULT_ANALYTICS_SETTINGS } from '../../src/shared/analytics-types';
import type { JobFinished } from '../../src/shared/contract/jobs-schemas';
import { buildAppWorker, type BuiltWorker } from '../helpers/built-worker';
import { startTestSmtp, type TestSmtp } from '../mail/smtp-test-server';
import { createMemorySecretStore } from './helpers/memory-secret-store';

const NOW = Date.UTC(2026, 2, 15, 10, 0);
let worker: BuiltWorker;
let dataDir: string;
let core: AppCore;
let smtp: TestSmtp;

beforeAll(async () => {
  worker = await buildAppWorker();
  smtp = await startTestSmtp();
  dataDir = mkdtempSync(join(tmpdir(), 'da-pdf-worker-'));
  const store = openStore(storePathIn(dataDir));
  seedDemo(store.db, {
    seed: 3,
    days: 20,
    endDay: '2026-03-14',
    now: NOW,
    settings: DEFAULT_ANALYTICS_SETTINGS,
  });
  const mail = { host: '127.0.0.1', port: smtp.port, security: 'none', from: 'rapports@example.ch' };
  setSetting(store.db, 'mail', mail, NOW);
  setSetting(store.db, 'reports', { daily: { attachPdf: true } }, NOW);
  store.close();
  core = createAppCore({
    dataDir,
    secretStore: createMemorySecretStore(),
    transport: 'http',
    version: 't',
    now: () => NOW,
    autoSync: false,
    schedule: false,
    workerScript: worker.script,
  });
}, 180_000);

afterAll(async () => {
  await core?.stop();
  worker?.dispose();
  await smtp?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

it.skipIf(!existsSync('/usr/bin/chromium'))(
  'send now: the PDF is printed by the job reports:print-pdf and attached',
  async () => {
    const ends: JobFinished[] = [];
    const off = core.events.subscribe((event, payload) => {
      if (event === 'jobs:finished') ends.push(payload as JobFinished);
    });
    const r = await core.handlers['reports:send-now']({
      kind: 'daily',
      periodKey: '2026-03-12',
      to: 'chef@example.ch',
    });
    off();
    expect(r.ok, JSON.stringify(r)).toBe(true);
    expect(ends.map((f) => [f.task, f.outcome])).toEqual([
      ['reports:render-report', 'done'],
      ['reports:print-pdf', 'done'],
    ]);
    await smtp.waitFor(1);
    const pdfs = smtp.received[0]!.parsed.attachments.filter((a) => a.contentType === 'application/pdf');
    expect(pdfs.map((a) => a.filename)).toEqual(['dispatch-analytics_rapport-quotidien_2026-03-12.pdf']);
    expect(pdfs[0]!.content.subarray(0, 5).toString()).toBe('%PDF-');
  },
  120_000,
);
