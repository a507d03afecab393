// `metrics`: the stored dispatch_metrics rows of a window, one per day (snake_case keys, 2 decimals in JSON).
import type { Command } from 'commander';
import { roundNumbersDeep } from '../../../shared/round';
import { getMetrics } from '../../services/analytics-service';
import type { CliContext } from '../cli-context';
import { parseRange } from '../cli-args';
import { formatDec, formatInt, formatMinutes } from '../format/numbers';
import { renderTable } from '../format/table';

export function register(program: Command, ctx: CliContext): void {
  program
    .command('metrics')
    .description(
      ctx.t('métriques de dispatch par jour (--from/--to)', 'dispatch metrics per day (--from/--to)'),
    )
    .option('--from <date>', ctx.t('premier jour (AAAA-MM-JJ)', 'first day (YYYY-MM-DD)'))
    .option('--to <date>', ctx.t('dernier jour (AAAA-MM-JJ)', 'last day (YYYY-MM-DD)'))
    .option('--json', ctx.t('sortie JSON', 'JSON output'))
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
          ctx.out(
            ctx.t(
              `Aucune métrique du ${range.from} au ${range.to}.`,
              `No metrics from ${range.from} to ${range.to}.`,
            ),
          );
          return;
        }
        const t = ctx.t;
        const table = renderTable(
          [
            'Date',
            t('Courses', 'Bookings'),
            t("À l'heure", 'On time'),
            t('En retard', 'Delayed'),
            t('Annulées', 'Cancelled'),
            t('Retard moy.', 'Avg delay'),
            t('Retard max', 'Max delay'),
            t('Chauffeurs', 'Drivers'),
            'km',
            'Score',
          ],
          rows.map((r) => [
            r.date,
            formatInt(r.total_bookings, lang),
            formatInt(r.on_time_bookings, lang),
            formatInt(r.delayed_bookings, lang),
            formatInt(r.cancelled_bookings, lang),
            formatMinutes(r.average_delay_minutes, lang),
            `${formatInt(r.max_delay_minutes, lang)} min`,
            `${r.active_drivers}/${r.total_drivers}`,
            formatDec(r.total_distance_km, lang),
            formatDec(r.quality_score, lang),
          ]),
        );
        for (const line of table) ctx.out(line);
      });
    });
}
