// The KPIs of a window, in the order every surface shows them: the dashboard's cards, the e-mails, the CLI's
// `dashboard`, the exports' Summary. Each reads the window's summary (docs/analytics.md#period-summary) and,
// when the day has the same figure, a trend point (the card's sparkline, the per-day tables).
// A new KPI: its field in the summary (src/main/analytics), one entry here, its texts in i18n/*/figures.ts.
import type { PeriodSummaryJson, TrendPointJson } from '../analytics-types';
import type { Figure } from './figure';

/** A day's figures as the per-day tables hold them: null where the day has none (never synced: "—"). */
export type DayFigures = {
  [K in 'bookings' | 'on_time_rate' | 'avg_delay' | 'quality_score']: TrendPointJson[K] | null;
};

export interface KpiFigure extends Figure<PeriodSummaryJson> {
  /** the same figure for one day, when daily_stats has it */
  day?: (point: DayFigures) => number | null;
}

export const KPI_FIGURES: readonly KpiFigure[] = [
  {
    key: 'total_bookings',
    label: 'total_bookings',
    read: (s) => s.total_bookings,
    day: (p) => p.bookings,
    unit: 'count',
    decimals: 0,
    change: 'relative',
    higherIsBetter: true,
    doc: 'period-summary',
  },
  {
    key: 'on_time_rate',
    label: 'on_time_rate',
    read: (s) => s.avg_on_time_rate,
    day: (p) => p.on_time_rate,
    unit: 'percent',
    decimals: 1,
    change: 'points',
    higherIsBetter: true,
    doc: 'on-time-rate',
  },
  {
    key: 'avg_delay_minutes',
    label: 'avg_delay',
    read: (s) => s.avg_delay_minutes,
    day: (p) => p.avg_delay,
    unit: 'minutes',
    decimals: 1,
    change: 'minutes',
    higherIsBetter: false,
    doc: 'average-delay',
  },
  {
    key: 'quality_score',
    label: 'quality_score',
    read: (s) => s.avg_quality_score,
    day: (p) => p.quality_score,
    unit: 'score',
    decimals: 1,
    change: 'points',
    higherIsBetter: true,
    doc: 'period-quality',
  },
  {
    key: 'cancellation_rate',
    label: 'cancellation_rate',
    read: (s) => s.cancellation_rate,
    unit: 'percent',
    decimals: 1,
    change: 'points',
    higherIsBetter: false,
    doc: 'cancellation-rate',
  },
];

/** The KPIs a day also has: the columns of the per-day tables (e-mail, CLI, exports). */
export const DAY_KPI_FIGURES = KPI_FIGURES.filter(
  (f): f is KpiFigure & Required<Pick<KpiFigure, 'day'>> => f.day !== undefined,
);

/** The same, as figures of a day (read from a trend point): the per-day columns, before the trends. */
export const DAY_FIGURES: readonly Figure<TrendPointJson>[] = DAY_KPI_FIGURES.map((f) => ({
  ...f,
  read: f.day,
}));
