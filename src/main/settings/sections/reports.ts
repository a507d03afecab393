// Settings section 'reports': the two scheduled reports. Times are local wall-clock 'HH:MM' in the company's
// zone (the analytics time-zone setting); recipients a comma-separated list of `address` or `address:lang`.
// Numbers are coerced: the Reports screen sends what its inputs hold ("587"), `settings set` sends numbers.
import { z } from 'zod';
import type { Lang } from '../../../shared/analytics-types';
import { booleanField } from '../field-rules';
import { isEmailAddress } from './mail';

export interface Recipient {
  address: string;
  lang: Lang;
}

/** `a@x.ch, b@y.ch:en` → recipients; null when one entry is not an address (optionally `:fr`/`:en`). */
export function parseRecipients(text: string, defaultLang: Lang): Recipient[] | null {
  const out: Recipient[] = [];
  const seen = new Set<string>();
  for (const raw of text.split(/[,;\n]/)) {
    const entry = raw.trim();
    if (!entry) continue;
    // The pattern matches every non-empty entry, so `m` and `m[1]` are always there; the fallbacks only satisfy
    // the type checker.
    const m = /^(.+?)(?::(fr|en))?$/i.exec(entry);
    // Stryker disable next-line OptionalChaining,StringLiteral: equivalent — m and m[1] always exist (above)
    const address = m?.[1]?.trim() ?? '';
    if (!isEmailAddress(address)) return null;
    const key = address.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ address, lang: (m?.[2]?.toLowerCase() as Lang | undefined) ?? defaultLang });
  }
  return out;
}

const wallTime = (fallback: string) =>
  z
    .string()
    .trim()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'settings.errors.reportTime' })
    .default(fallback);

// Stryker disable next-line StringLiteral: equivalent — only whether the list parses is read, not its languages
const isRecipientList = (v: string) => parseRecipients(v, 'fr') !== null;

const recipients = z.string().refine(isRecipientList, { message: 'settings.errors.recipients' }).default('');

export const reportsSettingsSchema = z.object({
  daily: z
    .object({
      enabled: booleanField(false),
      time: wallTime('08:00'),
      recipients,
      /** attach the same report as an A4 PDF (reports/report-pdf.ts) */
      attachPdf: booleanField(false),
    })
    .default({ enabled: false, time: '08:00', recipients: '', attachPdf: false }),
  weekly: z
    .object({
      enabled: booleanField(false),
      /** 1 = Monday … 7 = Sunday: the day it is sent (it covers the last complete Monday–Sunday week) */
      weekday: z.coerce
        .number({ message: 'settings.errors.weekday' })
        .int({ message: 'settings.errors.weekday' })
        .min(1, { message: 'settings.errors.weekday' })
        .max(7, { message: 'settings.errors.weekday' })
        .default(1),
      time: wallTime('09:00'),
      recipients,
      /** attach the week's workbook (every part, XLSX, in the recipient's language) to the e-mail */
      attachXlsx: booleanField(false),
      /** attach the same report as an A4 PDF (reports/report-pdf.ts) */
      attachPdf: booleanField(false),
      /**
       * the attached workbook's Trips sheet: patients' names, home addresses and facilities, which then leave the
       * office by e-mail. Off: the workbook holds every other part and its About sheet says the trips were left out.
       */
      attachXlsxTrips: booleanField(false),
    })
    .default({
      enabled: false,
      weekday: 1,
      time: '09:00',
      recipients: '',
      attachXlsx: false,
      attachPdf: false,
      attachXlsxTrips: false,
    }),
  catchUpDays: z.coerce
    .number({ message: 'settings.errors.catchUpDays' })
    .int({ message: 'settings.errors.catchUpDays' })
    .min(0, { message: 'settings.errors.catchUpDays' })
    .max(60, { message: 'settings.errors.catchUpDays' })
    .default(7),
  sendWhenEmpty: booleanField(false),
  holdWhenStale: booleanField(false),
  /**
   * The Chromium that draws the PDFs under `serve` and the CLI (the desktop app uses its own); empty: found by
   * itself (/usr/bin/chromium, then Playwright's). reports/chromium-pdf.ts
   */
  chromiumPath: z.string().trim().default(''),
  /**
   * Where a reader of the e-mail opens the dashboard (the office's own stable address, e.g. behind a reverse
   * proxy); '' = no link. Never serve's printed link: its token changes at each start and must not leave the
   * machine by e-mail, so an address carrying a token or a password is refused.
   */
  dashboardUrl: z
    .string()
    .trim()
    .refine((v) => v === '' || isStableDashboardUrl(v), { message: 'settings.errors.dashboardUrl' })
    .default(''),
});

export function isStableDashboardUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  if (url.username || url.password) return false;
  return ![...url.searchParams.keys()].some((k) => /token|code/i.test(k));
}

export type ReportsSettings = z.infer<typeof reportsSettingsSchema>;
