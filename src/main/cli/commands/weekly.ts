// `weekly`: one Monday–Sunday week, its summary and its best and worst day (shaped like /analytics/weekly-summary).
import type { Command } from 'commander';
import { roundNumbersDeep } from '../../../shared/round';
import { getWeeklySummary } from '../../services/analytics-service';
import type { CliContext } from '../cli-context';
import { parseDate } from '../cli-args';
import { formatDec, formatInt, formatMinutes, formatPct } from '../format/numbers';
import { periodText, renderDays, weekdayName } from '../format/dashboard-text';

export function register(program: Command, ctx: CliContext): void {
  program
    .command('weekly')
    .description(
      ctx.t(
        'résumé d’une semaine (défaut : la semaine en cours)',
        'summary of one week (default: this week)',
      ),
    )
    .option(
      '--week-start <date>',
      ctx.t('premier jour de la semaine (AAAA-MM-JJ)', 'first day of the week (YYYY-MM-DD)'),
    )
    .option('--json', ctx.t('sortie JSON', 'JSON output'))
    .action(async (opts: { weekStart?: string; json?: boolean }) => {
      const weekStart = opts.weekStart === undefined ? undefined : parseDate(opts.weekStart, '--week-start');
      const lang = ctx.lang();
      await ctx.withData(({ store, today }) => {
        const res = getWeeklySummary(store.db, { weekStart, today, lang });
        if (opts.json) {
          ctx.out(JSON.stringify(roundNumbersDeep(res), null, 2));
          return;
        }
        const t = ctx.t;
        const s = res.summary;
        ctx.out(
          t(
            `Résumé de la semaine — ${periodText(res.period, lang)}`,
            `Weekly summary — ${periodText(res.period, lang)}`,
          ),
        );
        ctx.out();
        ctx.out(
          `${t('Courses :', 'Bookings:')} ${formatInt(s.total_bookings, lang)} · ${t('ponctualité', 'on time')} ${formatPct(s.avg_on_time_rate, lang)} · ` +
            `${t('retard moyen', 'average delay')} ${formatMinutes(s.avg_delay_minutes, lang)} · ${t('score qualité', 'quality score')} ${formatDec(s.avg_quality_score, lang)}`,
        );
        ctx.out();
        for (const line of renderDays(res.trends, lang)) ctx.out(line);
        if (res.best_day && res.worst_day) {
          ctx.out();
          const day = (d: { date: string; quality_score: number }) =>
            `${weekdayName(d.date, lang)} ${d.date} (${t('score', 'score')} ${formatDec(d.quality_score, lang)})`;
          ctx.out(`${t('Meilleur jour :', 'Best day:')} ${day(res.best_day)}`);
          ctx.out(`${t('Jour le plus faible :', 'Weakest day:')} ${day(res.worst_day)}`);
        }
      });
    });
}
