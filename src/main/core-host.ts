// The app core behind a stable face, so it can be restarted on another store file (a restored backup) while the
// Electron shell and `serve` keep the same handlers, events and listeners. Calls that arrive during a restart wait
// for it; the store is closed while its file is replaced. Both the shell and serve-app use this, never
// createAppCore directly.
import type { ApiChannel } from '../shared/contract/channels';
import type { RestoreBackupResult } from '../shared/contract/backup-schemas';
import { createApiEvents } from './api/api-events';
import type { ApiHandler, ApiHandlers } from './api/create-api-handlers';
import { API_CHANNELS } from '../shared/contract/channels';
import { backupJson } from './api/backup-handlers';
import { createAppCore, type AppCore, type AppCoreOptions } from './app-core';
import { join, basename } from 'node:path';
import { backupsDirOf, restoreBackup } from './store/backups';
import { currentSyncLease } from './sync/sync-lease';
import type { SettingsChange } from './api/settings-update';
import type { Settings } from './settings';
import { msg } from '../shared/i18n';
import { LocalizedError } from '../shared/i18n/localized-error';

export interface CoreHost extends AppCore {
  /** Stops the core, runs `withStoreClosed`, then starts a new core on the data folder's store. */
  restart<T>(withStoreClosed: () => Promise<T>): Promise<T>;
  /** Restores the named backup (see store/backup-restore.ts) and restarts the core on it. */
  restoreBackup(file: string): Promise<RestoreBackupResult>;
}

type Listener = (change: SettingsChange, settings: Settings) => void;

export function createCoreHost(opts: AppCoreOptions): CoreHost {
  const now = opts.now ?? Date.now;
  const events = opts.events ?? createApiEvents();
  const listeners = new Set<Listener>();
  let started = false;
  let restarting: Promise<void> | null = null;
  let unsubscribe: () => void = () => {};

  const make = (): AppCore => {
    const core = createAppCore({ ...opts, events, restoreBackup: (file) => host.restoreBackup(file) });
    unsubscribe = core.onSettingsChanged((change, s) => {
      for (const l of [...listeners]) l(change, s);
    });
    return core;
  };
  let core = make();

  const handlers = {} as Record<ApiChannel, ApiHandler<ApiChannel>>;
  for (const channel of API_CHANNELS) {
    handlers[channel] = async (input: unknown) => {
      // The restore call itself runs inside the old core and must not wait for its own restart.
      if (restarting && channel !== 'backups:restore-backup') await restarting;
      return (core.handlers[channel] as ApiHandler<ApiChannel>)(input);
    };
  }

  const host: CoreHost = {
    get store() {
      return core.store;
    },
    get syncController() {
      return core.syncController;
    },
    get jobs() {
      return core.jobs;
    },
    scheduler: () => core.scheduler(),
    handlers: handlers as unknown as ApiHandlers,
    events,
    settings: () => core.settings(),
    onSettingsChanged(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    async start() {
      started = true;
      await core.start();
    },
    async stop() {
      started = false;
      if (restarting) await restarting.catch(() => {});
      unsubscribe();
      await core.stop();
    },
    async restart(withStoreClosed) {
      if (restarting) await restarting.catch(() => {});
      let done!: () => void;
      restarting = new Promise<void>((r) => (done = r));
      try {
        unsubscribe();
        await core.stop();
        try {
          return await withStoreClosed();
        } finally {
          // Whatever happened, a core runs again: on the restored store, or on the untouched old one.
          core = make();
          if (started) await core.start();
        }
      } finally {
        restarting = null;
        done();
      }
    },
    async restoreBackup(file) {
      // A sync of another process (a cron `sync`) would go on writing into the replaced file.
      const holder = currentSyncLease(core.store.db);
      if (holder && holder.pid !== process.pid) {
        throw Object.assign(new LocalizedError(msg('backups.syncRunningElsewhere', { pid: holder.pid })), {
          kind: 'already-running',
        });
      }
      // Only a backup of this data folder, by name: never a path chosen through the API.
      const path = join(backupsDirOf(opts.dataDir), basename(file));
      const result = await host.restart(() => restoreBackup(opts.dataDir, path, now()));
      return {
        restoredFrom: result.restoredFrom,
        safetyBackup: result.safetyBackup ? backupJson(result.safetyBackup) : null,
      };
    },
  };
  return host;
}
