// Which days a sync reads (pure). The server has no "changed since" (docs/dispatch-api.md#incremental) and
// never says what it deleted, so a sync re-reads whole days: the first one backfills `historyDays` through
// tomorrow (tomorrow's runs are made the day before); later ones re-read the rolling window (`windowDays`
// through tomorrow, where late edits happen) plus every day of the history that was never written completely.
import type { IsoDate } from '../../shared/analytics-types';
import { addDays, isIsoDate, listDays } from '../analytics/time-zone';
import type { SyncSettings } from '../settings';
import { SyncError } from './sync-errors';
import { msg } from '../../shared/i18n';

export interface SyncPlan {
  days: IsoDate[]; // oldest → newest
  kind: 'backfill' | 'incremental' | 'range';
}

export function planSyncDays(opts: {
  today: IsoDate;
  settings: Pick<SyncSettings, 'historyDays' | 'windowDays'>;
  syncedDays: ReadonlySet<IsoDate>;
  from?: IsoDate;
  to?: IsoDate;
}): SyncPlan {
  const { today, settings } = opts;
  if (opts.from !== undefined || opts.to !== undefined) {
    const from = opts.from ?? opts.to!;
    const to = opts.to ?? opts.from!;
    if (!isIsoDate(from) || !isIsoDate(to)) throw badRange(`${from} → ${to}`);
    if (from > to) throw badRange(`${from} > ${to}`);
    return { days: listDays(from, to), kind: 'range' };
  }
  const tomorrow = addDays(today, 1);
  const historyFrom = addDays(today, -(Math.max(1, settings.historyDays) - 1));
  const windowFrom = addDays(today, -(Math.max(1, settings.windowDays) - 1));
  const history = listDays(historyFrom, tomorrow);
  const missing = history.filter((d) => !opts.syncedDays.has(d));
  if (missing.length === history.length) return { days: history, kind: 'backfill' };
  const wanted = new Set([
    ...missing,
    ...listDays(windowFrom < historyFrom ? historyFrom : windowFrom, tomorrow),
  ]);
  return { days: history.filter((d) => wanted.has(d)), kind: 'incremental' };
}

function badRange(detail: string): SyncError {
  return new SyncError('config', msg('sync.errors.badRange', { detail }));
}
