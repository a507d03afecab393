// The Reports screen's API implementation: settings (the 'mail' and 'reports' sections, through the one settings
// validation and write; errors per field as catalogue sentences), overview, preview (the e-mail's HTML with the
// chart inlined for the iframe), send now, test e-mail and resend. Sends go through the same runner and outbox as the schedule.
import type { Lang } from '../../shared/analytics-types';
import type {
  DeliveryOutcome,
  ReportPreview,
  ReportsOverview,
  ReportsSettingsResult,
  ReportsSettingsUpdate,
} from '../../shared/contract/reports-schemas';
import { addDays, mondayOf, todayIn } from '../../shared/time';
import { createMailer, sendTestEmail, smtpPassword } from '../mail/mailer';
import { MailSendError } from '../mail/send-failure';
import { CHART_CID } from '../reports/report-html';
import { renderReport, type RenderReportInput, type RenderedReport } from '../reports/render-report';
import type { ReportKind } from '../schedule/calendar';
import { pdfSettingWarning, reportRunnerDeps, type PrintPdf } from '../schedule/report-deps';
import type { RunExport } from '../schedule/week-workbook';
import { resendDelivery, sendReportNow } from '../schedule/report-runner';
import { scheduleStatus } from '../schedule/schedule-status';
import type { SecretStore } from '../secrets/secret-store';
import { createInlineRunner } from '../worker/inline-runner';
import { serverPasswords } from '../secrets/server-password';
import { smtpPasswords } from '../secrets/smtp-password';
import {
  applySettingsPatch,
  readSection,
  readSettings,
  settingsMessageText,
  type SettingsChange,
  type SettingsErrors,
} from '../settings';
import { isEmailAddress } from '../settings/sections/mail';
import { parseRecipients } from '../settings/sections/reports';
import type { PdfRenderer } from '../reports/report-pdf';
import type { Db } from '../store/open-store';
import { listOutboxHistory } from '../store/repos/outbox-repo';
import { msg, translateMessage, type MessageKey, type MessageParams } from '../../shared/i18n';
import { LocalizedError } from '../../shared/i18n/localized-error';

export interface ReportApiContext {
  db: Db;
  now: () => number;
  secretStore: SecretStore;
  /** told after a settings change is saved (the scheduler re-plans: the next run may have moved) */
  onSettingsChanged?: (change: SettingsChange) => void | Promise<void>;
  /** renders a report off the main thread (the worker task 'reports:render-report'); default: here */
  renderReport?: (input: RenderReportInput) => Promise<RenderedReport>;
  /** runs an export (the weekly workbook) on the jobs' runner; default: the inline task runner */
  runExport?: RunExport;
  version?: string;
  /** prints report PDFs in the desktop app (Electron); absent: a Chromium from the settings */
  pdfRenderer?: PdfRenderer;
  /** drives that Chromium from the jobs' worker (app-core); default: from this thread */
  printPdf?: PrintPdf;
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
    runExport: ctx.runExport ?? inlineExports(ctx),
    ...(ctx.version ? { version: ctx.version } : {}),
    ...(ctx.pdfRenderer ? { pdf: ctx.pdfRenderer } : {}),
    ...(ctx.printPdf ? { printPdf: ctx.printPdf } : {}),
  });
}

/** Without the app's jobs (an API built for a test): the export task on the inline runner, on this store. */
function inlineExports(ctx: ReportApiContext): RunExport {
  const runner = createInlineRunner({ db: ctx.db, path: ctx.db.$client.name }, ctx.now);
  return (input) => runner.runTask('exports:write-file', input);
}

class ReportInputError extends LocalizedError {
  override name = 'ReportInputError';
  readonly kind: 'validation' | 'external';
  constructor(key: MessageKey, params?: MessageParams, kind: 'validation' | 'external' = 'validation') {
    super(msg(key, params));
    this.kind = kind;
  }
}

export async function reportsOverview(ctx: ReportApiContext): Promise<ReportsOverview> {
  const history = listOutboxHistory(ctx.db, 50);
  const mail = readSection(ctx.db, 'mail');
  return {
    // Saved for the server and user shown: one saved for another server does not count.
    mail: { ...mail, passwordSet: (await smtpPassword(ctx.secretStore, mail, {})) !== null },
    reports: readSection(ctx.db, 'reports'),
    jobs: scheduleStatus(ctx.db, ctx.now()),
    history,
    failedDeliveries: history.filter((h) => h.state === 'failed' || h.state === 'unknown').length,
  };
}

/** The screen's nested form as the settings' dotted keys ('mail.port', 'reports.daily.time'). */
function patchOf(input: ReportsSettingsUpdate): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  const walk = (prefix: string, obj: object | undefined) => {
    for (const [key, value] of Object.entries(obj ?? {})) {
      if (value === undefined) continue;
      if (typeof value === 'object' && value !== null) walk(`${prefix}${key}.`, value);
      else patch[`${prefix}${key}`] = value;
    }
  };
  walk('mail.', input.mail);
  walk('reports.', input.reports);
  return patch;
}

function fieldErrorsOf(errors: SettingsErrors, lang: Lang) {
  return Object.entries(errors).map(([field, msg]) => ({ field, message: settingsMessageText(lang, msg) }));
}

/**
 * The same validation and write as the Settings screen and `settings set` (src/main/settings/apply-settings.ts),
 * the SMTP password included: it is saved for the server and user the form names, and a change of those asks
 * for it again. Nothing is stored when a field is refused, the password included.
 */
export async function updateReportsSettings(
  ctx: ReportApiContext,
  input: ReportsSettingsUpdate,
  lang: Lang,
): Promise<ReportsSettingsResult> {
  const patch = patchOf(input);
  const refused = async (errors: SettingsErrors) => ({
    saved: false,
    errors: fieldErrorsOf(errors, lang),
    overview: await reportsOverview(ctx),
  });
  const applied = await applySettingsPatch(
    {
      db: ctx.db,
      passwords: serverPasswords(ctx.secretStore),
      smtpPasswords: smtpPasswords(ctx.secretStore),
      now: ctx.now(),
      lang,
    },
    patch,
    input.password !== undefined ? { smtpPassword: input.password } : {},
  );
  if (!applied.ok) return refused(applied.errors);
  // The scheduler re-plans (a new time or recipients), as after the Settings screen.
  await ctx.onSettingsChanged?.(applied.change);
  // The desktop app prints PDFs itself; under serve a PDF asked for without a Chromium is said now.
  const warning = ctx.pdfRenderer ? null : await pdfSettingWarning(ctx.db);
  return {
    saved: true,
    errors: [],
    overview: await reportsOverview(ctx),
    ...(warning ? { warning: translateMessage(lang, warning) } : {}),
  };
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
      throw new ReportInputError('reports.errors.badRecipients', { value: input.to });
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
    throw new ReportInputError('reports.errors.badAddress', { value: to });
  }
  const mail = readSection(ctx.db, 'mail');
  const mailer = createMailer(mail, await smtpPassword(ctx.secretStore, mail));
  try {
    const receipt = await sendTestEmail(mailer, to.trim(), lang);
    return { response: receipt.response };
  } catch (err) {
    throw new MailSendError(err, mail);
  }
}

export async function resend(ctx: ReportApiContext, id: number): Promise<DeliveryOutcome> {
  return resendDelivery(runnerDeps(ctx), id);
}
