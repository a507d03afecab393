// `backup create|list|restore FILE`: the store's backups from the command line (they live in <data>/backups).
// `restore` works on a store too damaged to open: it never needs to read the current store's data.
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import type { CliContext } from '../cli-context';
import { CliError } from '../cli-errors';
import { renderTable } from '../format/table';
import { formatInteger, formatNumber } from '../../../shared/format';
import { msg, translate } from '../../../shared/i18n';
import { backupsDirOf, createBackup, listBackups, restoreBackup } from '../../store/backups';
import { openStore } from '../../store/open-store';
import { StoreError } from '../../store/store-errors';
import { currentSyncLease } from '../../sync/sync-lease';
import type { Lang } from '../../../shared/analytics-types';

/** "2026-12-01 08:30 UTC": the stamp of the file name, as it is (backups are named in UTC). */
function stamp(at: number): string {
  return `${new Date(at).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

function size(bytes: number, lang: Lang): string {
  const mb = bytes / (1024 * 1024);
  if (mb >= 1) return translate(lang, 'backups.sizeMb', { size: formatNumber(lang, mb) });
  return translate(lang, 'backups.sizeKb', { size: formatInteger(lang, Math.ceil(bytes / 1024)) });
}

export function register(program: Command, ctx: CliContext): void {
  const backup = program.command('backup').description(ctx.text('cli.backup.description'));

  backup
    .command('create')
    .description(ctx.text('cli.backup.create'))
    .action(async () => {
      const info = await ctx.withStore((store) => createBackup(store, { reason: 'manual', now: ctx.now() }));
      ctx.out(ctx.text('cli.backup.written', { path: info.path }));
    });

  backup
    .command('list')
    .description(ctx.text('cli.backup.list'))
    .option('--json', ctx.text('cli.options.json'))
    .action((opts: { json?: boolean }) => {
      const list = listBackups(ctx.dataDir());
      if (opts.json) {
        ctx.out(JSON.stringify(list.map((b) => ({ ...b, createdAt: new Date(b.createdAt).toISOString() }))));
        return;
      }
      if (list.length === 0) {
        ctx.out(ctx.text('cli.backup.none', { dir: backupsDirOf(ctx.dataDir()) }));
        return;
      }
      const lang = ctx.lang();
      const rows = list.map((b) => [
        b.file,
        stamp(b.createdAt),
        ctx.text(`cli.backup.reasons.${b.reason}`),
        size(b.size, lang),
      ]);
      const header = ['file', 'date', 'reason', 'size'] as const;
      for (const line of renderTable(
        header.map((h) => ctx.text(`cli.backup.${h}`)),
        rows,
      )) {
        ctx.out(line);
      }
      ctx.out(ctx.text('cli.backup.folder', { dir: backupsDirOf(ctx.dataDir()) }));
    });

  backup
    .command('restore')
    .argument('<file>', ctx.text('cli.backup.fileArg'))
    .description(ctx.text('cli.backup.restore'))
    .action(async (file: string) => {
      refuseWhileSyncing(ctx);
      const result = await restoreBackup(ctx.dataDir(), file, ctx.now());
      ctx.out(ctx.text('cli.backup.restored', { path: result.restoredFrom }));
      if (result.safetyBackup) ctx.out(ctx.text('cli.backup.keptIn', { path: result.safetyBackup.path }));
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
    throw new CliError('conflict', msg('cli.backup.syncRunning', { pid: holder.pid }), 1);
  }
}
