// `backup create|list|restore FILE`: the store's backups from the command line (they live in <data>/backups).
// `restore` works on a store too damaged to open: it never needs to read the current store's data.
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import type { CliContext } from '../cli-context';
import { CliError } from '../cli-errors';
import { renderTable } from '../format/table';
import { formatDec, formatInt } from '../format/numbers';
import { backupsDirOf, createBackup, listBackups, restoreBackup, type BackupInfo } from '../../store/backups';
import { openStore } from '../../store/open-store';
import { StoreError } from '../../store/store-errors';
import { currentSyncLease } from '../../sync/sync-lease';
import type { Lang } from '../../../shared/analytics-types';

const REASONS: Record<BackupInfo['reason'], { fr: string; en: string }> = {
  daily: { fr: 'quotidienne', en: 'daily' },
  migration: { fr: 'avant mise à jour', en: 'before upgrade' },
  switch: { fr: 'avant changement de source', en: 'before source switch' },
  manual: { fr: 'manuelle', en: 'manual' },
  restore: { fr: 'avant restauration', en: 'before restore' },
};

/** "2026-12-01 08:30 UTC": the stamp of the file name, as it is (backups are named in UTC). */
function stamp(at: number): string {
  return `${new Date(at).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

function size(bytes: number, lang: Lang): string {
  const mb = bytes / (1024 * 1024);
  if (mb >= 1) return `${formatDec(mb, lang)} ${lang === 'fr' ? 'Mo' : 'MB'}`;
  return `${formatInt(Math.ceil(bytes / 1024), lang)} ${lang === 'fr' ? 'Ko' : 'KB'}`;
}

export function register(program: Command, ctx: CliContext): void {
  const backup = program
    .command('backup')
    .description(
      ctx.t(
        'sauvegardes des données (créer, lister, restaurer)',
        'backups of the data (create, list, restore)',
      ),
    );

  backup
    .command('create')
    .description(ctx.t('sauvegarde les données maintenant', 'backs the data up now'))
    .action(async () => {
      const info = await ctx.withStore((store) => createBackup(store, { reason: 'manual', now: ctx.now() }));
      ctx.out(ctx.t(`Sauvegarde écrite : ${info.path}`, `Backup written: ${info.path}`));
    });

  backup
    .command('list')
    .description(ctx.t('liste les sauvegardes, la plus récente d’abord', 'lists the backups, newest first'))
    .option('--json', ctx.t('sortie JSON', 'JSON output'))
    .action((opts: { json?: boolean }) => {
      const list = listBackups(ctx.dataDir());
      if (opts.json) {
        ctx.out(JSON.stringify(list.map((b) => ({ ...b, createdAt: new Date(b.createdAt).toISOString() }))));
        return;
      }
      if (list.length === 0) {
        ctx.out(
          ctx.t(
            `Aucune sauvegarde dans ${backupsDirOf(ctx.dataDir())}.`,
            `No backup in ${backupsDirOf(ctx.dataDir())}.`,
          ),
        );
        return;
      }
      const lang = ctx.lang();
      const rows = list.map((b) => [b.file, stamp(b.createdAt), REASONS[b.reason][lang], size(b.size, lang)]);
      for (const line of renderTable(
        [ctx.t('fichier', 'file'), ctx.t('date', 'date'), ctx.t('motif', 'reason'), ctx.t('taille', 'size')],
        rows,
      )) {
        ctx.out(line);
      }
      ctx.out(ctx.t(`Dossier : ${backupsDirOf(ctx.dataDir())}`, `Folder: ${backupsDirOf(ctx.dataDir())}`));
    });

  backup
    .command('restore')
    .argument(
      '<file>',
      ctx.t('un nom de `backup list`, ou un chemin', 'a name from `backup list`, or a path'),
    )
    .description(
      ctx.t(
        'remplace les données par une sauvegarde (les données actuelles sont sauvegardées d’abord)',
        'replaces the data with a backup (the current data is backed up first)',
      ),
    )
    .action(async (file: string) => {
      refuseWhileSyncing(ctx);
      const result = await restoreBackup(ctx.dataDir(), file, ctx.now());
      ctx.out(
        ctx.t(
          `Données restaurées depuis ${result.restoredFrom}.`,
          `Data restored from ${result.restoredFrom}.`,
        ),
      );
      if (result.safetyBackup) {
        ctx.out(
          ctx.t(
            `Les données d’avant sont gardées dans ${result.safetyBackup.path}.`,
            `The previous data is kept in ${result.safetyBackup.path}.`,
          ),
        );
      }
    });
}

// Replacing the file under a running sync would lose its writes (and its lease). A store that cannot be opened
// has no sync running on it worth protecting: that is the case restore is for.
function refuseWhileSyncing(ctx: CliContext): void {
  if (!existsSync(ctx.storePath())) return;
  let holder;
  try {
    const store = openStore(ctx.storePath(), { skipBackups: true, allowNewer: true });
    try {
      holder = currentSyncLease(store.db);
    } finally {
      store.close();
    }
  } catch (err) {
    if (err instanceof StoreError) return;
    throw err;
  }
  if (holder) {
    throw new CliError(
      'conflict',
      {
        fr: `Une synchronisation est en cours (pid ${holder.pid}) : attendez qu’elle se termine, fermez l’application, puis relancez la restauration. Rien n’a été modifié.`,
        en: `A sync is running (pid ${holder.pid}): wait for it to finish, close the app, then run the restore again. Nothing was changed.`,
      },
      1,
    );
  }
}
