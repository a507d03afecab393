// What every command receives: output streams, the clock, the resolved global options and the store. Tests run
// the CLI in-process with their own streams, clock and data folder.
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import type { AnalyticsSettings, IsoDate, Lang } from '../../shared/analytics-types';
import { readSection } from '../settings';
import { openStore, type OpenStoreOptions, type Store } from '../store/open-store';
import { backupIfDue } from '../store/backups';
import { storeContents } from '../store/repos/store-contents-repo';
import { getCompany, type CompanyRow } from '../store/repos/company-repo';
import {
  currentPathEnvironment,
  resolveDataDir,
  storePathIn,
  type PathEnvironment,
} from '../platform/app-paths';
import { parseInstant, todayIn } from '../../shared/time';
import { translate, type MessageKey, type MessageParams } from '../../shared/i18n';
import { errorText } from '../../shared/i18n/localized-error';
import { parseLang } from './cli-args';
import { noDataError, usageError } from './cli-errors';

export interface CliIo {
  /** writes the text as given (add the newline yourself) */
  stdout(text: string): void;
  stderr(text: string): void;
}

export interface CliDeps {
  io: CliIo;
  now: () => number;
  paths: PathEnvironment;
  /** the built worker entry (out/cli/worker.js), told by bin/dispatch-analytics.mjs; absent: jobs run inline */
  workerScript?: string;
  /** the package folder (see app-resources.ts), told by bin/dispatch-analytics.mjs */
  resourcesRoot?: string;
  /** replaceable for tests (e.g. a store whose disk is "full") */
  openStore?: (path: string, options?: OpenStoreOptions) => Store;
}

export function defaultCliDeps(): CliDeps {
  return {
    io: { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) },
    now: nowFromEnvironment(process.env),
    paths: currentPathEnvironment(),
  };
}

/**
 * The clock: DISPATCH_ANALYTICS_NOW=<ISO-8601 instant with offset> makes every command behave as if it were that
 * instant (tests, replays of a schedule); otherwise the real time. A bad value fails the command that reads it.
 */
export function nowFromEnvironment(env: NodeJS.ProcessEnv): () => number {
  const fixed = env.DISPATCH_ANALYTICS_NOW;
  if (!fixed) return () => Date.now();
  const ms = parseInstant(fixed);
  return () => {
    if (ms === null) {
      throw usageError('cli.badNow', { value: fixed });
    }
    return ms;
  };
}

/** A store with data in it, and what the commands derive from it. */
export interface OpenData {
  store: Store;
  company: CompanyRow;
  settings: AnalyticsSettings;
  today: IsoDate;
}

export interface CliContext {
  io: CliIo;
  now: () => number;
  /** the built worker entry, for commands that run the app core (`serve`) */
  workerScript: string | undefined;
  /** --lang (fr by default); valid once the arguments are parsed */
  lang(): Lang;
  /** the data folder from --data-dir, $DISPATCH_ANALYTICS_DATA_DIR or the platform default */
  dataDir(): string;
  storePath(): string;
  /** the catalogue's text (src/shared/i18n) in the chosen language */
  text(key: MessageKey, params?: MessageParams): string;
  /** prints a line on stdout */
  out(line?: string): void;
  /** Opens the store (creating it if needed) for the duration of `fn`, then closes it. */
  withStore<T>(fn: (store: Store) => T | Promise<T>): Promise<T>;
  /** Like withStore, for commands that read: refuses with a clear message when there is nothing to show. */
  withData<T>(fn: (data: OpenData) => T | Promise<T>): Promise<T>;
  /** analytics settings stored in the store, completed with the defaults */
  analyticsSettings(store: Store): AnalyticsSettings;
}

export function createCliContext(program: Command, deps: CliDeps): CliContext {
  const globals = () => program.opts<{ dataDir?: string; lang?: string }>();
  const ctx: CliContext = {
    io: deps.io,
    now: deps.now,
    workerScript: deps.workerScript,
    lang: () => parseLang(globals().lang),
    dataDir: () => resolveDataDir(globals().dataDir, deps.paths),
    storePath: () => storePathIn(ctx.dataDir()),
    text: (key, params) => translate(ctx.lang(), key, params),
    out: (line = '') => deps.io.stdout(`${line}\n`),
    async withStore(fn) {
      const store = (deps.openStore ?? openStore)(ctx.storePath(), { now: deps.now });
      try {
        await dailyBackup(store);
        return await fn(store);
      } finally {
        store.close();
      }
    },
    async withData(fn) {
      // A read never creates an empty database in a folder the user mistyped.
      if (!existsSync(ctx.storePath())) throw emptyStoreError(ctx.dataDir());
      return ctx.withStore((store) => {
        const company = getCompany(store.db);
        const counts = storeContents(store.db);
        if (!company || counts.bookings === 0) throw emptyStoreError(ctx.dataDir());
        if (counts.stats === 0) {
          throw noDataError('cli.data.notAggregated');
        }
        const settings = ctx.analyticsSettings(store);
        return fn({ store, company, settings, today: todayIn(settings.timeZone, ctx.now()) });
      });
    },
    analyticsSettings(store) {
      return readSection(store.db, 'analytics');
    },
  };

  // The daily backup, for stores only ever used from the CLI (cron syncs). A backup that fails (disk full, a
  // store it cannot read) is said on stderr, never silent, and never fails the command it rode along with.
  async function dailyBackup(store: Store): Promise<void> {
    try {
      await backupIfDue(store, deps.now(), readSection(store.db, 'backups').keep);
    } catch (err) {
      const detail = errorText(ctx.lang(), err) ?? (err instanceof Error ? err.message : String(err));
      deps.io.stderr(`${ctx.text('cli.backup.dailyFailed', { detail })}\n`);
    }
  }
  return ctx;
}

export function emptyStoreError(dataDir: string) {
  return noDataError('cli.data.empty', { dir: dataDir });
}
