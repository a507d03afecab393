// Which OS notifications the desktop app shows, as plain logic (no electron import; the shell shows them and
// opens the notice's screen on click). Three kinds of event, each shown at most once per `minIntervalMs` (an
// hour by default) however often it recurs:
//   delivery-failed  a report delivery newly failed or "unknown" (may have arrived: Resend decides)  → Reports
//   sync-failing     the sync has been failing for longer than shell.syncFailingNoticeMinutes       → Dashboard
//   report-held      a scheduled report is overdue while reports.holdWhenStale holds stale data back → Reports
// Everything is read from what the API already answers (the reports overview, the sync state).
import type { Lang } from '../../shared/analytics-types';
import type { DeliveryView, ReportsOverview } from '../../shared/contract/reports-schemas';
import type { AppScreen } from '../../shared/contract/navigation-schemas';
import { translate } from '../../shared/i18n';
import { addDays } from '../../shared/time';

export type NoticeKind = 'delivery-failed' | 'sync-failing' | 'report-held';
/** the screen a notice's click opens: one of the contract's screens */
export type NoticeScreen = Extract<AppScreen, 'reports' | 'dashboard'>;

export interface Notice {
  kind: NoticeKind;
  title: string;
  body: string;
  /** the screen a click opens */
  screen: NoticeScreen;
}

export interface NoticeInputs {
  lang: Lang;
  now: number;
  overview: Pick<ReportsOverview, 'jobs' | 'history' | 'reports'> | null;
  /** when the current run of failed syncs began (null: the last sync succeeded) */
  syncFailingSince: number | null;
  /** how long the sync may fail before the notice (shell.syncFailingNoticeMinutes); else the watcher's option */
  syncFailingAfterMs?: number;
}

export interface NoticeWatcherOptions {
  /** deliveries that failed before this instant were known before the app started: not announced */
  startedAt: number;
  syncFailingAfterMs?: number;
  minIntervalMs?: number;
  /** how long after its due time a report counts as held back (a catch-up run may still be on its way) */
  heldAfterMs?: number;
}

export const HOUR_MS = 3_600_000;
const FAILED: ReadonlySet<DeliveryView['state']> = new Set(['failed', 'unknown']);

export function createNoticeWatcher(opts: NoticeWatcherOptions): { check(inputs: NoticeInputs): Notice[] } {
  const defaultSyncFailingAfterMs = opts.syncFailingAfterMs ?? 30 * 60_000;
  const minIntervalMs = opts.minIntervalMs ?? HOUR_MS;
  const heldAfterMs = opts.heldAfterMs ?? 15 * 60_000;
  const announced = new Set<number>();
  const lastShown = new Map<NoticeKind, number>();

  function newFailures(history: DeliveryView[]): DeliveryView[] {
    const fresh = history.filter(
      (d) => FAILED.has(d.state) && d.updatedAt >= opts.startedAt && !announced.has(d.id),
    );
    for (const d of fresh) announced.add(d.id);
    return fresh;
  }

  return {
    check({ lang, now, overview, syncFailingSince, syncFailingAfterMs = defaultSyncFailingAfterMs }) {
      const t = (key: string, params?: Record<string, string | number>) =>
        translate(lang, `shell.notices.${key}` as Parameters<typeof translate>[1], params);
      const candidates: Notice[] = [];

      const failures = overview ? newFailures(overview.history) : [];
      if (failures.length > 0) {
        const unknown = failures.every((d) => d.state === 'unknown');
        candidates.push({
          kind: 'delivery-failed',
          title: t(unknown ? 'deliveryUnknownTitle' : 'deliveryFailedTitle'),
          body: t('deliveryBody', { count: failures.length, recipient: failures[0]!.recipient }),
          screen: 'reports',
        });
      }
      if (syncFailingSince !== null && now - syncFailingSince >= syncFailingAfterMs) {
        candidates.push({
          kind: 'sync-failing',
          title: t('syncFailingTitle'),
          body: t('syncFailingBody', { minutes: Math.floor((now - syncFailingSince) / 60_000) }),
          screen: 'dashboard',
        });
      }
      const held = overview ? heldJobs(overview, now, heldAfterMs) : [];
      if (held.length > 0) {
        candidates.push({
          kind: 'report-held',
          title: t('reportHeldTitle'),
          body: t('reportHeldBody', { period: held[0]!.periodKey }),
          screen: 'reports',
        });
      }

      // At most one per kind per interval: a failure that recurs every minute must not flood the desktop.
      return candidates.filter((n) => {
        const last = lastShown.get(n.kind);
        if (last !== undefined && now - last < minIntervalMs) return false;
        lastShown.set(n.kind, now);
        return true;
      });
    },
  };
}

/**
 * The enabled schedules whose last due period was not run, `heldAfterMs` after it was due, while stale data is
 * held back (reports.holdWhenStale): such a period is recorded nowhere, so it shows as a gap before `next`.
 */
export function heldJobs(
  overview: Pick<ReportsOverview, 'jobs' | 'reports'>,
  now: number,
  heldAfterMs: number,
): { job: string; periodKey: string }[] {
  if (!overview.reports.holdWhenStale) return [];
  const out: { job: string; periodKey: string }[] = [];
  for (const j of overview.jobs) {
    // A schedule that never ran yet was just switched on: its earlier periods are never due.
    if (!j.enabled || !j.next || !j.last) continue;
    const step = j.kind === 'daily' ? 1 : 7;
    const dueKey = addDays(j.next.periodKey, -step);
    const dueAt = Date.parse(j.next.at) - step * 24 * HOUR_MS;
    if (j.last.periodKey < dueKey && now - dueAt >= heldAfterMs) out.push({ job: j.job, periodKey: dueKey });
  }
  return out;
}

/** The settings' threshold for the sync-failing notice, in ms (read at each check: a change applies at once). */
export function syncFailingAfterMsOf(shell: { syncFailingNoticeMinutes: number }): number {
  return shell.syncFailingNoticeMinutes * 60_000;
}
