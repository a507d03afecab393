// The report runner's dependencies for a process that holds a store, in process: the mailer from the settings
// (with the password from the environment), the PDF printer the settings lead to (or the sentence saying why
// there is none, in the app's language), and a data refresh that a hung sync cannot block forever.
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PdfRenderer } from '../../src/main/reports/report-pdf';
import {
  boundedRefresh,
  chromiumProblem,
  pdfSettingWarning,
  reportRunnerDeps,
  settingsChromium,
  type PrintPdf,
} from '../../src/main/schedule/report-deps';
import { setSetting } from '../../src/main/store/repos/settings-repo';
import { translateMessage } from '../../src/shared/i18n';
import { createTestDb, type TestDb } from '../helpers/test-db';

let t: TestDb;
beforeEach(() => {
  t = createTestDb();
});
afterEach(() => t.dispose());

/** An executable file standing for a Chromium (the lookup only checks that it is one; nothing launches it). */
function fakeChromium(): string {
  const path = join(t.dir, 'chromium');
  writeFileSync(path, '#!/bin/sh\nexit 1\n');
  chmodSync(path, 0o755);
  return path;
}

const BAD = '/nonexistent/chromium';
const badPathFr = `reports.chromiumPath ne mène pas à un Chromium exécutable (${BAD}) : corrigez le chemin, ou videz-le pour chercher /usr/bin/chromium.`;
const badPathEn = `reports.chromiumPath does not lead to an executable Chromium (${BAD}): fix the path, or empty it to look for /usr/bin/chromium.`;

describe('boundedRefresh', () => {
  it('waits for a refresh that finishes', async () => {
    let done = false;
    await boundedRefresh(async () => {
      await new Promise((r) => setTimeout(r, 20));
      done = true;
    }, 60_000)();
    expect(done).toBe(true);
  });

  it('a failing refresh does not fail the report (it goes out stale)', async () => {
    await expect(
      boundedRefresh(() => Promise.reject(new Error('server down')), 60_000)(),
    ).resolves.toBeUndefined();
  });

  it('a finished refresh leaves no timer behind (a CLI would otherwise wait for the bound to exit)', async () => {
    const timers = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;
    const before = timers();
    await boundedRefresh(async () => {}, 3_600_000)();
    expect(timers()).toBe(before);
  });

  it('a refresh that never ends is given up after the bound', async () => {
    const never = () => new Promise<void>(() => {});
    await expect(boundedRefresh(never, 30)()).resolves.toBeUndefined();
  });
});

describe('reportRunnerDeps', () => {
  const runExport = () => Promise.reject(new Error('not used'));

  it('builds the mailer from the mail settings, with the password from the given environment', async () => {
    setSetting(
      t.db,
      'mail',
      { host: '127.0.0.1', port: 2525, security: 'none', user: 'rapports', from: 'rapports@example.ch' },
      0,
    );
    const withPassword = reportRunnerDeps({
      db: t.db,
      now: () => 0,
      secrets: null,
      env: { DISPATCH_SMTP_PASSWORD: 'secret' },
      runExport,
    });
    const mailer = await withPassword.mailer();
    expect(mailer.from).toBe('rapports@example.ch');
    expect(mailer.host).toBe('127.0.0.1');
    const without = reportRunnerDeps({ db: t.db, now: () => 0, secrets: null, env: {}, runExport });
    await expect(without.mailer()).rejects.toThrow();
  });

  it('passes on what it was given, and only that', async () => {
    const refreshData = async () => {};
    const render = () => Promise.reject(new Error('not used'));
    const full = reportRunnerDeps({
      db: t.db,
      now: () => 7,
      secrets: null,
      refreshData,
      render,
      runExport,
      version: '1.2.3',
    });
    expect(full.now()).toBe(7);
    expect(full.refreshData).toBe(refreshData);
    expect(full.render).toBe(render);
    expect(full.version).toBe('1.2.3');
    expect(full.runExport).toBe(runExport);
    const bare = reportRunnerDeps({ db: t.db, now: () => 7, secrets: null, runExport });
    expect('refreshData' in bare).toBe(false);
    expect('render' in bare).toBe(false);
    expect('version' in bare).toBe(false);
  });

  it('the app’s own printer when it has one, else the Chromium of the settings', async () => {
    const electron: PdfRenderer = { name: 'Electron printToPDF', print: async () => Buffer.from('%PDF-') };
    const app = reportRunnerDeps({ db: t.db, now: () => 0, secrets: null, runExport, pdf: electron });
    expect((await app.pdf!()).renderer).toBe(electron);
    setSetting(t.db, 'reports', { chromiumPath: BAD }, 0);
    const cli = reportRunnerDeps({ db: t.db, now: () => 0, secrets: null, runExport });
    expect(await cli.pdf!()).toEqual({ renderer: null, reason: badPathFr });
  });
});

describe('settingsChromium', () => {
  it('no Chromium at the configured path: the reason, in the app’s language', async () => {
    setSetting(t.db, 'reports', { chromiumPath: BAD }, 0);
    expect(await settingsChromium(t.db)()).toEqual({ renderer: null, reason: badPathFr });
    setSetting(t.db, 'ui', { language: 'en' }, 0);
    expect(await settingsChromium(t.db)()).toEqual({ renderer: null, reason: badPathEn });
  });

  it('a Chromium found, without a worker: printed from here, by that Chromium', async () => {
    const path = fakeChromium();
    setSetting(t.db, 'reports', { chromiumPath: path }, 0);
    const found = await settingsChromium(t.db)();
    expect(found.renderer?.name).toBe(`Chromium ${path}`);
    expect(found).not.toHaveProperty('reason');
  });

  it('a Chromium found, with a worker: the page goes to the worker with that Chromium’s path', async () => {
    const path = fakeChromium();
    setSetting(t.db, 'reports', { chromiumPath: path }, 0);
    const asked: { html: string; chromiumPath: string }[] = [];
    const printPdf: PrintPdf = async (input) => {
      asked.push(input);
      return Buffer.from('%PDF-from-worker').toString('base64');
    };
    const found = await settingsChromium(t.db, printPdf)();
    expect(found.renderer?.name).toBe(`Chromium ${path}`);
    const pdf = await found.renderer!.print('<p>report</p>');
    expect(pdf.toString()).toBe('%PDF-from-worker');
    expect(asked).toEqual([{ html: '<p>report</p>', chromiumPath: path }]);
  });

  it('with a worker but no Chromium: the reason, never the worker', async () => {
    setSetting(t.db, 'reports', { chromiumPath: BAD }, 0);
    const printPdf: PrintPdf = () => Promise.reject(new Error('must not be asked'));
    expect(await settingsChromium(t.db, printPdf)()).toEqual({ renderer: null, reason: badPathFr });
  });
});

describe('chromiumProblem', () => {
  it('none when found; which one of the two sentences otherwise', () => {
    expect(chromiumProblem({ found: true, path: '/usr/bin/chromium' })).toBeNull();
    expect(translateMessage('en', chromiumProblem({ found: false, reason: 'bad-path', path: BAD })!)).toBe(
      badPathEn,
    );
    expect(translateMessage('en', chromiumProblem({ found: false, reason: 'missing' })!)).toMatch(
      /^No Chromium found to draw the PDF/,
    );
  });
});

describe('pdfSettingWarning (said when the PDF settings are saved)', () => {
  it('nothing when no report asks for a PDF, even with a wrong path', async () => {
    setSetting(t.db, 'reports', { chromiumPath: BAD }, 0);
    expect(await pdfSettingWarning(t.db)).toBeNull();
  });

  it('the daily or the weekly report asking for one, where none prints: the sentence', async () => {
    setSetting(t.db, 'reports', { daily: { attachPdf: true }, chromiumPath: BAD }, 0);
    expect(translateMessage('en', (await pdfSettingWarning(t.db))!)).toBe(badPathEn);
    setSetting(t.db, 'reports', { weekly: { attachPdf: true }, chromiumPath: BAD }, 0);
    expect(translateMessage('en', (await pdfSettingWarning(t.db))!)).toBe(badPathEn);
  });

  it('nothing when a Chromium prints it', async () => {
    setSetting(t.db, 'reports', { weekly: { attachPdf: true }, chromiumPath: fakeChromium() }, 0);
    expect(await pdfSettingWarning(t.db)).toBeNull();
  });
});
