// When a scheduled report was switched on is recorded when the setting is SAVED (Reports screen, settings API,
// `settings set`), not at the scheduler's first check: enabled at 12:00 with no scheduler running until the next
// morning, that morning's report is due and goes out (it used to be skipped as "due before it was switched on").
// Switching off forgets the stamp, so switching on again never catches up the days it was off.
import type { Db } from '../store/open-store';
import { forgetEnablement, stampEnablement } from '../store/repos/job-runs-repo';
import type { ReportsSettings } from './sections/reports';

export type ScheduledReportKind = 'daily' | 'weekly';

/** The job name under which a scheduled report's runs and enablement are recorded. */
export const scheduledReportJob = (kind: ScheduledReportKind): string => `report.${kind}`;

export function recordReportEnablement(
  db: Db,
  before: ReportsSettings,
  after: ReportsSettings,
  now: number,
): void {
  for (const kind of ['daily', 'weekly'] as const) {
    if (before[kind].enabled === after[kind].enabled) continue;
    if (after[kind].enabled) stampEnablement(db, scheduledReportJob(kind), now);
    else forgetEnablement(db, scheduledReportJob(kind));
  }
}
