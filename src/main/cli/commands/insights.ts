// `insights`: weekday analysis and recurring patterns over the last N days (shaped like /analytics/insights).
import type { Command } from 'commander';
import { roundNumbersDeep } from '../../../shared/round';
import { getInsights } from '../../services/analytics-service';
import { getOutlierDays } from '../../services/day-outliers-service';
import { outlierDayText } from '../../analytics/day-outlier-text';
import type { CliContext } from '../cli-context';
import { parseIntInRange } from '../cli-args';
import { formatMinutes, formatNumber, formatPercent } from '../../../shared/format';
import { periodText } from '../format/dashboard-text';
import { renderTable } from '../format/table';

export function register(program: Command, ctx: CliContext): void {
  program
    .command('insights')
    .description(ctx.text('cli.insights.description'))
    .option('--lookback-days <n>', ctx.text('cli.insights.lookbackDays'), '30')
    .option('--json', ctx.text('cli.options.json'))
    .action(async (opts: { lookbackDays: string; json?: boolean }) => {
      const lookbackDays = parseIntInRange(opts.lookbackDays, '--lookback-days', 1, 365);
      const lang = ctx.lang();
      await ctx.withData(({ store, today, settings }) => {
        const insights = getInsights(store.db, {
          lookbackDays,
          today,
          lang,
          thresholds: settings.insightThresholds,
        });
        const { start: from, end: to } = insights.period;
        const outliers = getOutlierDays(store.db, { from, to, settings }).map((o) => ({
          ...o,
          message: outlierDayText(lang, o),
        }));
        const res = { ...insights, outliers };
        if (opts.json) {
          ctx.out(JSON.stringify(roundNumbersDeep(res), null, 2));
          return;
        }
        ctx.out(ctx.text('cli.insights.title', { days: lookbackDays }));
        ctx.out(`${ctx.text('cli.report.period')} ${periodText(res.period, lang)}`);
        ctx.out();
        if (res.message) ctx.out(res.message);
        ctx.out(ctx.text('insights.outliers.title'));
        if (outliers.length === 0) ctx.out(ctx.text('insights.outliers.none'));
        for (const o of outliers) {
          ctx.out(`• [${ctx.text(`insights.outliers.severity.${o.severity}`)}] ${o.message}`);
        }
        ctx.out();
        if (res.weekday_analysis.length > 0) {
          const rows = res.weekday_analysis.map((w) => [
            w.weekday_name,
            formatNumber(lang, w.avg_bookings),
            formatPercent(lang, w.avg_on_time_rate),
            formatMinutes(lang, w.avg_delay),
            String(w.sample_size),
          ]);
          const header = [
            ctx.text('cli.report.day'),
            ctx.text('cli.insights.bookingsPerDay'),
            ctx.text('cli.report.onTime'),
            ctx.text('cli.report.avgDelayShort'),
            ctx.text('cli.insights.days'),
          ];
          for (const line of renderTable(header, rows)) ctx.out(line);
          ctx.out();
        }
        if (res.patterns.length === 0) {
          ctx.out(ctx.text('cli.insights.noPattern'));
          return;
        }
        ctx.out(ctx.text('cli.insights.patterns'));
        for (const p of res.patterns) {
          ctx.out(`• ${p.message}`);
          ctx.out(`  → ${p.recommendation}`);
        }
      });
    });
}
