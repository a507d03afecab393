// `backup create|list|restore FILE`: the store's backups from the command line (they live in <data>/backups).
// `restore` works on a store too damaged to open: it never opens the current store, and refuses while another
// process (the app, `serve`, a sync) has it open (store/open-lock.ts).
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import type { CliContext } from '../cli-context';
import { renderTable } from '../format/table';
import { formatInteger, formatNumber } from '../../../shared/format';
import { translate } from '../../../shared/i18n';
import {
  backupsDirOf,
  createBackup,
  DEFAULT_BACKUPS_KEEP,
  listBackups,
  restoreBackup,
} from '../../store/backups';
import { openStoreConnection } from '../../store/open-store';
import { readSection } from '../../settings';
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
      const keep = backupsKeep(ctx.storePath());
      ctx.out(keep > 0 ? ctx.text('cli.backup.rotation', { keep }) : ctx.text('cli.backup.rotationOff'));
    });

  backup
    .command('restore')
    .argument('<file>', ctx.text('cli.backup.fileArg'))
    .description(ctx.text('cli.backup.restore'))
    .action(async (file: string) => {
      const result = await restoreBackup(ctx.dataDir(), file, ctx.now());
      ctx.out(ctx.text('cli.backup.restored', { path: result.restoredFrom }));
      if (result.safetyBackup) ctx.out(ctx.text('cli.backup.keptIn', { path: result.safetyBackup.path }));
    });
}

// The `backups.keep` setting, read without opening the store for writing (`list` works on a damaged store too):
// a store that cannot be read shows the default.
function backupsKeep(storePath: string): number {
  if (!existsSync(storePath)) return DEFAULT_BACKUPS_KEEP;
  try {
    const conn = openStoreConnection(storePath);
    try {
      return readSection(conn.db, 'backups').keep;
    } finally {
      conn.close();
    }
  } catch {
    return DEFAULT_BACKUPS_KEEP;
  }
}
