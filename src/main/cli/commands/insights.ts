// `insights`: weekday analysis and recurring patterns over the last N days (shaped like /analytics/insights).
import type { Command } from 'commander';
import { roundNumbersDeep } from '../../../shared/round';
import { getInsights } from '../../services/analytics-service';
import type { CliContext } from '../cli-context';
import { parseIntInRange } from '../cli-args';
import { formatDec, formatMinutes, formatPct } from '../format/numbers';
import { periodText } from '../format/dashboard-text';
import { renderTable } from '../format/table';

export function register(program: Command, ctx: CliContext): void {
  program
    .command('insights')
    .description(
      ctx.t('analyse par jour de semaine et motifs récurrents', 'weekday analysis and recurring patterns'),
    )
    .option(
      '--lookback-days <n>',
      ctx.t('jours analysés, de 1 à 365 (défaut 30)', 'days analysed, 1 to 365 (default 30)'),
      '30',
    )
    .option('--json', ctx.t('sortie JSON', 'JSON output'))
    .action(async (opts: { lookbackDays: string; json?: boolean }) => {
      const lookbackDays = parseIntInRange(opts.lookbackDays, '--lookback-days', 1, 365);
      const lang = ctx.lang();
      await ctx.withData(({ store, today, settings }) => {
        const res = getInsights(store.db, {
          lookbackDays,
          today,
          lang,
          thresholds: settings.insightThresholds,
        });
        if (opts.json) {
          ctx.out(JSON.stringify(roundNumbersDeep(res), null, 2));
          return;
        }
        const t = ctx.t;
        ctx.out(t(`Analyses — ${lookbackDays} derniers jours`, `Insights — last ${lookbackDays} days`));
        ctx.out(`${t('Période :', 'Period:')} ${periodText(res.period, lang)}`);
        ctx.out();
        if (res.message) ctx.out(res.message);
        if (res.weekday_analysis.length > 0) {
          const rows = res.weekday_analysis.map((w) => [
            w.weekday_name,
            formatDec(w.avg_bookings, lang),
            formatPct(w.avg_on_time_rate, lang),
            formatMinutes(w.avg_delay, lang),
            String(w.sample_size),
          ]);
          const header = [
            t('Jour', 'Day'),
            t('Courses/jour', 'Bookings/day'),
            t('Ponctualité', 'On time'),
            t('Retard moy.', 'Avg delay'),
            t('Jours', 'Days'),
          ];
          for (const line of renderTable(header, rows)) ctx.out(line);
          ctx.out();
        }
        if (res.patterns.length === 0) {
          ctx.out(t('Aucun motif récurrent détecté.', 'No recurring pattern found.'));
          return;
        }
        ctx.out(t('Motifs et recommandations', 'Patterns and recommendations'));
        for (const p of res.patterns) {
          ctx.out(`• ${p.message}`);
          ctx.out(`  → ${p.recommendation}`);
        }
      });
    });
}
