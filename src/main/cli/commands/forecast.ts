// `forecast`: expected bookings per day with an 80 % interval, the next day per hour, and `--backtest` against the
// naive same-weekday-last-week forecast (method: docs/analytics.md §22).
import type { Command } from 'commander';
import { roundNumbersDeep } from '../../../shared/round';
import { formatDate, formatInteger, formatNumber, formatPercent } from '../../../shared/format';
import {
  MAX_BACKTEST_WEEKS,
  MAX_FORECAST_DAYS,
  getForecast,
  getForecastBacktest,
} from '../../services/forecast-service';
import type { CliContext } from '../cli-context';
import { parseIntInRange } from '../cli-args';
import { shortWeekdayOf } from '../format/dashboard-text';
import { renderTable } from '../format/table';

interface ForecastOptions {
  days: string;
  weeks: string;
  backtest?: boolean;
  json?: boolean;
}

export function register(program: Command, ctx: CliContext): void {
  program
    .command('forecast')
    .description(ctx.text('cli.forecast.description'))
    .option('--days <n>', ctx.text('cli.forecast.days'), '7')
    .option('--backtest', ctx.text('cli.forecast.backtest'))
    .option('--weeks <n>', ctx.text('cli.forecast.weeks'), '8')
    .option('--json', ctx.text('cli.options.json'))
    .action(async (opts: ForecastOptions) => {
      const days = parseIntInRange(opts.days, '--days', 1, MAX_FORECAST_DAYS);
      const weeks = parseIntInRange(opts.weeks, '--weeks', 1, MAX_BACKTEST_WEEKS);
      const lang = ctx.lang();
      await ctx.withData(({ store, today }) => {
        if (opts.backtest) {
          const res = getForecastBacktest(store.db, { today, weeks });
          if (opts.json) return ctx.out(JSON.stringify(roundNumbersDeep(res), null, 2));
          ctx.out(
            res.days === 0
              ? ctx.text('cli.forecast.backtestNone', { weeks: formatInteger(lang, weeks) })
              : ctx.text('cli.forecast.backtestResult', {
                  weeks: formatInteger(lang, res.weeks),
                  days: formatInteger(lang, res.days),
                  mape: formatPercent(lang, res.mape),
                  naive: formatPercent(lang, res.naive_mape),
                }),
          );
          return;
        }
        const res = getForecast(store.db, { today, days });
        if (opts.json) return ctx.out(JSON.stringify(roundNumbersDeep(res), null, 2));
        ctx.out(ctx.text('cli.forecast.title', { date: formatDate(lang, res.learned_through) }));
        ctx.out();
        if (res.days.length === 0) return ctx.out(ctx.text('cli.forecast.notEnough'));
        const header = [
          ctx.text('cli.forecast.day'),
          ctx.text('cli.forecast.expected'),
          ctx.text('cli.forecast.interval'),
        ];
        const rows = res.days.map((d) => [
          `${shortWeekdayOf(lang, d.date)} ${formatDate(lang, d.date)}`,
          formatInteger(lang, d.bookings),
          `${formatInteger(lang, d.low)}–${formatInteger(lang, d.high)}`,
        ]);
        for (const line of renderTable(header, rows)) ctx.out(line);
        if (res.next_day && res.next_day.hours.length > 0) {
          const day = `${shortWeekdayOf(lang, res.next_day.date)} ${formatDate(lang, res.next_day.date)}`;
          ctx.out();
          ctx.out(ctx.text('cli.forecast.hoursTitle', { day }));
          const hours = res.next_day.hours.map((h) =>
            ctx.text('cli.forecast.hour', {
              hour: String(h.hour).padStart(2, '0'),
              bookings: formatNumber(lang, h.bookings),
            }),
          );
          ctx.out(`  ${hours.join(' · ')}`);
        }
      });
    });
}
