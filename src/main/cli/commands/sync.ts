// `sync`: reads the dispatch server into the local store. The server profile (url, e-mail) can be saved in the
// settings with --save, and the password in the 0600 secrets file with --save-password, so a plain `sync` works
// later (e.g. from cron). The password never goes to SQLite, to the command line, or to the output.
import { setTimeout as delay } from 'node:timers/promises';
import type { Command } from 'commander';
import type { CliContext } from '../cli-context';
import { parseRange } from '../cli-args';
import { CliError, usageError } from '../cli-errors';
import { formatInt } from '../format/numbers';
import { createSyncProgressPrinter } from '../format/sync-progress';
import { dataThrough } from '../../store/repos/sync-state-repo';
import { getCompany } from '../../store/repos/company-repo';
import { createAtmrClient } from '../../sync/atmr-client';
import { createSyncService, type StoredCompany } from '../../sync/sync-service';
import type { CompanyRecord } from '../../domain/records';
import { dataSourceId, replaceDataSource } from '../../store/repos/data-source-repo';
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
  serverOrigin,
  serverProfileOf,
  settingsMessageText,
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
    .description(
      ctx.t(
        'synchronise les courses depuis le serveur de dispatch',
        'syncs the bookings from the dispatch server',
      ),
    )
    .option(
      '--server <url>',
      ctx.t(
        'adresse du serveur (ex. https://atmr.example.ch)',
        'server address (e.g. https://atmr.example.ch)',
      ),
    )
    .option('--email <email>', ctx.t('e-mail du compte entreprise', 'e-mail of the company account'))
    .option(
      '--password-env <var>',
      ctx.t('variable d’environnement du mot de passe', 'environment variable holding the password'),
      'DISPATCH_PASSWORD',
    )
    .option('--from <date>', ctx.t('premier jour (AAAA-MM-JJ)', 'first day (YYYY-MM-DD)'))
    .option('--to <date>', ctx.t('dernier jour (AAAA-MM-JJ)', 'last day (YYYY-MM-DD)'))
    .option(
      '--save',
      ctx.t(
        'enregistre l’adresse et l’e-mail pour les prochaines fois',
        'saves the address and e-mail for next time',
      ),
    )
    .option(
      '--save-password',
      ctx.t(
        'enregistre aussi le mot de passe (fichier 0600 du dossier des données)',
        'also saves the password (0600 file in the data folder)',
      ),
    )
    .option(
      '--replace',
      ctx.t(
        'si le dossier contient une autre entreprise, efface ses données synchronisées d’abord',
        'if the folder holds another company, clears its synced data first',
      ),
    )
    .option(
      '--wait',
      ctx.t(
        'si une synchronisation tourne déjà sur ce dossier, l’attendre puis synchroniser',
        'if a sync already runs on this folder, wait for it, then sync',
      ),
    )
    .action(async (opts: SyncCliOptions) => {
      const range = parseRange(opts, false);
      const server = opts.server === undefined ? undefined : parseServerUrl(opts.server);
      if (opts.email !== undefined && !isValidEmail(opts.email)) {
        throw usageError(
          `E-mail invalide « ${opts.email} » pour --email.`,
          `Invalid e-mail "${opts.email}" for --email.`,
        );
      }
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(opts.passwordEnv)) {
        throw usageError(
          `Nom de variable invalide « ${opts.passwordEnv} » pour --password-env.`,
          `Invalid variable name "${opts.passwordEnv}" for --password-env.`,
        );
      }
      const passwords = serverPasswords(createFileSecretStore({ dataDir: ctx.dataDir() }));
      await ctx.withStore(async (store) => {
        const savedServer = readSection(store.db, 'server');
        const saved = serverProfileOf(savedServer);
        await passwords.bindLegacyPassword(saved ? serverOrigin(saved.url) : null);
        const url = server ?? saved?.url;
        const email = opts.email ?? saved?.email;
        if (!url || !email) {
          throw usageError(
            'Aucun serveur enregistré : donnez --server URL et --email E (ajoutez --save pour les garder).',
            'No saved server: give --server URL and --email E (add --save to keep them).',
          );
        }
        // The saved password of this very origin only: another server's is never sent here.
        const origin = serverOrigin(url);
        const fromEnv = process.env[opts.passwordEnv];
        const password = fromEnv ? fromEnv : origin ? await passwords.get(origin) : null;
        if (!password) {
          throw usageError(
            `Aucun mot de passe : définissez la variable ${opts.passwordEnv} (ajoutez --save-password pour l’enregistrer).`,
            `No password: set the variable ${opts.passwordEnv} (add --save-password to save it).`,
          );
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
        const acceptCompany = async (company: CompanyRecord, stored: StoredCompany | null) => {
          if (!stored || stored.id === company.id) return;
          if (!opts.replace) throw otherCompanyError(stored, company, url);
          const kept = await backupBeforeSourceSwitch(store, ctx.now());
          ctx.out(
            ctx.t(`Sauvegarde avant remplacement : ${kept.path}`, `Backup before replacing: ${kept.path}`),
          );
          replaceDataSource(store.db, dataSourceId({ url, email }), ctx.now());
          ctx.out(
            ctx.t(
              `Données de « ${stored.name} » effacées pour celles de « ${company.name} ».`,
              `Data of "${stored.name}" cleared for that of "${company.name}".`,
            ),
          );
        };
        const abort = new AbortController();
        const onSigint = () => abort.abort();
        process.once('SIGINT', onSigint);
        let result;
        try {
          ctx.out(ctx.t(`Synchronisation depuis ${url} (${email})…`, `Syncing from ${url} (${email})…`));
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
            ? ctx.t(
                `, ${formatInt(result.bookingsDeleted, lang)} supprimées`,
                `, ${formatInt(result.bookingsDeleted, lang)} deleted`,
              )
            : '';
        ctx.out(
          ctx.t(
            `Synchronisation terminée : ${formatInt(result.daysSynced, lang)} jours (${result.from} → ${result.to}), ${formatInt(result.bookingsSynced, lang)} courses${deleted}. Données jusqu’au ${through ?? '—'}.`,
            `Sync done: ${formatInt(result.daysSynced, lang)} days (${result.from} → ${result.to}), ${formatInt(result.bookingsSynced, lang)} bookings${deleted}. Data through ${through ?? '—'}.`,
          ),
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
        throw new CliError(
          'conflict',
          {
            fr: `Une synchronisation est déjà en cours (pid ${pid}) sur ce dossier de données : attendez qu’elle se termine, ou relancez avec --wait pour l’attendre.`,
            en: `A sync is already running (pid ${pid}) on this data folder: wait for it to finish, or run again with --wait to wait for it.`,
          },
          1,
        );
      }
      if (!announced) {
        ctx.out(
          ctx.t(
            `Une synchronisation est déjà en cours (pid ${pid}) : attente de sa fin…`,
            `A sync is already running (pid ${pid}): waiting for it to end…`,
          ),
        );
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
  const detail = (l: 'fr' | 'en') => settingsMessageText(l, { key: check.error });
  throw usageError(
    `Adresse de serveur refusée « ${value} » pour --server. ${detail('fr')}`,
    `Server address refused "${value}" for --server. ${detail('en')}`,
  );
}

/** One store holds one company: another server's company is refused unless --replace says to clear the first. */
function otherCompanyError(stored: StoredCompany, company: CompanyRecord, url: string): CliError {
  return new CliError(
    'conflict',
    {
      fr: `Ce dossier de données contient déjà les données de « ${stored.name} » (entreprise ${stored.id}), et ${url} sert « ${company.name} » (entreprise ${company.id}) : rien n’a été écrit. Utilisez un autre --data-dir, ou ajoutez --replace pour effacer les données synchronisées et les remplacer.`,
      en: `This data folder already holds the data of "${stored.name}" (company ${stored.id}), and ${url} serves "${company.name}" (company ${company.id}): nothing was written. Use another --data-dir, or add --replace to clear the synced data and replace it.`,
    },
    2,
  );
}
