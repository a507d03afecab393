// `aggregate`: recomputes dispatch_metrics and daily_stats, for a range or for every stored day.
import type { Command } from 'commander';
import { emptyStoreError, type CliContext } from '../cli-context';
import { parseRange } from '../cli-args';
import { aggregateAll, aggregateRange } from '../../aggregation/aggregate-service';
import { getCompany } from '../../store/repos/company-repo';
import { formatInt } from '../format/numbers';

export function register(program: Command, ctx: CliContext): void {
  program
    .command('aggregate')
    .description(
      ctx.t(
        'recalcule les indicateurs par jour (tous les jours, ou --from/--to)',
        'recomputes the daily figures (every day, or --from/--to)',
      ),
    )
    .option('--from <date>', ctx.t('premier jour (AAAA-MM-JJ)', 'first day (YYYY-MM-DD)'))
    .option('--to <date>', ctx.t('dernier jour (AAAA-MM-JJ)', 'last day (YYYY-MM-DD)'))
    .action(async (opts: { from?: string; to?: string }) => {
      const range = parseRange(opts, false);
      await ctx.withStore((store) => {
        const company = getCompany(store.db);
        if (!company) throw emptyStoreError(ctx.dataDir());
        const settings = ctx.analyticsSettings(store);
        const base = { companyId: company.id, now: ctx.now(), settings };
        const res = range ? aggregateRange(store.db, { ...base, ...range }) : aggregateAll(store.db, base);
        const n = formatInt(res.daysComputed, ctx.lang());
        const scope = range ? ` (${range.from} → ${range.to})` : '';
        ctx.out(
          ctx.t(
            `Agrégation terminée : ${n} jours recalculés${scope}.`,
            `Aggregation done: ${n} days recomputed${scope}.`,
          ),
        );
      });
    });
}
