// `sync`: reads the dispatch server into the local store. The server profile (url, e-mail) can be saved in the
// settings with --save, and the password in the 0600 secrets file with --save-password, so a plain `sync` works
// later (e.g. from cron). The password never goes to SQLite, to the command line, or to the output.
import { setTimeout as delay } from 'node:timers/promises';
import type { Command } from 'commander';
import type { CliContext } from '../cli-context';
import { parseRange } from '../cli-args';
import { msg } from '../../../shared/i18n';
import { CliError, usageError } from '../cli-errors';
import { formatInteger } from '../../../shared/format';
import { createSyncProgressPrinter } from '../format/sync-progress';
import { dataThrough } from '../../store/repos/sync-state-repo';
import { getCompany } from '../../store/repos/company-repo';
import { createAtmrClient } from '../../sync/atmr-client';
import { createSyncService, type StoredCompany } from '../../sync/sync-service';
import type { CompanyRecord } from '../../domain/records';
import { dataSourceId, plannedSwitch, switchDataSource } from '../../store/repos/data-source-repo';
import { cancelledError } from '../../sync/sync-errors';
import { createFileSecretStore } from '../../secrets/file-secret-store';
import { backupBeforeSourceSwitch } from '../../store/backups';
import type { Store } from '../../store/open-store';
import { currentSyncLease, SyncLeaseHeldError } from '../../sync/sync-lease';
import { serverPasswords } from '../../secrets/server-password';
import {
  checkServerUrl,
  isValidEmail,
  readSection,
  savedServerOrigin,
  serverOrigin,
  serverProfileOf,
  writeSettings,
} from '../../settings';

interface SyncCliOptions {
  server?: string;
  email?: string;
  passwordEnv: string;
  from?: string;
  to?: string;
  save?: boolean;
  savePassword?: boolean;
  replace?: boolean;
  wait?: boolean;
}

export function register(program: Command, ctx: CliContext): void {
  program
    .command('sync')
    .description(ctx.text('cli.sync.description'))
    .option('--server <url>', ctx.text('cli.sync.server'))
    .option('--email <email>', ctx.text('cli.sync.email'))
    .option('--password-env <var>', ctx.text('cli.sync.passwordEnv'), 'DISPATCH_PASSWORD')
    .option('--from <date>', ctx.text('cli.options.from'))
    .option('--to <date>', ctx.text('cli.options.to'))
    .option('--save', ctx.text('cli.sync.save'))
    .option('--save-password', ctx.text('cli.sync.savePassword'))
    .option('--replace', ctx.text('cli.sync.replace'))
    .option('--wait', ctx.text('cli.sync.wait'))
    .action(async (opts: SyncCliOptions) => {
      const range = parseRange(opts, false);
      const server = opts.server === undefined ? undefined : parseServerUrl(opts.server);
      if (opts.email !== undefined && !isValidEmail(opts.email)) {
        throw usageError('cli.sync.badEmail', { value: opts.email });
      }
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(opts.passwordEnv)) {
        throw usageError('cli.sync.badVariable', { value: opts.passwordEnv });
      }
      const passwords = serverPasswords(createFileSecretStore({ dataDir: ctx.dataDir() }));
      await ctx.withStore(async (store) => {
        const savedServer = readSection(store.db, 'server');
        const saved = serverProfileOf(savedServer);
        await passwords.bindLegacyPassword(savedServerOrigin(savedServer));
        const url = server ?? saved?.url;
        const email = opts.email ?? saved?.email;
        if (!url || !email) {
          throw usageError('cli.sync.noServer');
        }
        // The saved password of this very origin only: another server's is never sent here.
        const origin = serverOrigin(url);
        const fromEnv = process.env[opts.passwordEnv];
        const password = fromEnv ? fromEnv : origin ? await passwords.get(origin) : null;
        if (!password) {
          throw usageError('cli.sync.noPassword', { variable: opts.passwordEnv });
        }
        if (opts.save || opts.savePassword) {
          // A saved address obeys the settings' rule (checked by checkServerUrl above for --server).
          writeSettings(store.db, { server: { ...savedServer, url, email } }, ctx.now());
        }
        if (opts.savePassword && origin) await passwords.set(origin, password);

        const client = createAtmrClient({
          baseUrl: url,
          email,
          getPassword: async () => password,
          now: ctx.now,
        });
        const service = createSyncService({ db: store.db, client, now: ctx.now });
        const progress = createSyncProgressPrinter({
          tty: process.stderr.isTTY === true,
          line: (text) => ctx.out(text),
          raw: (text) => ctx.io.stderr(text),
          lang: ctx.lang(),
        });
        // The app's rule (data-source-repo.ts): another address of the same company keeps the data after a
        // backup; another company needs --replace here, and is cleared after a backup.
        const sourceId = dataSourceId({ url, email });
        const acceptCompany = async (company: CompanyRecord, stored: StoredCompany | null) => {
          const planned = plannedSwitch(store.db, sourceId, company);
          if (planned === 'replace' && stored && !opts.replace) throw otherCompanyError(stored, company, url);
          if (planned === 'replace' || planned === 'keep') {
            const kept = await backupBeforeSourceSwitch(store, ctx.now());
            const line = planned === 'keep' ? 'cli.sync.backupBeforeSwitch' : 'cli.sync.backupBeforeReplace';
            ctx.out(ctx.text(line, { path: kept.path }));
          }
          const cleared = switchDataSource(store.db, sourceId, ctx.now(), company);
          if (cleared && stored) {
            ctx.out(ctx.text('cli.sync.replaced', { old: stored.name, new: company.name }));
          }
        };
        const abort = new AbortController();
        const onSigint = () => abort.abort();
        process.once('SIGINT', onSigint);
        let result;
        try {
          ctx.out(ctx.text('cli.sync.syncing', { url, email }));
          const runOnce = () =>
            service.run({
              ...(range ?? {}),
              signal: abort.signal,
              onProgress: progress.update,
              acceptCompany,
            });
          result = await runWhenFree(ctx, store, runOnce, opts.wait === true, abort.signal);
        } finally {
          process.removeListener('SIGINT', onSigint);
          progress.end();
        }
        if (result.status === 'cancelled') throw cancelledError();
        const lang = ctx.lang();
        const company = getCompany(store.db);
        const through = company ? dataThrough(store.db, company.id) : null;
        const deleted =
          result.bookingsDeleted > 0
            ? ctx.text('cli.sync.deleted', { n: formatInteger(lang, result.bookingsDeleted) })
            : '';
        ctx.out(
          ctx.text('cli.sync.done', {
            days: formatInteger(lang, result.daysSynced),
            from: result.from ?? '—',
            to: result.to ?? '—',
            bookings: formatInteger(lang, result.bookingsSynced),
            deleted,
            through: through ?? '—',
          }),
        );
      });
    });
}

const WAIT_POLL_MS = 500;

/**
 * Runs the sync; when another process holds the sync lease, fails with its pid (exit 1), or with --wait polls
 * the lease until it is free (the other sync ended, or its process died) and runs then.
 */
async function runWhenFree<T>(
  ctx: CliContext,
  store: Store,
  runOnce: () => Promise<T>,
  wait: boolean,
  signal: AbortSignal,
): Promise<T> {
  let announced = false;
  for (;;) {
    try {
      return await runOnce();
    } catch (err) {
      if (!(err instanceof SyncLeaseHeldError)) throw err;
      const pid = err.holder.pid;
      if (!wait) {
        throw new CliError('conflict', msg('cli.sync.alreadyRunning', { pid }), 1);
      }
      if (!announced) {
        ctx.out(ctx.text('cli.sync.waiting', { pid }));
        announced = true;
      }
      while (currentSyncLease(store.db) !== null) {
        if (signal.aborted) throw cancelledError();
        await delay(WAIT_POLL_MS, undefined, { signal }).catch(() => undefined);
      }
      if (signal.aborted) throw cancelledError();
    }
  }
}

/** The settings' rule for a server address (https, or http to loopback; no credentials inside). */
function parseServerUrl(value: string): string {
  const check = checkServerUrl(value);
  if (check.ok) return check.url;
  throw usageError('cli.sync.badServer', { value, detail: msg(check.error) });
}

/** One store holds one company: another server's company is refused unless --replace says to clear the first. */
function otherCompanyError(stored: StoredCompany, company: CompanyRecord, url: string): CliError {
  return new CliError(
    'conflict',
    msg('cli.sync.otherCompany', {
      oldName: stored.name,
      oldId: stored.id,
      url,
      newName: company.name,
      newId: company.id,
    }),
    2,
  );
}
