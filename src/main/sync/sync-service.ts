// One sync: plan the days, read each from the server (several in flight), write each day in its own
// transaction (the day writer also marks it synced, so a killed sync leaves whole days or nothing), then
// recompute the analytics of the touched days. Plain Node: db, client, clock and settings are passed in.
import type { AnalyticsSettings, IsoDate } from '../../shared/analytics-types';
import { readSection, type SyncSettings } from '../settings';
import type { Db } from '../store/open-store';
import { aggregateDays } from '../aggregation/aggregate-service';
import { todayIn } from '../../shared/time';
import { writeDayBatch, DayBatchError } from '../store/repos/day-batch-repo';
import { getCompany, upsertCompany } from '../store/repos/company-repo';
import { upsertDrivers } from '../store/repos/drivers-repo';
import { finishSyncLog, listSyncedDays, startSyncLog } from '../store/repos/sync-state-repo';
import type { CompanyRecord, DayBatch } from '../domain/records';
import type { AtmrClient } from './atmr-client';
import type { RetryNotice } from './retry-policy';
import { orderedPrefetch } from './ordered-prefetch';
import { planSyncDays } from './sync-plan';
import { alreadyRunningError, cancelledError, isSyncError, SyncError, SyncPayloadError } from './sync-errors';
import { PendingAggregation } from './pending-aggregation';
import { fetchDayBatch, priorDaysOf } from './day-batch-fetch';
import { closeInterruptedSyncs } from './interrupted-syncs';
import { msg } from '../../shared/i18n';
import { acquireSyncLease, type SyncLeaseOptions } from './sync-lease';

export interface SyncProgressEvent {
  phase: 'planning' | 'company' | 'drivers' | 'runs' | 'day' | 'aggregate' | 'done';
  dayIndex: number;
  dayCount: number;
  day: IsoDate | null;
  bookingsSoFar: number;
  /** set while a request waits to be tried again (the sync is still at this point); absent otherwise */
  retrying?: RetryNotice;
}

/** What the store holds before the sync, as far as `acceptCompany` needs it. */
export interface StoredCompany {
  id: number;
  name: string;
}

export interface SyncResult {
  status: 'success' | 'cancelled';
  kind: 'backfill' | 'incremental' | 'range';
  from: IsoDate | null;
  to: IsoDate | null;
  daysPlanned: number;
  daysSynced: number;
  bookingsSynced: number;
  /** bookings newly marked deleted because the server no longer lists them */
  bookingsDeleted: number;
  daysAggregated: number;
  logId: number;
}

export interface SyncServiceOptions {
  db: Db;
  /** a ready client, or a factory called at each run (e.g. to read the saved server profile) */
  client?: AtmrClient;
  clientFactory?: () => AtmrClient | Promise<AtmrClient>;
  now: () => number;
  /** sync settings; default: the 'sync' setting of the store, then the defaults */
  settings?: Partial<SyncSettings> | (() => Partial<SyncSettings>);
  /** analytics settings for the recomputation; default: the 'analytics' setting of the store */
  analytics?: AnalyticsSettings | (() => AnalyticsSettings);
  /** the company's zone; default: the analytics settings' zone */
  timeZone?: string;
  onProgress?: (p: SyncProgressEvent) => void;
  /** the cross-process lease's options (tests); default: this process, the real clock */
  lease?: SyncLeaseOptions;
}

export interface SyncRunOptions {
  from?: IsoDate;
  to?: IsoDate;
  signal?: AbortSignal;
  onProgress?: (p: SyncProgressEvent) => void;
  /**
   * Called once the server's company is known, before anything is written: throw to refuse the sync (e.g. the
   * store holds another company), or make room for it. Default: accept.
   */
  acceptCompany?: (server: CompanyRecord, stored: StoredCompany | null) => void | Promise<void>;
}

export interface SyncService {
  run(opts?: SyncRunOptions): Promise<SyncResult>;
  isRunning(): boolean;
}

// One sync per database file in this process: two would write the same days and fight over the log.
const running = new Set<string>();

export function createSyncService(options: SyncServiceOptions): SyncService {
  const { db } = options;
  const lockKey = db.$client.name;

  function syncSettings(): SyncSettings {
    const given = typeof options.settings === 'function' ? options.settings() : options.settings;
    return { ...readSection(db, 'sync'), ...given };
  }

  function analyticsSettings(): AnalyticsSettings {
    if (options.analytics)
      return typeof options.analytics === 'function' ? options.analytics() : options.analytics;
    return readSection(db, 'analytics');
  }

  async function run(runOpts: SyncRunOptions = {}): Promise<SyncResult> {
    if (running.has(lockKey)) throw alreadyRunningError();
    // Another process (the app, `serve`, a cron `sync`) may sync this data folder: the lease says who does.
    const lease = acquireSyncLease(db, options.lease);
    running.add(lockKey);
    try {
      return await runLocked(runOpts);
    } finally {
      running.delete(lockKey);
      lease.release();
    }
  }

  async function runLocked(runOpts: SyncRunOptions): Promise<SyncResult> {
    const { signal } = runOpts;
    let lastProgress: SyncProgressEvent | null = null;
    const emit = (p: SyncProgressEvent) => {
      if (!p.retrying) lastProgress = p;
      options.onProgress?.(p);
      runOpts.onProgress?.(p);
    };
    // A retry keeps the sync where it is: the last event again, with what is being retried.
    const onRetry = (retrying: RetryNotice) => {
      if (lastProgress) emit({ ...lastProgress, retrying });
    };
    const call = { signal, onRetry };
    const analytics = analyticsSettings();
    const timeZone = options.timeZone ?? analytics.timeZone;
    const settings = syncSettings();
    const today = todayIn(timeZone, options.now());
    const planFor = (companyId: number | null) =>
      planSyncDays({
        today,
        settings,
        syncedDays: new Set(companyId === null ? [] : listSyncedDays(db, companyId).keys()),
        from: runOpts.from,
        to: runOpts.to,
      });

    emit({ phase: 'planning', dayIndex: 0, dayCount: 0, day: null, bookingsSoFar: 0 });
    const storedCompany = getCompany(db);
    let plan = planFor(storedCompany?.id ?? null);
    const client = options.client ?? (await options.clientFactory?.());
    if (!client) throw new SyncError('config', msg('sync.errors.noServer'));
    closeInterruptedSyncs(db, options.now());
    const logId = startSyncLog(db, {
      startedAt: options.now(),
      server: client.baseUrl,
      fromDay: plan.days[0] ?? null,
      toDay: plan.days[plan.days.length - 1] ?? null,
    });

    const pending = new PendingAggregation(db, options.now);
    const toAggregate = new Set<IsoDate>();
    let companyId: number | null = null;
    let daysSynced = 0;
    let bookingsSynced = 0;
    let bookingsDeleted = 0;
    let daysAggregated = 0;
    let cancelled = false;
    let failure: unknown = null;
    const payloadErrors: SyncPayloadError[] = [];

    try {
      emit({ phase: 'company', dayIndex: 0, dayCount: plan.days.length, day: null, bookingsSoFar: 0 });
      const company = await client.getCompany(call);
      await runOpts.acceptCompany?.(
        company,
        storedCompany ? { id: storedCompany.id, name: storedCompany.name } : null,
      );
      companyId = company.id;
      // acceptCompany may have cleared the store: plan again from what it holds now.
      if (company.id !== storedCompany?.id || runOpts.acceptCompany) plan = planFor(company.id);
      // Days a killed or failed sync wrote but never aggregated.
      for (const d of pending.daysFor(company.id)) toAggregate.add(d);
      upsertCompany(db, company, { now: options.now(), timeZone });

      emit({ phase: 'drivers', dayIndex: 0, dayCount: plan.days.length, day: null, bookingsSoFar: 0 });
      upsertDrivers(db, company.id, await client.getDrivers(call), options.now());

      const days = plan.days;
      if (days.length > 0) {
        emit({ phase: 'runs', dayIndex: 0, dayCount: days.length, day: null, bookingsSoFar: 0 });
        const runs = await client.listRuns({ until: days[0]!, ...call });
        const runIdByDay = new Map<IsoDate, number>();
        // At most one run per company-day on the server; keep the newest id if the list ever says otherwise.
        for (const r of runs) runIdByDay.set(r.day, Math.max(r.id, runIdByDay.get(r.day) ?? 0));

        // Recorded before the first write: if this process dies, the next sync aggregates these days.
        pending.add(company.id, days);
        // Aborted when the loop ends, however it ends: fetches still in flight after a failure would otherwise
        // go on retrying and logging in (spending the server's 5 logins a minute) after the sync has returned.
        const stopFetches = new AbortController();
        const dayCall = {
          onRetry,
          signal: signal ? AbortSignal.any([signal, stopFetches.signal]) : stopFetches.signal,
        };
        const prefetch = orderedPrefetch(days, settings.concurrency, (day) =>
          fetchDayBatch(client, company.id, day, runIdByDay.get(day) ?? null, dayCall),
        );
        try {
          for (let i = 0; i < days.length; i++) {
            if (signal?.aborted) throw cancelledError();
            const day = days[i]!;
            let batch: DayBatch;
            try {
              batch = await prefetch.take(i);
            } catch (err) {
              // A day's unreadable data skips that day; an unreadable login would only repeat for every day.
              if (err instanceof SyncPayloadError && err.endpoint !== 'login') {
                payloadErrors.push(err);
                continue;
              }
              throw err;
            }
            if (signal?.aborted) throw cancelledError();
            const movedFrom = priorDaysOf(db, batch);
            if (movedFrom.length > 0) pending.add(company.id, movedFrom);
            let written;
            try {
              written = writeDayBatch(db, batch, { now: options.now(), timeZone });
            } catch (err) {
              if (err instanceof DayBatchError) {
                payloadErrors.push(new SyncPayloadError('reservations', day, '', err.message));
                continue;
              }
              throw err;
            }
            toAggregate.add(day);
            for (const d of movedFrom) toAggregate.add(d);
            for (const b of batch.bookings)
              if (b.scheduledLocal) toAggregate.add(b.scheduledLocal.slice(0, 10));
            daysSynced++;
            bookingsSynced += written.bookings;
            bookingsDeleted += written.deleted;
            emit({
              phase: 'day',
              dayIndex: i + 1,
              dayCount: days.length,
              day,
              bookingsSoFar: bookingsSynced,
            });
          }
        } finally {
          prefetch.stop();
          stopFetches.abort();
        }
      }
    } catch (err) {
      if (isSyncError(err) && err.kind === 'cancelled') cancelled = true;
      else failure = err;
    }

    // Whatever happened, the days written so far get their analytics: the store stays consistent.
    if (companyId !== null && toAggregate.size > 0) {
      emit({
        phase: 'aggregate',
        dayIndex: daysSynced,
        dayCount: plan.days.length,
        day: null,
        bookingsSoFar: bookingsSynced,
      });
      try {
        daysAggregated = aggregateDays(db, {
          companyId,
          days: [...toAggregate].sort(),
          now: options.now(),
          settings: analytics,
        }).daysComputed;
        pending.clear(companyId);
      } catch (err) {
        failure ??= err;
      }
    }

    if (failure === null && payloadErrors.length > 0) failure = payloadErrors[0]!;
    const status = failure !== null ? 'failed' : cancelled ? 'cancelled' : 'success';
    finishSyncLog(db, logId, {
      finishedAt: options.now(),
      status,
      daysSynced,
      bookingsSynced,
      error: failure === null ? null : describeFailure(failure, payloadErrors.length),
    });
    if (failure !== null) throw failure;
    emit({
      phase: 'done',
      dayIndex: daysSynced,
      dayCount: plan.days.length,
      day: null,
      bookingsSoFar: bookingsSynced,
    });
    return {
      status: status as 'success' | 'cancelled',
      kind: plan.kind,
      from: plan.days[0] ?? null,
      to: plan.days[plan.days.length - 1] ?? null,
      daysPlanned: plan.days.length,
      daysSynced,
      bookingsSynced,
      bookingsDeleted,
      daysAggregated,
      logId,
    };
  }

  return { run, isRunning: () => running.has(lockKey) };
}

function describeFailure(err: unknown, payloadErrorCount: number): string {
  const text = err instanceof Error ? err.message : String(err);
  return payloadErrorCount > 1 ? `${text} (+${payloadErrorCount - 1} other day(s) unreadable)` : text;
}
