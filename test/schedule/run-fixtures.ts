// A store with mail and report settings pointing at a test SMTP server, a movable clock, and a light renderer
// (the calendar and the outbox are under test here, not the report's HTML).
import { runExport } from '../../src/main/exports/export-task';
import { createMailer } from '../../src/main/mail/mailer';
import type { RenderReportInput, RenderedReport } from '../../src/main/reports/render-report';
import type { ReportRunnerDeps } from '../../src/main/schedule/report-runner';
import type { RunExport } from '../../src/main/schedule/week-workbook';
import { readSection } from '../../src/main/settings';
import type { Db } from '../../src/main/store/open-store';
import { setSetting } from '../../src/main/store/repos/settings-repo';

export function configure(
  db: Db,
  port: number,
  reports: { daily?: Record<string, unknown>; weekly?: Record<string, unknown>; [k: string]: unknown },
): void {
  setSetting(
    db,
    'mail',
    { host: '127.0.0.1', port, security: 'none', user: '', from: 'rapports@example.ch' },
    0,
  );
  setSetting(db, 'reports', reports, 0);
}

export function lightRender(input: RenderReportInput): Promise<RenderedReport> {
  return Promise.resolve({
    kind: input.kind,
    periodKey: input.periodKey,
    empty: false,
    stale: false,
    dataThrough: input.periodKey,
    subject: `${input.kind} ${input.periodKey} ${input.lang}`,
    html: `<p>${input.kind} ${input.periodKey}</p>`,
    text: `${input.kind} ${input.periodKey}\n`,
    headers: { 'X-Dispatch-Report': `${input.kind} ${input.periodKey}` },
    images: [],
  });
}

/**
 * The export task run in the test's thread (the app runs it on its jobs' worker, the CLI on the inline runner;
 * the worker is above schedule's tests): a task is a function of its context and input.
 */
export function exportsHere(db: Db, now: () => number): RunExport {
  return (input) =>
    runExport({ db, now: now(), signal: new AbortController().signal, progress: () => {} }, input);
}

export function runnerDeps(
  db: Db,
  clock: { now: number },
  extra: Partial<ReportRunnerDeps> = {},
): ReportRunnerDeps {
  return {
    db,
    now: () => clock.now,
    mailer: async () => createMailer(readSection(db, 'mail'), null),
    render: lightRender,
    runExport: exportsHere(db, () => clock.now),
    ...extra,
  };
}
