// `facilities`: punctuality per medical facility over a period, most late arrivals first
// (docs/analytics.md#facilities).
import type { Command } from 'commander';
import type { FacilityStatsJson, Lang } from '../../../shared/analytics-types';
import { translate } from '../../../shared/i18n';
import { roundNumbersDeep } from '../../../shared/round';
import { formatInteger, formatMinutes, formatPercent, formatPointChange } from '../../../shared/format';
import { getFacilityStats } from '../../services/facility-service';
import type { CliContext } from '../cli-context';
import { parsePeriodOptions } from '../cli-args';
import { periodCommand, type PeriodCommandOptions } from '../period-command';
import { periodText } from '../format/dashboard-text';
import { renderTable } from '../format/table';

export function register(program: Command, ctx: CliContext): void {
  periodCommand(program, ctx, 'facilities', ctx.text('cli.facilities.description')).action(
    async (opts: PeriodCommandOptions) => {
      const period = parsePeriodOptions(opts);
      const lang = ctx.lang();
      await ctx.withData(({ store, today, settings }) => {
        const res = getFacilityStats(store.db, { period, today, settings });
        if (opts.json) return ctx.out(JSON.stringify(roundNumbersDeep(res), null, 2));
        ctx.out(ctx.text('cli.facilities.title', { period: periodText(res.period, lang) }));
        ctx.out();
        if (res.facilities.length === 0) return ctx.out(ctx.text('cli.facilities.none'));
        const header = (
          ['facility', 'bookings', 'onTime', 'avgDelay', 'delayed', 'cancelled', 'trend'] as const
        ).map((k) => ctx.text(`cli.facilities.columns.${k}`));
        for (const line of renderTable(
          header,
          res.facilities.map((r) => rowOf(r, lang)),
        ))
          ctx.out(line);
      });
    },
  );
}

export function facilityName(lang: Lang, r: FacilityStatsJson): string {
  if (r.kind === 'others') {
    return translate(lang, 'cli.facilities.others', { n: formatInteger(lang, r.facilities) });
  }
  return r.kind === 'none' ? translate(lang, 'cli.facilities.noFacility') : r.facility!;
}

function rowOf(r: FacilityStatsJson, lang: Lang): string[] {
  return [
    facilityName(lang, r),
    formatInteger(lang, r.bookings),
    formatPercent(lang, r.on_time_rate),
    formatMinutes(lang, r.avg_delay),
    formatInteger(lang, r.delayed),
    formatInteger(lang, r.cancelled),
    formatPointChange(lang, r.on_time_rate, r.previous_on_time_rate ?? 0, r.previous_on_time_rate !== null),
  ];
}
