// The line a catch-up e-mail starts with: it went out late, by how much and why ("Envoyé avec 2 jours de retard
// (prévu le 16.11.2026 08:00) : l’ordinateur était éteint ou l’application fermée."). Without it a Wednesday
// e-mail about Monday looks like a bug. The scheduler checks every minute while the app (or serve) runs, so a
// period found due long after its time was missed because nothing was running — unless it was held back for
// stale data (reports.holdWhenStale), which the runner knows and says instead.
import type { Lang } from '../../shared/analytics-types';
import { instantToLocalDate } from '../../shared/time';
import { formatDateTime, t } from './report-i18n';

export type LateReason = 'closed' | 'held';

export interface Lateness {
  dueAt: number;
  sentAt: number;
  timeZone: string;
  reason: LateReason;
}

/** Below this a report is on time: a start-up sync or a slow SMTP server is not worth a line. */
export const LATE_AFTER_MS = 3_600_000;

const DAY_MS = 86_400_000;

/** The sentence, or null when the report is on time. */
export function lateNoticeLine(lang: Lang, late: Lateness): string | null {
  const ms = late.sentAt - late.dueAt;
  if (ms < LATE_AFTER_MS) return null;
  // Calendar days in the company's zone: due Monday 08:00, sent Wednesday 07:00 is "2 days", as a reader counts.
  const days = Math.round(
    (Date.parse(instantToLocalDate(late.sentAt, late.timeZone)) -
      Date.parse(instantToLocalDate(late.dueAt, late.timeZone))) /
      DAY_MS,
  );
  const due = formatDateTime(lang, late.dueAt, late.timeZone);
  const delay =
    days === 0
      ? t(lang, 'reports.late.hours', { count: Math.floor(ms / 3_600_000), due })
      : days === 1
        ? t(lang, 'reports.late.oneDay', { due })
        : t(lang, 'reports.late.days', { count: days, due });
  return t(lang, 'reports.late.line', { delay, reason: t(lang, `reports.late.${late.reason}`) });
}
