// `sync`: reads the dispatch server into the local store. The server profile (url, e-mail) can be saved in the
// settings with --save, and the password in the 0600 secrets file with --save-password, so a plain `sync` works
// later (e.g. from cron). The password never goes to SQLite, to the command line, or to the output.
import type { Command } from 'commander';
import type { CliContext } from '../cli-context';
import { parseRange } from '../cli-args';
import { usageError } from '../cli-errors';
import { formatInt } from '../format/numbers';
import { getSetting, setSetting } from '../../store/repos/settings-repo';
import { dataThrough } from '../../store/repos/sync-state-repo';
import { getCompany } from '../../store/repos/company-repo';
import { createAtmrClient } from '../../sync/atmr-client';
import { createSyncService, type SyncProgressEvent } from '../../sync/sync-service';
import { cancelledError } from '../../sync/sync-errors';
import { createFileSecretStore } from '../../secrets/file-secret-store';
import { SERVER_PASSWORD_KEY } from '../../secrets/secret-store';

interface SyncCliOptions {
  server?: string;
  email?: string;
  passwordEnv: string;
  from?: string;
  to?: string;
  save?: boolean;
  savePassword?: boolean;
}

export function register(program: Command, ctx: CliContext): void {
  program
    .command('sync')
    .description(ctx.t('synchronise les courses depuis le serveur de dispatch', 'syncs the bookings from the dispatch server'))
    .option('--server <url>', ctx.t('adresse du serveur (ex. https://atmr.example.ch)', 'server address (e.g. https://atmr.example.ch)'))
    .option('--email <email>', ctx.t('e-mail du compte entreprise', 'e-mail of the company account'))
    .option('--password-env <var>', ctx.t('variable d’environnement du mot de passe', 'environment variable holding the password'), 'DISPATCH_PASSWORD')
    .option('--from <date>', ctx.t('premier jour (AAAA-MM-JJ)', 'first day (YYYY-MM-DD)'))
    .option('--to <date>', ctx.t('dernier jour (AAAA-MM-JJ)', 'last day (YYYY-MM-DD)'))
    .option('--save', ctx.t('enregistre l’adresse et l’e-mail pour les prochaines fois', 'saves the address and e-mail for next time'))
    .option('--save-password', ctx.t('enregistre aussi le mot de passe (fichier 0600 du dossier des données)', 'also saves the password (0600 file in the data folder)'))
    .action(async (opts: SyncCliOptions) => {
      const range = parseRange(opts, false);
      const server = opts.server === undefined ? undefined : parseServerUrl(opts.server);
      if (opts.email !== undefined && !/^[^\s@]+@[^\s@]+$/.test(opts.email)) {
        throw usageError(`E-mail invalide « ${opts.email} » pour --email.`, `Invalid e-mail "${opts.email}" for --email.`);
      }
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(opts.passwordEnv)) {
        throw usageError(`Nom de variable invalide « ${opts.passwordEnv} » pour --password-env.`, `Invalid variable name "${opts.passwordEnv}" for --password-env.`);
      }
      const secrets = createFileSecretStore({ dataDir: ctx.dataDir() });
      await ctx.withStore(async (store) => {
        const saved = getSetting<{ url: string; email: string } | null>(store.db, 'server', null);
        const url = server ?? saved?.url;
        const email = opts.email ?? saved?.email;
        if (!url || !email) {
          throw usageError(
            'Aucun serveur enregistré : donnez --server URL et --email E (ajoutez --save pour les garder).',
            'No saved server: give --server URL and --email E (add --save to keep them).',
          );
        }
        const fromEnv = process.env[opts.passwordEnv];
        const password = fromEnv ? fromEnv : await secrets.get(SERVER_PASSWORD_KEY);
        if (!password) {
          throw usageError(
            `Aucun mot de passe : définissez la variable ${opts.passwordEnv} (ajoutez --save-password pour l’enregistrer).`,
            `No password: set the variable ${opts.passwordEnv} (add --save-password to save it).`,
          );
        }
        if (opts.save || opts.savePassword) setSetting(store.db, 'server', { url, email }, ctx.now());
        if (opts.savePassword) await secrets.set(SERVER_PASSWORD_KEY, password);

        const client = createAtmrClient({ baseUrl: url, email, getPassword: async () => password, now: ctx.now });
        const service = createSyncService({ db: store.db, client, now: ctx.now });
        const progress = progressPrinter(ctx);
        const abort = new AbortController();
        const onSigint = () => abort.abort();
        process.once('SIGINT', onSigint);
        let result;
        try {
          ctx.out(ctx.t(`Synchronisation depuis ${url} (${email})…`, `Syncing from ${url} (${email})…`));
          result = await service.run({ ...(range ?? {}), signal: abort.signal, onProgress: progress.update });
        } finally {
          process.removeListener('SIGINT', onSigint);
          progress.end();
        }
        if (result.status === 'cancelled') throw cancelledError();
        const lang = ctx.lang();
        const company = getCompany(store.db);
        const through = company ? dataThrough(store.db, company.id) : null;
        const deleted = result.bookingsDeleted > 0 ? ctx.t(`, ${formatInt(result.bookingsDeleted, lang)} supprimées`, `, ${formatInt(result.bookingsDeleted, lang)} deleted`) : '';
        ctx.out(
          ctx.t(
            `Synchronisation terminée : ${formatInt(result.daysSynced, lang)} jours (${result.from} → ${result.to}), ${formatInt(result.bookingsSynced, lang)} courses${deleted}. Données jusqu’au ${through ?? '—'}.`,
            `Sync done: ${formatInt(result.daysSynced, lang)} days (${result.from} → ${result.to}), ${formatInt(result.bookingsSynced, lang)} bookings${deleted}. Data through ${through ?? '—'}.`,
          ),
        );
      });
    });
}

function parseServerUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    url = new URL('invalid:');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw usageError(
      `Adresse de serveur invalide « ${value} » : attendu http(s)://hôte[:port].`,
      `Invalid server address "${value}": expected http(s)://host[:port].`,
    );
  }
  // Accept an address copied with the API prefix.
  return `${url.origin}${url.pathname.replace(/\/+$/, '').replace(/\/api\/v1$/, '')}`;
}

/** A bar redrawn in place on a terminal; one plain line per day otherwise (logs, pipes, tests). */
function progressPrinter(ctx: CliContext) {
  const tty = process.stderr.isTTY === true;
  let drawn = false;
  return {
    update(p: SyncProgressEvent) {
      if (p.phase !== 'day') return;
      const count = `${p.dayIndex}/${p.dayCount}`;
      const bookings = formatInt(p.bookingsSoFar, ctx.lang());
      if (!tty) {
        ctx.out(ctx.t(`jour ${count} ${p.day} : ${bookings} courses`, `day ${count} ${p.day}: ${bookings} bookings`));
        return;
      }
      const width = 30;
      const filled = Math.round((p.dayIndex / Math.max(1, p.dayCount)) * width);
      ctx.io.stderr(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${count} ${p.day} · ${bookings} ${ctx.t('courses', 'bookings')} `);
      drawn = true;
    },
    end() {
      if (drawn) ctx.io.stderr('\n');
    },
  };
}
