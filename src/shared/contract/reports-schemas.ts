// The Reports screen's part of the API: SMTP and schedule settings, the schedules' next runs, the delivery
// history, a preview, "send now", "send a test e-mail" and "resend". Field rules live in the app (the settings
// sections); here inputs are only shaped, and a rejected field comes back with its catalogue message.
import { z } from 'zod';
import { isoDateSchema as isoDate } from './analytics-schemas';

const numberish = z.union([z.number(), z.string()]);
const reportKind = z.enum(['daily', 'weekly']);

export const reportsSettingsUpdateSchema = z.object({
  mail: z
    .object({ host: z.string(), port: numberish, security: z.string(), user: z.string(), from: z.string() })
    .partial()
    .optional(),
  reports: z
    .object({
      daily: z
        .object({ enabled: z.boolean(), time: z.string(), recipients: z.string(), attachPdf: z.boolean() })
        .partial()
        .optional(),
      weekly: z
        .object({
          enabled: z.boolean(),
          weekday: numberish,
          time: z.string(),
          recipients: z.string(),
          attachXlsx: z.boolean(),
          attachPdf: z.boolean(),
          attachXlsxTrips: z.boolean(),
        })
        .partial()
        .optional(),
      catchUpDays: numberish.optional(),
      sendWhenEmpty: z.boolean().optional(),
      holdWhenStale: z.boolean().optional(),
      chromiumPath: z.string().max(1000).optional(),
      dashboardUrl: z.string().max(2000).optional(),
    })
    .optional(),
  /** the SMTP password: a new one, '' or null to forget it; absent to keep it (write-only) */
  password: z.string().max(1000).nullable().optional(),
});
export type ReportsSettingsUpdate = z.input<typeof reportsSettingsUpdateSchema>;

export const reportPreviewInputSchema = z.object({
  kind: reportKind,
  /** the day (daily) or any day of the week (weekly); default the last complete one */
  periodKey: isoDate.optional(),
  lang: z.enum(['fr', 'en']).optional(),
});

export const reportSendNowInputSchema = z.object({
  kind: reportKind,
  periodKey: isoDate.optional(),
  /** `a@x.ch, b@y.ch:en`; default the report's recipients */
  to: z.string().max(2000).optional(),
});

export const reportTestEmailInputSchema = z.object({ to: z.string().max(320) });
export const reportResendInputSchema = z.object({ id: z.number().int().positive() });

export interface ReportJobView {
  job: string;
  kind: 'daily' | 'weekly';
  enabled: boolean;
  time: string;
  weekday: number | null;
  timeZone: string;
  recipients: string;
  next: { at: string; periodKey: string } | null;
  last: { periodKey: string; status: string; startedAt: string; finishedAt: string | null } | null;
}

export interface DeliveryView {
  id: number;
  runId: number;
  job: string;
  periodKey: string;
  recipient: string;
  lang: string;
  state: 'pending' | 'sending' | 'retry' | 'sent' | 'failed' | 'unknown';
  attempts: number;
  messageId: string | null;
  response: string | null;
  updatedAt: number;
}

export interface ReportsOverview {
  mail: {
    host: string;
    port: number;
    security: 'tls' | 'starttls' | 'none';
    user: string;
    from: string;
    passwordSet: boolean;
  };
  reports: {
    daily: { enabled: boolean; time: string; recipients: string; attachPdf: boolean };
    weekly: {
      enabled: boolean;
      weekday: number;
      time: string;
      recipients: string;
      attachXlsx: boolean;
      attachPdf: boolean;
      /** the attached workbook keeps its Trips sheet (patients' names and addresses) */
      attachXlsxTrips: boolean;
    };
    catchUpDays: number;
    sendWhenEmpty: boolean;
    holdWhenStale: boolean;
    chromiumPath: string;
    /** the stable address the e-mails link to; '' = no link */
    dashboardUrl: string;
  };
  jobs: ReportJobView[];
  history: DeliveryView[];
  /** failed or unknown deliveries among the latest: what the status bar warns about */
  failedDeliveries: number;
}

export interface ReportsSettingsResult {
  saved: boolean;
  /** per field ('mail.port', 'reports.daily.time'…): the sentence to show next to it */
  errors: { field: string; message: string }[];
  overview: ReportsOverview;
  /** saved, but worth a sentence: a PDF is asked for and no Chromium prints it (serve only; the app prints itself) */
  warning?: string;
}

export interface ReportPreview {
  periodKey: string;
  subject: string;
  /** the e-mail's HTML, the chart inlined for the preview only (e-mails carry it as a cid: attachment) */
  html: string;
  text: string;
}

export interface DeliveryOutcome {
  sent: number;
  retry: number;
  failed: number;
}

export const reportsOverviewSchema = z.custom<ReportsOverview>((v) => typeof v === 'object' && v !== null);
export const reportsSettingsResultSchema = z.custom<ReportsSettingsResult>(
  (v) => typeof v === 'object' && v !== null,
);
export const reportPreviewSchema = z.custom<ReportPreview>((v) => typeof v === 'object' && v !== null);
export const deliveryOutcomeSchema = z.object({ sent: z.number(), retry: z.number(), failed: z.number() });
export const testEmailResultSchema = z.object({ response: z.string() });
