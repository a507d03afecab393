// One sync at a time, started by the UI, the periodic timer or a wake from sleep; progress and the outcome go
// out as events. Plain Node (timers injectable) so the Electron shell and `serve` share it.
import type { Lang } from '../../shared/analytics-types';
import type { ApiError } from '../../shared/contract/channels';
import type { SyncFinished, SyncProgress } from '../../shared/contract/sync-settings-schemas';
import { toApiError } from './api-errors';
import type { ApiEvents } from './api-events';

/** What a sync reports when it ends (the sync service's SyncResult fits it). */
export interface SyncRunOutcome {
  status?: string;
  daysSynced?: number;
  bookingsSynced?: number;
}

export type RunSync = (opts: {
  signal: AbortSignal;
  onProgress: (p: SyncProgress) => void;
}) => Promise<SyncRunOutcome>;

export type SyncTrigger = 'manual' | 'periodic' | 'resume' | 'startup' | 'settings';

export interface SyncControllerState {
  running: boolean;
  progress: SyncProgress | null;
  /** epoch ms of the next periodic sync, null when none is planned */
  nextSyncAt: number | null;
  /** the last sync's failure, null after a success */
  lastError: ApiError | null;
}

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const nodeTimers: Timers = {
  setTimeout: (fn, ms) => {
    const t = setTimeout(fn, ms);
    // The timer alone must not keep a CLI process alive.
    t.unref?.();
    return t;
  },
  clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout),
};

export interface SyncControllerOptions {
  runSync: RunSync;
  events: ApiEvents;
  now: () => number;
  lang: () => Lang;
  /** 0 = no periodic sync */
  intervalMinutes: number;
  /** consulted for automatic syncs (not 'manual'): false skips this one quietly */
  autoSyncAllowed?: (trigger: SyncTrigger) => boolean;
  timers?: Timers;
  log?: (err: unknown) => void;
}

export interface SyncController {
  start(trigger?: SyncTrigger): { started: boolean };
  cancel(): { cancelled: boolean };
  state(): SyncControllerState;
  /** Plans periodic syncs every `intervalMinutes` from now (0 stops them). */
  schedule(intervalMinutes?: number): void;
  /** After sleep: sync now unless one runs, and re-plan the timer. */
  onResume(): void;
  /** Resolves when no sync is running. */
  whenIdle(): Promise<void>;
  /** Stops the timer, cancels a running sync and waits for it to end. */
  stop(): Promise<void>;
}

export function createSyncController(opts: SyncControllerOptions): SyncController {
  const timers = opts.timers ?? nodeTimers;
  let intervalMinutes = opts.intervalMinutes;
  let timer: unknown = null;
  let nextSyncAt: number | null = null;
  let running: { abort: AbortController; done: Promise<void> } | null = null;
  let progress: SyncProgress | null = null;
  let lastError: ApiError | null = null;
  let stopped = false;

  function clearTimer(): void {
    if (timer !== null) timers.clearTimeout(timer);
    timer = null;
    nextSyncAt = null;
  }

  function schedule(minutes: number = intervalMinutes): void {
    intervalMinutes = minutes;
    clearTimer();
    if (stopped || minutes <= 0) return;
    const delay = minutes * 60_000;
    nextSyncAt = opts.now() + delay;
    timer = timers.setTimeout(() => {
      timer = null;
      nextSyncAt = null;
      // A sync still running when the period comes round is simply left to finish; the next period re-plans.
      if (!running) start('periodic');
      else schedule();
    }, delay);
  }

  async function execute(abort: AbortController): Promise<void> {
    let finished: SyncFinished;
    try {
      const outcome = await opts.runSync({
        signal: abort.signal,
        onProgress: (p) => {
          progress = p;
          opts.events.emit('sync:progress', p);
        },
      });
      const cancelled = outcome.status === 'cancelled' || abort.signal.aborted;
      lastError = null;
      finished = {
        status: cancelled ? 'cancelled' : outcome.status === 'failed' ? 'failed' : 'success',
        daysSynced: outcome.daysSynced ?? 0,
        bookingsSynced: outcome.bookingsSynced ?? 0,
        finishedAt: new Date(opts.now()).toISOString(),
        error: null,
      };
    } catch (err) {
      const error = toApiError(err, opts.lang(), opts.log);
      const cancelled = abort.signal.aborted || error.code === 'cancelled';
      lastError = cancelled ? null : error;
      finished = {
        status: cancelled ? 'cancelled' : 'failed',
        daysSynced: 0,
        bookingsSynced: 0,
        finishedAt: new Date(opts.now()).toISOString(),
        error: cancelled ? null : error,
      };
    }
    running = null;
    progress = null;
    opts.events.emit('sync:finished', finished);
    if (!stopped) schedule();
  }

  function start(trigger: SyncTrigger = 'manual'): { started: boolean } {
    if (running || stopped) return { started: false };
    if (trigger !== 'manual' && opts.autoSyncAllowed && !opts.autoSyncAllowed(trigger)) {
      if (trigger === 'periodic') schedule();
      return { started: false };
    }
    const abort = new AbortController();
    progress = null;
    // `running` is set before execute() runs so a second start() in the same tick is refused.
    const slot: { abort: AbortController; done: Promise<void> } = { abort, done: Promise.resolve() };
    running = slot;
    slot.done = Promise.resolve().then(() => execute(abort));
    return { started: true };
  }

  return {
    start,
    cancel() {
      if (!running || running.abort.signal.aborted) return { cancelled: false };
      running.abort.abort();
      return { cancelled: true };
    },
    state: () => ({
      running: running !== null,
      progress,
      // A timer whose sync would be skipped (auto sync off, a seeded store) is no planned sync for the user.
      nextSyncAt: nextSyncAt !== null && opts.autoSyncAllowed?.('periodic') !== false ? nextSyncAt : null,
      lastError,
    }),
    schedule,
    onResume() {
      start('resume');
      if (!running) schedule();
    },
    async whenIdle() {
      while (running) await running.done;
    },
    async stop() {
      stopped = true;
      clearTimer();
      running?.abort.abort();
      while (running) await running.done;
    },
  };
}
