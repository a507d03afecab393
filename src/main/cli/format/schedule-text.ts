// `schedule status` and `run-due` in words a reader uses: "Rapport hebdomadaire — semaine du 16.11 : remis au
// serveur d’e-mail", never the job names (`report.weekly`), the outcome codes (`queued`) or a manual send's
// internal key (`2026-11-16@1763…`). `--json` keeps the codes: scripts read those.
import type { Lang } from '../../../shared/analytics-types';
import { isIsoDate, mondayOf, weekdayOf } from '../../../shared/time';
import type { PeriodOutcome } from '../../schedule/report-runner';
import { formatDateTime, formatDayMonth, t, weekdayName } from '../../reports/report-i18n';

const JOB = /^report\.(daily|weekly)(?:\.(manual|held))?$/;

/** "Rapport quotidien", "Rapport hebdomadaire (envoi manuel)"…; an unknown job name as it is. */
export function jobTitle(lang: Lang, job: string): string {
  const m = JOB.exec(job);
  if (!m) return job;
  const title = t(lang, m[1] === 'daily' ? 'reports.daily.title' : 'reports.weekly.title');
  if (m[2] === 'manual') return t(lang, 'reports.scheduleText.manual', { title });
  if (m[2] === 'held') return t(lang, 'reports.scheduleText.held', { title });
  return title;
}

/** "mardi 10.03" for a day, "semaine du 16.11" for a week; a manual send's `@instant` suffix is dropped. */
export function periodText(lang: Lang, job: string, periodKey: string): string {
  const day = periodKey.slice(0, 10);
  if (!isIsoDate(day)) return periodKey;
  if (JOB.exec(job)?.[1] === 'weekly') {
    return t(lang, 'reports.scheduleText.week', { date: formatDayMonth(lang, mondayOf(day)) });
  }
  return t(lang, 'reports.scheduleText.day', {
    weekday: weekdayName(lang, weekdayOf(day) + 1),
    date: formatDayMonth(lang, day),
  });
}

/** What `run-due` did with a period, as a sentence. */
export function outcomeText(lang: Lang, outcome: PeriodOutcome): string {
  const key = outcome === 'no-recipients' ? 'noRecipients' : outcome;
  return t(lang, `reports.scheduleText.outcomes.${key}`);
}

/** A delivery's state; a retry says when: "nouvel essai le 10.03.2026 09:14". */
export function deliveryStateText(
  lang: Lang,
  state: string,
  nextAttemptAt: number | null | undefined,
  timeZone: string,
): string {
  if (state === 'retry' && nextAttemptAt) {
    return t(lang, 'reports.scheduleText.retryAt', { at: formatDateTime(lang, nextAttemptAt, timeZone) });
  }
  const known = ['pending', 'sending', 'retry', 'sent', 'failed', 'unknown'] as const;
  return (known as readonly string[]).includes(state)
    ? t(lang, `reports.state.${state as (typeof known)[number]}`)
    : state;
}

/** One line of `run-due` or of the latest deliveries: "Rapport quotidien — samedi 14.03 : envoyé". */
export function scheduleLine(lang: Lang, job: string, periodKey: string, outcome: string): string {
  return t(lang, 'reports.scheduleText.line', {
    what: jobTitle(lang, job),
    period: periodText(lang, job, periodKey),
    outcome,
  });
}
