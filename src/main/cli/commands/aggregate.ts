// `aggregate`: recomputes dispatch_metrics and daily_stats, for a range or for every stored day.
import type { Command } from 'commander';
import { emptyStoreError, type CliContext } from '../cli-context';
import { parseRange } from '../cli-args';
import { aggregateAll, aggregateRange } from '../../aggregation/aggregate-service';
import { getCompany } from '../../store/repos/company-repo';
import { formatInteger } from '../../../shared/format';

export function register(program: Command, ctx: CliContext): void {
  program
    .command('aggregate')
    .description(ctx.text('cli.aggregate.description'))
    .option('--from <date>', ctx.text('cli.options.from'))
    .option('--to <date>', ctx.text('cli.options.to'))
    .action(async (opts: { from?: string; to?: string }) => {
      const range = parseRange(opts, false);
      await ctx.withStore((store) => {
        const company = getCompany(store.db);
        if (!company) throw emptyStoreError(ctx.dataDir());
        const settings = ctx.analyticsSettings(store);
        const base = { companyId: company.id, now: ctx.now(), settings };
        const res = range ? aggregateRange(store.db, { ...base, ...range }) : aggregateAll(store.db, base);
        const n = formatInteger(ctx.lang(), res.daysComputed);
        ctx.out(
          range
            ? ctx.text('cli.aggregate.doneRange', { n, from: range.from, to: range.to })
            : ctx.text('cli.aggregate.done', { n }),
        );
      });
    });
}
