// `dashboard`: the period's KPIs, trends and insights, as JSON (shaped like the reference /analytics/dashboard
// data) or as a readable report.
import type { Command } from 'commander';
import type {
  IsoDate,
  Lang,
  PeriodJson,
  PeriodPreset,
  TrendPointJson,
} from '../../../shared/analytics-types';
import { translate } from '../../../shared/i18n';
import { roundNumbersDeep } from '../../../shared/round';
import { addDays, mondayOf } from '../../../shared/time';
import { customPeriod, resolvePeriod } from '../../analytics/period';
import { getDashboard } from '../../services/analytics-service';
import type { CliContext, OpenData } from '../cli-context';
import { parsePeriodOptions } from '../cli-args';
import { periodCommand, type PeriodCommandOptions } from '../period-command';
import { renderDashboard, type Breakdown, type BreakdownRow } from '../format/dashboard-text';

export function register(program: Command, ctx: CliContext): void {
  periodCommand(program, ctx, 'dashboard', ctx.text('cli.dashboard.description')).action(
    async (opts: PeriodCommandOptions) => {
      const period = parsePeriodOptions(opts);
      const preset = 'preset' in period ? period.preset : null;
      const lang = ctx.lang();
      await ctx.withData((data) => {
        const dashboard = getDashboard(data.store.db, {
          period: resolvePeriod(period, data.today),
          today: data.today,
          now: ctx.now(),
          lang,
          settings: data.settings,
          thresholds: data.settings.insightThresholds,
        });
        if (opts.json) {
          // The reference server repeats its trends as `daily_breakdown`; scripts written for it read either.
          const { insights, ...rest } = roundNumbersDeep(dashboard);
          ctx.out(JSON.stringify({ ...rest, daily_breakdown: rest.trends, insights }, null, 2));
          return;
        }
        const title = titleOf(preset, lang);
        const breakdown = breakdownOf(data, dashboard.period, dashboard.trends, lang);
        for (const line of renderDashboard(dashboard, title, breakdown, lang)) ctx.out(line);
      });
    },
  );
}

function titleOf(preset: PeriodPreset | null, lang: Lang): string {
  const what = translate(lang, preset ? `cli.dashboard.presets.${preset}` : 'cli.dashboard.chosenPeriod');
  return translate(lang, 'cli.dashboard.title', { what });
}

/** Up to a month: one row per day. Up to ~4 months: per week (Monday–Sunday). Longer: per month. */
function breakdownOf(data: OpenData, period: PeriodJson, trends: TrendPointJson[], lang: Lang): Breakdown {
  if (period.days <= 31) return { kind: 'day', rows: trends };
  const kind = period.days <= 120 ? 'week' : 'month';
  const chunks = kind === 'week' ? weekChunks(period) : monthChunks(period);
  // Each chunk is summarised by the service itself, so its figures follow docs/analytics.md#periods exactly.
  const rows: BreakdownRow[] = chunks.map((c) => ({
    label: c.label,
    summary: getDashboard(data.store.db, {
      period: customPeriod(c.from, c.to),
      today: data.today,
      lang,
      settings: data.settings,
    }).summary,
  }));
  return { kind, rows };
}

interface Chunk {
  label: string;
  from: IsoDate;
  to: IsoDate;
}

function weekChunks(p: PeriodJson): Chunk[] {
  const out: Chunk[] = [];
  for (let monday = mondayOf(p.start); monday <= p.end; monday = addDays(monday, 7)) {
    const from = monday < p.start ? p.start : monday;
    const sunday = addDays(monday, 6);
    const to = sunday > p.end ? p.end : sunday;
    out.push({ label: `${from} → ${to}`, from, to });
  }
  return out;
}

function monthChunks(p: PeriodJson): Chunk[] {
  const out: Chunk[] = [];
  for (let first = `${p.start.slice(0, 7)}-01`; first <= p.end; first = nextMonth(first)) {
    const from = first < p.start ? p.start : first;
    const last = addDays(nextMonth(first), -1);
    out.push({ label: first.slice(0, 7), from, to: last > p.end ? p.end : last });
  }
  return out;
}

function nextMonth(first: IsoDate): IsoDate {
  const [y, m] = [Number(first.slice(0, 4)), Number(first.slice(5, 7))];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}
