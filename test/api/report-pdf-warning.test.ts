// reports:update-settings under serve: a PDF asked for where no Chromium prints it is saved, and said in one
// sentence (issue 17 §6); the desktop app, which prints with Electron (its pdfRenderer), says nothing.
import { afterEach, expect, it } from 'vitest';
import { updateReportsSettings, type ReportApiContext } from '../../src/main/api/report-handlers';
import type { PdfRenderer } from '../../src/main/reports/report-pdf';
import { createFileSecretStore } from '../../src/main/secrets/file-secret-store';
import { readSettings } from '../../src/main/settings';
import { createTestDb, type TestDb } from '../helpers/test-db';

let t: TestDb | undefined;
afterEach(() => {
  t?.dispose();
  t = undefined;
});

function context(pdfRenderer?: PdfRenderer): ReportApiContext {
  t = createTestDb();
  return {
    db: t.db,
    now: () => Date.UTC(2026, 2, 15, 10, 0),
    secretStore: createFileSecretStore({ dataDir: t.dir }),
    ...(pdfRenderer ? { pdfRenderer } : {}),
  };
}

const update = { reports: { weekly: { attachPdf: true }, chromiumPath: '/nonexistent/chromium' } };

it('saves a PDF setting without a Chromium and says so', async () => {
  const ctx = context();
  const res = await updateReportsSettings(ctx, update, 'en');
  expect(res.saved).toBe(true);
  expect(readSettings(ctx.db).reports.weekly.attachPdf).toBe(true);
  expect(res.overview.reports.weekly.attachPdf).toBe(true);
  expect(res.warning).toBe(
    'reports.chromiumPath does not lead to an executable Chromium (/nonexistent/chromium): fix the path, or empty it to look for /usr/bin/chromium.',
  );
  // Switched off again: nothing to say.
  const off = await updateReportsSettings(ctx, { reports: { weekly: { attachPdf: false } } }, 'en');
  expect(off.warning).toBeUndefined();
});

it('says nothing in the desktop app, which prints PDFs itself', async () => {
  const ctx = context({ name: 'test printer', print: async () => Buffer.from('%PDF-') });
  const res = await updateReportsSettings(ctx, update, 'fr');
  expect(res.saved).toBe(true);
  expect(res.warning).toBeUndefined();
});
