// The Reports screen's API implementation: settings (validated by the 'mail' and 'reports' sections, errors per
// field as catalogue sentences), overview, preview (the e-mail's HTML with the chart inlined for the iframe),
// send now, test e-mail and resend. Sends go through the same runner and outbox as the schedule.
import type { Lang } from '../../shared/analytics-types';
import type {
  DeliveryOutcome,
  ReportPreview,
  ReportsOverview,
  ReportsSettingsResult,
  ReportsSettingsUpdate,
} from '../../shared/contract/reports-schemas';
import { addDays, mondayOf, todayIn } from '../analytics/time-zone';
import { createMailer, sendTestEmail, smtpPassword } from '../mail/mailer';
import { CHART_CID } from '../reports/report-html';
import { renderReport, type RenderReportInput, type RenderedReport } from '../reports/render-report';
import type { ReportKind } from '../schedule/calendar';
import { reportRunnerDeps } from '../schedule/report-deps';
import type { RunExport } from '../schedule/week-workbook';
import { resendDelivery, sendReportNow } from '../schedule/report-runner';
import { scheduleStatus } from '../schedule/schedule-status';
import type { SecretStore } from '../secrets/secret-store';
import { isEmailAddress, mailSettingsSchema, SMTP_PASSWORD_KEY } from '../settings/sections/mail';
import { readMailSettings, readReportsSettings } from '../settings/sections/read-section';
import { parseRecipients, reportsSettingsSchema } from '../settings/sections/reports';
import type { Db } from '../store/open-store';
import { listOutboxHistory } from '../store/repos/outbox-repo';
import { setSetting } from '../store/repos/settings-repo';
import { readSettings } from '../settings';
import { reportFieldMessage } from './report-messages';

export interface ReportApiContext {
  db: Db;
  now: () => number;
  secretStore: SecretStore;
  /** a scheduled check right away (settings changed, so the next run may have moved) */
  pokeScheduler?: () => void;
  /** renders a report off the main thread (the worker task 'reports:render-report'); default: here */
  renderReport?: (input: RenderReportInput) => Promise<RenderedReport>;
  /** runs an export (the weekly workbook) off the main thread; default: here */
  runExport?: RunExport;
  version?: string;
}

function renderIn(ctx: ReportApiContext): (input: RenderReportInput) => Promise<RenderedReport> {
  return ctx.renderReport ?? ((input) => renderReport({ db: ctx.db }, input));
}

function runnerDeps(ctx: ReportApiContext) {
  return reportRunnerDeps({
    db: ctx.db,
    now: ctx.now,
    secrets: ctx.secretStore,
    ...(ctx.renderReport ? { render: ctx.renderReport } : {}),
    ...(ctx.runExport ? { runExport: ctx.runExport } : {}),
    ...(ctx.version ? { version: ctx.version } : {}),
  });
}

class ReportInputError extends Error {
  override name = 'ReportInputError';
  readonly kind = 'validation';
  readonly messages: { fr: string; en: string };
  constructor(fr: string, en: string) {
    super(en);
    this.messages = { fr, en };
  }
}

export async function reportsOverview(ctx: ReportApiContext): Promise<ReportsOverview> {
  const history = listOutboxHistory(ctx.db, 50);
  return {
    mail: { ...readMailSettings(ctx.db), passwordSet: (await smtpPassword(ctx.secretStore, {})) !== null },
    reports: readReportsSettings(ctx.db),
    jobs: scheduleStatus(ctx.db, ctx.now()),
    history,
    failedDeliveries: history.filter((h) => h.state === 'failed' || h.state === 'unknown').length,
  };
}

function issuesOf(prefix: string, error: { issues: { path: PropertyKey[]; message: string }[] }, lang: Lang) {
  return error.issues.map((i) => {
    const field = [prefix, ...i.path.map(String)].join('.');
    return { field, message: reportFieldMessage(i.message, lang) };
  });
}

export async function updateReportsSettings(
  ctx: ReportApiContext,
  input: ReportsSettingsUpdate,
  lang: Lang,
): Promise<ReportsSettingsResult> {
  const mail = mailSettingsSchema.safeParse({ ...readMailSettings(ctx.db), ...(input.mail ?? {}) });
  const current = readReportsSettings(ctx.db);
  const reports = reportsSettingsSchema.safeParse({
    ...current,
    ...(input.reports ?? {}),
    daily: { ...current.daily, ...(input.reports?.daily ?? {}) },
    weekly: { ...current.weekly, ...(input.reports?.weekly ?? {}) },
  });
  const errors = [
    ...(mail.success ? [] : issuesOf('mail', mail.error, lang)),
    ...(reports.success ? [] : issuesOf('reports', reports.error, lang)),
  ];
  if (errors.length > 0 || !mail.success || !reports.success) {
    return { saved: false, errors, overview: await reportsOverview(ctx) };
  }
  const now = ctx.now();
  ctx.db.transaction((tx) => {
    if (input.mail) setSetting(tx as unknown as Db, 'mail', mail.data, now);
    if (input.reports) setSetting(tx as unknown as Db, 'reports', reports.data, now);
  });
  if (input.password !== undefined) {
    if (input.password) await ctx.secretStore.set(SMTP_PASSWORD_KEY, input.password);
    else await ctx.secretStore.delete(SMTP_PASSWORD_KEY);
  }
  ctx.pokeScheduler?.();
  return { saved: true, errors: [], overview: await reportsOverview(ctx) };
}

function defaultPeriod(ctx: ReportApiContext, kind: ReportKind, periodKey: string | undefined): string {
  if (periodKey) return kind === 'weekly' ? mondayOf(periodKey) : periodKey;
  const today = todayIn(readSettings(ctx.db).analytics.timeZone, ctx.now());
  return kind === 'daily' ? addDays(today, -1) : addDays(mondayOf(today), -7);
}

export async function previewReport(
  ctx: ReportApiContext,
  input: { kind: ReportKind; periodKey?: string; lang?: Lang },
  uiLang: Lang,
): Promise<ReportPreview> {
  const periodKey = defaultPeriod(ctx, input.kind, input.periodKey);
  const settings = readSettings(ctx.db).analytics;
  const r = await renderIn(ctx)({ kind: input.kind, periodKey, lang: input.lang ?? uiLang, settings });
  const chart = r.images[0];
  // Only for the app's sandboxed iframe: e-mails never carry data: URIs (Gmail strips them).
  const html = chart ? r.html.replace(`cid:${CHART_CID}`, `data:image/png;base64,${chart.base64}`) : r.html;
  return { periodKey, subject: r.subject, html, text: r.text };
}

export async function sendNow(
  ctx: ReportApiContext,
  input: { kind: ReportKind; periodKey?: string; to?: string },
): Promise<DeliveryOutcome> {
  const lang = readSettings(ctx.db).ui.language;
  let recipients;
  if (input.to !== undefined && input.to.trim() !== '') {
    recipients = parseRecipients(input.to, lang);
    if (!recipients || recipients.length === 0) {
      throw new ReportInputError(
        `Destinataires illisibles « ${input.to} » : attendu a@x.ch ou a@x.ch:en, séparés par des virgules.`,
        `Unreadable recipients "${input.to}": expected a@x.ch or a@x.ch:en, separated by commas.`,
      );
    }
  }
  const deps = runnerDeps(ctx);
  const periodKey = defaultPeriod(ctx, input.kind, input.periodKey);
  const { delivery } = await sendReportNow(deps, {
    kind: input.kind,
    periodKey,
    ...(recipients ? { recipients } : {}),
  });
  return delivery;
}

export async function testEmail(
  ctx: ReportApiContext,
  to: string,
  lang: Lang,
): Promise<{ response: string }> {
  if (!isEmailAddress(to.trim())) {
    throw new ReportInputError(`Adresse invalide « ${to} ».`, `Invalid address "${to}".`);
  }
  const mailer = createMailer(readMailSettings(ctx.db), await smtpPassword(ctx.secretStore));
  try {
    const receipt = await sendTestEmail(mailer, to.trim(), lang);
    return { response: receipt.response };
  } catch (err) {
    const e = err as { response?: string; message?: string };
    const words = e.response ?? e.message ?? String(err);
    throw Object.assign(
      new ReportInputError(`Le serveur SMTP a refusé : ${words}`, `The SMTP server refused: ${words}`),
      {
        kind: 'external',
      },
    );
  }
}

export async function resend(ctx: ReportApiContext, id: number): Promise<DeliveryOutcome> {
  return resendDelivery(runnerDeps(ctx), id);
}
