// The KPIs of a window, in the order every surface shows them: the dashboard's cards, the e-mails, the CLI's
// `dashboard` (text and --json), the exports' Summary. Each names the field of the window's summary it reads
// (docs/analytics.md#period-summary) — the summary's shape (PeriodSummaryJson) and its API schema are derived
// from these entries — and, when the day has the same figure, a trend point (sparkline, per-day tables).
// A new KPI: its value in summarizePeriod (src/main/analytics), one entry here, its texts in i18n/*/figures.ts,
// its definition in docs/analytics.md.
import type { PeriodSummaryJson, TrendPointJson } from '../analytics-types';
import type { Figure } from './figure';

/** A day's figures as the per-day tables hold them: null where the day has none (never synced: "—"). */
export type DayFigures = {
  [K in 'bookings' | 'on_time_rate' | 'avg_delay' | 'quality_score']: TrendPointJson[K] | null;
};

/** An entry as declared: a figure whose value is a field of the summary. */
type KpiEntry = Omit<Figure<never>, 'read'> & {
  /** its field in the summary (and in `dashboard --json`) */
  field: string;
  /** the same figure for one day, when daily_stats has it */
  day?: (point: DayFigures) => number | null;
};

const KPI_ENTRIES = [
  {
    key: 'total_bookings',
    field: 'total_bookings',
    label: 'total_bookings',
    day: (p: DayFigures) => p.bookings,
    unit: 'count',
    decimals: 0,
    change: 'relative',
    higherIsBetter: true,
    doc: 'period-summary',
  },
  {
    key: 'on_time_rate',
    field: 'avg_on_time_rate',
    label: 'on_time_rate',
    day: (p: DayFigures) => p.on_time_rate,
    unit: 'percent',
    decimals: 1,
    change: 'points',
    higherIsBetter: true,
    doc: 'on-time-rate',
  },
  {
    key: 'avg_delay_minutes',
    field: 'avg_delay_minutes',
    label: 'avg_delay',
    day: (p: DayFigures) => p.avg_delay,
    unit: 'minutes',
    decimals: 1,
    change: 'minutes',
    higherIsBetter: false,
    doc: 'average-delay',
  },
  {
    key: 'quality_score',
    field: 'avg_quality_score',
    label: 'quality_score',
    day: (p: DayFigures) => p.quality_score,
    unit: 'score',
    decimals: 1,
    change: 'points',
    higherIsBetter: true,
    doc: 'period-quality',
  },
  {
    key: 'cancellation_rate',
    field: 'cancellation_rate',
    label: 'cancellation_rate',
    unit: 'percent',
    decimals: 1,
    change: 'points',
    higherIsBetter: false,
    doc: 'cancellation-rate',
  },
  {
    key: 'trips_per_driver',
    field: 'trips_per_driver',
    label: 'trips_per_driver',
    unit: 'number',
    decimals: 1,
    change: 'relative',
    higherIsBetter: true,
    doc: 'trips-per-driver',
  },
] as const satisfies readonly KpiEntry[];

/** The fields of a window's summary: one per KPI. */
export type SummaryField = (typeof KPI_ENTRIES)[number]['field'];

/** The summary's fields in the catalogue's order (the API schema is built from them). */
export const SUMMARY_FIELDS = KPI_ENTRIES.map((e) => e.field) as readonly SummaryField[] as readonly [
  SummaryField,
  ...SummaryField[],
];

export interface KpiFigure extends Figure<PeriodSummaryJson> {
  field: SummaryField;
  day?: (point: DayFigures) => number | null;
}

export const KPI_FIGURES: readonly KpiFigure[] = KPI_ENTRIES.map((e): KpiFigure => ({
  ...e,
  read: (s) => s[e.field],
}));

/** The KPIs a day also has: the columns of the per-day tables (e-mail, CLI, exports). */
export const DAY_KPI_FIGURES = KPI_FIGURES.filter(
  (f): f is KpiFigure & Required<Pick<KpiFigure, 'day'>> => f.day !== undefined,
);

/** The same, as figures of a day (read from a trend point): the per-day columns, before the trends. */
export const DAY_FIGURES: readonly Figure<TrendPointJson>[] = DAY_KPI_FIGURES.map((f) => ({
  ...f,
  read: f.day,
}));
