// `weekly`: one Monday–Sunday week, its summary and its best and worst day (shaped like /analytics/weekly-summary).
import type { Command } from 'commander';
import { roundNumbersDeep } from '../../../shared/round';
import { getWeeklySummary } from '../../services/analytics-service';
import type { CliContext } from '../cli-context';
import { parseDate } from '../cli-args';
import { formatNumber } from '../../../shared/format';
import { periodText, renderDays, shortWeekdayOf, summaryLine } from '../format/dashboard-text';

export function register(program: Command, ctx: CliContext): void {
  program
    .command('weekly')
    .description(ctx.text('cli.weekly.description'))
    .option('--week-start <date>', ctx.text('cli.weekly.weekStart'))
    .option('--json', ctx.text('cli.options.json'))
    .action(async (opts: { weekStart?: string; json?: boolean }) => {
      const weekStart = opts.weekStart === undefined ? undefined : parseDate(opts.weekStart, '--week-start');
      const lang = ctx.lang();
      await ctx.withData(({ store, today }) => {
        const res = getWeeklySummary(store.db, { weekStart, today, lang });
        if (opts.json) {
          ctx.out(JSON.stringify(roundNumbersDeep(res), null, 2));
          return;
        }
        ctx.out(ctx.text('cli.weekly.title', { period: periodText(res.period, lang) }));
        ctx.out();
        ctx.out(summaryLine(res.summary, lang));
        ctx.out();
        for (const line of renderDays(res.trends, lang)) ctx.out(line);
        if (res.best_day && res.worst_day) {
          ctx.out();
          const day = (d: { date: string; quality_score: number }) =>
            ctx.text('cli.weekly.dayScore', {
              weekday: shortWeekdayOf(lang, d.date),
              date: d.date,
              score: formatNumber(lang, d.quality_score),
            });
          ctx.out(ctx.text('cli.weekly.best', { day: day(res.best_day) }));
          ctx.out(ctx.text('cli.weekly.worst', { day: day(res.worst_day) }));
        }
      });
    });
}
