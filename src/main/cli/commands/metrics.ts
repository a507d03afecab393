// `metrics`: the stored dispatch_metrics rows of a window, one per day (snake_case keys, 2 decimals in JSON).
import type { Command } from 'commander';
import { roundNumbersDeep } from '../../../shared/round';
import { getMetrics } from '../../services/analytics-service';
import type { CliContext } from '../cli-context';
import { parseRange } from '../cli-args';
import { formatInteger, formatMinutes, formatNumber } from '../../../shared/format';
import { renderTable } from '../format/table';

export function register(program: Command, ctx: CliContext): void {
  program
    .command('metrics')
    .description(ctx.text('cli.metrics.description'))
    .option('--from <date>', ctx.text('cli.options.from'))
    .option('--to <date>', ctx.text('cli.options.to'))
    .option('--json', ctx.text('cli.options.json'))
    .action(async (opts: { from?: string; to?: string; json?: boolean }) => {
      const range = parseRange(opts, true)!;
      const lang = ctx.lang();
      await ctx.withData(({ store }) => {
        const rows = getMetrics(store.db, range);
        if (opts.json) {
          ctx.out(JSON.stringify(roundNumbersDeep(rows), null, 2));
          return;
        }
        if (rows.length === 0) {
          ctx.out(ctx.text('cli.metrics.none', range));
          return;
        }
        const table = renderTable(
          [
            ctx.text('cli.report.date'),
            ctx.text('cli.report.bookings'),
            ctx.text('cli.metrics.onTime'),
            ctx.text('cli.metrics.delayed'),
            ctx.text('cli.metrics.cancelled'),
            ctx.text('cli.report.avgDelayShort'),
            ctx.text('cli.metrics.maxDelay'),
            ctx.text('cli.metrics.drivers'),
            'km',
            ctx.text('cli.report.score'),
          ],
          rows.map((r) => [
            r.date,
            formatInteger(lang, r.total_bookings),
            formatInteger(lang, r.on_time_bookings),
            formatInteger(lang, r.delayed_bookings),
            formatInteger(lang, r.cancelled_bookings),
            formatMinutes(lang, r.average_delay_minutes),
            formatMinutes(lang, r.max_delay_minutes, 0),
            `${r.active_drivers}/${r.total_drivers}`,
            formatNumber(lang, r.total_distance_km),
            formatNumber(lang, r.quality_score),
          ]),
        );
        for (const line of table) ctx.out(line);
      });
    });
}
