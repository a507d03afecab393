// Runs the report schedules against the durable record: which periods are due comes from the zone's calendar
// and job_runs, never from a timer having fired. Each due period, oldest first, is rendered, then claimed
// together with its outbox rows in ONE transaction (a second process loses the claim and sends nothing), then
// delivered. A manual "send now" uses its own job name, so it never marks the scheduled period as done.
import type { IsoDate, Lang } from '../../shared/analytics-types';
import { readSection, readSettings } from '../settings';
import { deliverOutbox, settleRun, type DeliveryResult, type StoredMessage } from '../mail/outbox-delivery';
import { weekWorkbook, type RunExport } from './week-workbook';
import { attachReportPdfs, wantsPdf, type PdfNote, type PdfSource } from './report-pdf-attach';
import type { Mailer } from '../mail/mailer';
import { renderReport, type RenderReportInput, type RenderedReport } from '../reports/render-report';
import { renderStaleNotice } from '../reports/stale-notice';
import { lateNoticeLine } from '../reports/late-notice';
import { withReportLines } from '../reports/report-lines';
import { parseRecipients, type Recipient } from '../settings/sections/reports';
import { scheduledReportJob } from '../settings/report-enablement';
import type { Db } from '../store/open-store';
import {
  claimJobRun,
  getJobRun,
  listJobRuns,
  markDisabled,
  markEnabled,
  recordedPeriods,
} from '../store/repos/job-runs-repo';
import { getOutboxRow, insertOutboxRows, requeueForResend } from '../store/repos/outbox-repo';
import { msg } from '../../shared/i18n';
import { LocalizedError } from '../../shared/i18n/localized-error';
import {
  dueOccurrences,
  nextOccurrence,
  type Occurrence,
  type ReportKind,
  type ScheduleSpec,
} from './calendar';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
export const REPORT_KINDS: readonly ReportKind[] = ['daily', 'weekly'];

export const scheduledJob = (kind: ReportKind) => scheduledReportJob(kind);
export const manualJob = (kind: ReportKind) => `report.${kind}.manual`;
/** Marks a period held back for stale data (its first hold, with its due time): still reported once held too long. */
export const heldJob = (kind: ReportKind) => `report.${kind}.held`;

export interface ReportRunnerDeps {
  db: Db;
  now: () => number;
  /** the mailer from the settings; throws MailConfigError when they cannot send */
  mailer: () => Promise<Mailer>;
  /** renders a report (in the worker when there is one); default: here */
  render?: (input: RenderReportInput) => Promise<RenderedReport>;
  /** brings the data up to date (a sync) when a report would be stale */
  refreshData?: () => Promise<void>;
  /** runs an export (the weekly workbook) on the task runner: the worker in the app, inline in the CLI */
  runExport: RunExport;
  /** the app's version, shown in the attached workbook's About sheet */
  version?: string;
  /** prints the report PDFs (reports.*.attachPdf): Electron in the app, Chromium under serve and the CLI */
  pdf?: PdfSource;
}

export type PeriodOutcome = 'queued' | 'skipped' | 'held' | 'notice' | 'taken' | 'no-recipients';

export interface DueRunResult {
  job: string;
  periodKey: IsoDate;
  dueAt: number;
  outcome: PeriodOutcome;
}

export interface RunDueResult {
  periods: DueRunResult[];
  delivery: DeliveryResult;
  /** set when the mail settings cannot send: nothing was claimed */
  mailError?: unknown;
}

export function scheduleSpecs(
  db: Db,
): { kind: ReportKind; spec: ScheduleSpec; enabled: boolean; recipients: string }[] {
  const s = readSection(db, 'reports');
  return [
    {
      kind: 'daily',
      spec: { kind: 'daily', time: s.daily.time },
      enabled: s.daily.enabled,
      recipients: s.daily.recipients,
    },
    {
      kind: 'weekly',
      spec: { kind: 'weekly', time: s.weekly.time, isoWeekday: s.weekly.weekday },
      enabled: s.weekly.enabled,
      recipients: s.weekly.recipients,
    },
  ];
}

function renderer(deps: ReportRunnerDeps) {
  return deps.render ?? ((input: RenderReportInput) => renderReport({ db: deps.db }, input));
}

/** Every due period of every enabled schedule (catch-up included), oldest first per job, then the outbox. */
export async function runDueReports(deps: ReportRunnerDeps): Promise<RunDueResult> {
  const { db } = deps;
  const now = deps.now();
  const app = readSettings(db);
  const reports = readSection(db, 'reports');
  const work: { kind: ReportKind; occ: Occurrence; recipients: Recipient[] }[] = [];
  for (const s of scheduleSpecs(db)) {
    const job = scheduledJob(s.kind);
    if (!s.enabled) {
      markDisabled(db, job);
      continue;
    }
    // Saving the setting stamps it (settings/report-enablement.ts); this stamps a schedule switched on by an older
    // version or a hand-edited row, at its first check.
    const enabledAt = markEnabled(db, job, now);
    const due = dueOccurrences({
      spec: s.spec,
      timeZone: app.analytics.timeZone,
      now,
      catchUpDays: reports.catchUpDays,
      enabledAt,
    });
    const done = recordedPeriods(
      db,
      job,
      due.map((o) => o.periodKey),
    );
    const recipients = parseRecipients(s.recipients, app.ui.language) ?? [];
    for (const occ of due) if (!done.has(occ.periodKey)) work.push({ kind: s.kind, occ, recipients });
    // Held periods whose catch-up window closed while nothing checked: their notice is still owed.
    for (const occ of heldOutOfWindow(db, s.kind, due)) work.push({ kind: s.kind, occ, recipients });
  }
  work.sort((a, b) => a.occ.dueAt - b.occ.dueAt);

  const periods: DueRunResult[] = [];
  let mailer: Mailer | null = null;
  let mailError: unknown;
  try {
    mailer = await deps.mailer();
  } catch (err) {
    mailError = err;
  }
  for (const w of work) {
    const job = scheduledJob(w.kind);
    const base = { job, periodKey: w.occ.periodKey, dueAt: w.occ.dueAt };
    if (w.recipients.length === 0) {
      claimJobRun(db, {
        job,
        periodKey: w.occ.periodKey,
        now: deps.now(),
        status: 'skipped',
        detail: { reason: 'no-recipients' },
      });
      periods.push({ ...base, outcome: 'no-recipients' });
      continue;
    }
    // Without a working mailer nothing is claimed: the periods stay due and go out once the settings are fixed.
    if (!mailer) break;
    const spec = scheduleSpecs(db).find((s) => s.kind === w.kind)!.spec;
    const retryUntil = Math.max(
      nextOccurrence(spec, app.analytics.timeZone, w.occ.dueAt).dueAt,
      deps.now() + HOUR_MS,
    );
    const outcome = await queuePeriod(deps, {
      kind: w.kind,
      periodKey: w.occ.periodKey,
      claimKey: w.occ.periodKey,
      recipients: w.recipients,
      job,
      retryUntil,
      scheduled: true,
      dueAt: w.occ.dueAt,
      holdUntil: w.occ.dueAt + reports.catchUpDays * DAY_MS,
    });
    periods.push({ ...base, outcome: outcome.outcome });
  }
  const delivery = mailer
    ? await deliverOutbox(db, { send: mailer.send, from: mailer.from, now: deps.now })
    : { sent: 0, retry: 0, failed: 0 };
  return { periods, delivery, ...(mailError === undefined ? {} : { mailError }) };
}

interface QueueRequest {
  kind: ReportKind;
  periodKey: IsoDate;
  /** job_runs' period key: the period itself for a scheduled run, made unique for a manual one */
  claimKey: string;
  recipients: Recipient[];
  job: string;
  retryUntil: number;
  /** scheduled runs honour sendWhenEmpty and holdWhenStale; a person's "send now" sends what they asked for */
  scheduled: boolean;
  /** scheduled: when the period was due, and until when a stale report may be held back (its catch-up window) */
  dueAt?: number;
  holdUntil?: number;
}

/** Renders per language, then claims the period and writes its outbox rows in one transaction. */
export async function queuePeriod(
  deps: ReportRunnerDeps,
  req: QueueRequest,
): Promise<{ outcome: PeriodOutcome; runId: number | null }> {
  const { db } = deps;
  const app = readSettings(db);
  const reports = readSection(db, 'reports');
  const render = renderer(deps);
  const langs = [...new Set(req.recipients.map((r) => r.lang))];
  const renderAll = () =>
    Promise.all(
      langs.map((lang) =>
        render({ kind: req.kind, periodKey: req.periodKey, lang, settings: app.analytics }),
      ),
    );
  let rendered = await renderAll();
  if (rendered[0]!.stale && deps.refreshData) {
    await deps.refreshData();
    rendered = await renderAll();
  }
  const first = rendered[0]!;
  // Stale before empty: a period the server has not answered for is "no data yet", never "no bookings" — it is
  // sent with its warning, or held back and then replaced by a notice, but never skipped in silence.
  let notice = false;
  if (req.scheduled && first.stale && reports.holdWhenStale) {
    if (deps.now() < (req.holdUntil ?? 0)) {
      claimJobRun(db, {
        job: heldJob(req.kind),
        periodKey: req.claimKey,
        now: deps.now(),
        status: 'skipped',
        detail: { dueAt: req.dueAt ?? deps.now() },
      });
      return { outcome: 'held', runId: null };
    }
    notice = true;
  }
  if (req.scheduled && !first.stale && first.empty && !reports.sendWhenEmpty) {
    const runId = claimJobRun(db, {
      job: req.job,
      periodKey: req.claimKey,
      now: deps.now(),
      status: 'skipped',
      detail: { reason: 'empty' },
    });
    return { outcome: runId === null ? 'taken' : 'skipped', runId };
  }
  // A scheduled period sent well after its time says so; a held one was late for its data, any other because
  // nothing was running to send it (the scheduler checks every minute while the app or serve runs).
  const wasHeld = req.scheduled && recordedPeriods(db, heldJob(req.kind), [req.claimKey]).has(req.claimKey);
  const lines = (lang: Lang) => ({
    top:
      req.scheduled && req.dueAt !== undefined && !notice
        ? lateNoticeLine(lang, {
            dueAt: req.dueAt,
            sentAt: deps.now(),
            timeZone: app.analytics.timeZone,
            reason: wasHeld ? 'held' : 'closed',
          })
        : null,
    dashboardUrl: reports.dashboardUrl,
  });
  const byLang = new Map<Lang, StoredMessage>(
    langs.map((l, i) => [
      l,
      withReportLines(
        notice
          ? renderStaleNotice({
              kind: req.kind,
              periodKey: rendered[i]!.periodKey,
              lang: l,
              company: rendered[i]!.company ?? '',
              timeZone: rendered[i]!.timeZone ?? app.analytics.timeZone,
              lastSyncedAt: rendered[i]!.lastSyncedAt ?? null,
              catchUpDays: reports.catchUpDays,
            })
          : storable(rendered[i]!),
        l,
        lines(l),
      ),
    ]),
  );
  if (!notice && req.kind === 'weekly' && reports.weekly.attachXlsx) {
    for (const [lang, message] of byLang) {
      message.attachments = [await weeklyAttachment(deps, req.periodKey, lang)];
    }
  }
  const pdfNote: PdfNote | null =
    !notice && wantsPdf(reports, req.kind)
      ? await attachReportPdfs(deps.pdf, { kind: req.kind, periodKey: req.periodKey }, byLang)
      : null;
  const runId = db.transaction((tx) => {
    const txDb = tx as unknown as Db;
    const id = claimJobRun(txDb, {
      job: req.job,
      periodKey: req.claimKey,
      now: deps.now(),
      detail: {
        dataThrough: first.dataThrough,
        stale: first.stale,
        ...(notice ? { notice: true } : {}),
        ...(pdfNote ?? {}),
      },
    });
    if (id === null) return null;
    insertOutboxRows(
      txDb,
      req.recipients.map((r) => ({
        runId: id,
        recipient: r.address,
        lang: r.lang,
        retryUntil: req.retryUntil,
        message: JSON.stringify(byLang.get(r.lang)!),
      })),
      deps.now(),
    );
    return id;
  });
  return { outcome: runId === null ? 'taken' : notice ? 'notice' : 'queued', runId };
}

/** Periods held back for stale data, not sent since, and now outside the due window `due` (oldest first). */
function heldOutOfWindow(db: Db, kind: ReportKind, due: readonly Occurrence[]): Occurrence[] {
  const inWindow = new Set(due.map((o) => o.periodKey));
  const held = listJobRuns(db, heldJob(kind), 1000).filter((r) => r.job === heldJob(kind));
  const done = recordedPeriods(
    db,
    scheduledJob(kind),
    held.map((r) => r.periodKey),
  );
  return held
    .filter((r) => !inWindow.has(r.periodKey) && !done.has(r.periodKey))
    .map((r) => {
      const dueAt = Number((JSON.parse(r.detail ?? '{}') as { dueAt?: number }).dueAt ?? r.startedAt);
      return { periodKey: r.periodKey, dueDay: r.periodKey, dueAt };
    })
    .sort((a, b) => a.dueAt - b.dueAt);
}

function storable(r: RenderedReport): StoredMessage {
  return { subject: r.subject, html: r.html, text: r.text, headers: r.headers, images: r.images };
}

function weeklyAttachment(deps: ReportRunnerDeps, periodKey: IsoDate, lang: Lang) {
  return weekWorkbook(deps.runExport, {
    periodKey,
    lang,
    analytics: readSettings(deps.db).analytics,
    version: deps.version ?? '0.0.0',
    withTrips: readSection(deps.db, 'reports').weekly.attachXlsxTrips,
  });
}

/** "Send now": any report and period, to the schedule's recipients or the given ones; never marks the period. */
export async function sendReportNow(
  deps: ReportRunnerDeps,
  req: { kind: ReportKind; periodKey: IsoDate; recipients?: Recipient[] },
): Promise<{ runId: number; delivery: DeliveryResult }> {
  const mailer = await deps.mailer();
  const app = readSettings(deps.db);
  const configured = scheduleSpecs(deps.db).find((s) => s.kind === req.kind)!;
  const recipients = req.recipients ?? parseRecipients(configured.recipients, app.ui.language) ?? [];
  if (recipients.length === 0) throw new NoRecipientsError();
  const now = deps.now();
  const { runId } = await queuePeriod(deps, {
    kind: req.kind,
    periodKey: req.periodKey,
    // Unique per send: a manual send is its own run, next to (never instead of) the scheduled one.
    claimKey: `${req.periodKey}@${now}`,
    recipients,
    job: manualJob(req.kind),
    retryUntil: now + HOUR_MS,
    scheduled: false,
  });
  if (runId === null) throw new Error('A manual send was claimed twice in the same millisecond; try again.');
  const delivery = await deliverOutbox(deps.db, {
    send: mailer.send,
    from: mailer.from,
    now: deps.now,
    runId,
  });
  return { runId, delivery };
}

/** "Resend" a failed or unknown delivery (a person's decision: an unknown one may already have arrived). */
export async function resendDelivery(deps: ReportRunnerDeps, outboxId: number): Promise<DeliveryResult> {
  const mailer = await deps.mailer();
  const row = getOutboxRow(deps.db, outboxId);
  const run = row ? getJobRun(deps.db, row.runId) : null;
  if (!row || !run) throw new ResendError('not-found');
  let message = row.message;
  if (!message) {
    const kind = run.job.includes('weekly') ? 'weekly' : 'daily';
    const app = readSettings(deps.db);
    const r = await renderer(deps)({
      kind,
      periodKey: run.periodKey.slice(0, 10),
      lang: row.lang === 'en' ? 'en' : 'fr',
      settings: app.analytics,
    });
    const stored = storable(r);
    if (kind === 'weekly' && readSection(deps.db, 'reports').weekly.attachXlsx) {
      stored.attachments = [await weeklyAttachment(deps, r.periodKey, row.lang === 'en' ? 'en' : 'fr')];
    }
    message = JSON.stringify(stored);
  }
  if (!requeueForResend(deps.db, outboxId, message, deps.now() + HOUR_MS, deps.now()))
    throw new ResendError('not-resendable');
  const delivery = await deliverOutbox(deps.db, {
    send: mailer.send,
    from: mailer.from,
    now: deps.now,
    runId: row.runId,
  });
  settleRun(deps.db, row.runId, deps.now());
  return delivery;
}

export class NoRecipientsError extends LocalizedError {
  override name = 'NoRecipientsError';
  readonly kind = 'validation';
  constructor() {
    super(msg('reports.errors.noRecipients'));
  }
}

export class ResendError extends LocalizedError {
  override name = 'ResendError';
  readonly kind = 'validation';
  readonly reason: 'not-found' | 'not-resendable';
  constructor(reason: 'not-found' | 'not-resendable') {
    super(msg(reason === 'not-found' ? 'reports.errors.deliveryNotFound' : 'reports.errors.notResendable'));
    this.reason = reason;
  }
}
