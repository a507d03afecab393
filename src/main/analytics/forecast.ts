// The bookings forecast for staffing: expected bookings per day with an 80 % interval, learned only from complete
// past days. Method and parameters: docs/analytics.md#forecast. Pure: the caller reads the daily counts.
//
// Why medians: a one-off day (an event with 500 bookings, a strike with 3) must not move next week's forecast.
// The same-weekday median ignores it, and so does the level factor, which is itself a median of ratios.
import type { IsoDate } from '../../shared/analytics-types';
import { DAY_MS, addDays } from '../../shared/time';
import { median, quantile } from './robust-stats';

/** How many previous same weekdays make a day's baseline. */
export const SAME_WEEKDAYS = 8;
/** The recent days whose ratio to their own baseline gives the level (a trend or a season turning). */
export const LEVEL_DAYS = 14;
/** Fewer ratios than this: no level correction (factor 1). */
const MIN_LEVEL_RATIOS = 7;
/** The level factor is bounded so that a run of odd days cannot double or halve a forecast. */
const LEVEL_BOUNDS = [0.5, 2] as const;
/** A baseline needs at least this many same weekdays. */
const MIN_SAME_WEEKDAYS = 2;
/** The past days whose one-day-ahead errors give the interval. */
const RESIDUAL_DAYS = 56;
const MIN_RESIDUALS = 14;
/** The 80 % interval: the 10th and 90th percentiles of actual / forecast. */
const INTERVAL = [0.1, 0.9] as const;

/** Bookings of each complete past day, by date. A date inside the covered range without an entry counts 0. */
export type DailyCounts = ReadonlyMap<IsoDate, number>;

export interface DayForecast {
  date: IsoDate;
  /** expected bookings (not rounded) */
  bookings: number;
  /** the 80 % interval */
  low: number;
  high: number;
}

/** The counts as an array by day number (days since 1970-01-01): the methods below walk it thousands of times. */
interface History {
  /** day number of the first known day */
  first: number;
  /** count by day number − first; undefined where no entry */
  values: (number | undefined)[];
}

const histories = new WeakMap<DailyCounts, History>();

function dayNumber(d: IsoDate): number {
  return Math.round(Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10)) / DAY_MS);
}

function historyOf(counts: DailyCounts): History {
  let h = histories.get(counts);
  if (h) return h;
  let first = Infinity;
  for (const d of counts.keys()) first = Math.min(first, dayNumber(d));
  h = { first, values: [] };
  for (const [d, v] of counts) h.values[dayNumber(d) - first] = v;
  histories.set(counts, h);
  return h;
}

const known = (h: History, day: number): number | undefined => h.values[day - h.first];

/**
 * The up to SAME_WEEKDAYS values of `target`'s weekday strictly before `origin`, newest first. A day inside the
 * covered range without an entry counts 0 (the office had no bookings); days before the first known day are unknown.
 */
function sameWeekdayValues(h: History, target: number, origin: number): number[] {
  const values: number[] = [];
  let d = target;
  while (d >= origin) d -= 7;
  for (; values.length < SAME_WEEKDAYS && d >= h.first; d -= 7) values.push(known(h, d) ?? 0);
  return values;
}

function baselineAt(h: History, target: number, origin: number): number | null {
  const values = sameWeekdayValues(h, target, origin);
  return values.length >= MIN_SAME_WEEKDAYS ? median(values) : null;
}

function levelAt(h: History, origin: number): number {
  const ratios: number[] = [];
  for (let d = origin - LEVEL_DAYS; d < origin; d++) {
    const v = known(h, d);
    const base = baselineAt(h, d, d);
    if (v === undefined || base === null || base <= 0) continue;
    ratios.push(v / base);
  }
  if (ratios.length < MIN_LEVEL_RATIOS) return 1;
  return Math.min(LEVEL_BOUNDS[1], Math.max(LEVEL_BOUNDS[0], median(ratios)));
}

function forecastAt(h: History, target: number, origin: number, level = levelAt(h, origin)): number | null {
  const base = baselineAt(h, target, origin);
  return base === null ? null : base * level;
}

function intervalAt(h: History, origin: number): readonly [number, number] | null {
  const ratios: number[] = [];
  for (let d = origin - RESIDUAL_DAYS; d < origin; d++) {
    const v = known(h, d);
    const f = forecastAt(h, d, d);
    if (v === undefined || f === null || f <= 0) continue;
    ratios.push(v / f);
  }
  if (ratios.length < MIN_RESIDUALS) return null;
  return [quantile(ratios, INTERVAL[0]), quantile(ratios, INTERVAL[1])];
}

/** Median of the same weekdays before `origin`; null when there are fewer than MIN_SAME_WEEKDAYS. */
export function sameWeekdayBaseline(counts: DailyCounts, target: IsoDate, origin: IsoDate): number | null {
  return baselineAt(historyOf(counts), dayNumber(target), dayNumber(origin));
}

/** Median ratio of the last LEVEL_DAYS days to their own baselines, bounded; 1 when there is too little. */
export function levelFactor(counts: DailyCounts, origin: IsoDate): number {
  return levelAt(historyOf(counts), dayNumber(origin));
}

/** The point forecast of `target` made with the days before `origin`; null when the history is too short. */
export function pointForecast(counts: DailyCounts, target: IsoDate, origin: IsoDate): number | null {
  return forecastAt(historyOf(counts), dayNumber(target), dayNumber(origin));
}

/** The interval's multipliers from the one-day-ahead errors of the last RESIDUAL_DAYS days. */
export function intervalFactors(counts: DailyCounts, origin: IsoDate): readonly [number, number] | null {
  return intervalAt(historyOf(counts), dayNumber(origin));
}

/**
 * Forecasts `days` days from `today` (today included) with the complete days before today. Days the history is
 * too short for are left out. Without enough residuals the interval is the spread of the same weekdays' values.
 */
export function forecastDays(counts: DailyCounts, today: IsoDate, days: number): DayForecast[] {
  const h = historyOf(counts);
  const origin = dayNumber(today);
  const level = levelAt(h, origin);
  const factors = intervalAt(h, origin);
  const out: DayForecast[] = [];
  for (let i = 0; i < days; i++) {
    const bookings = forecastAt(h, origin + i, origin, level);
    if (bookings === null) continue;
    const [lowF, highF] = factors ?? spreadFactors(h, origin + i, origin);
    out.push({
      date: addDays(today, i),
      bookings,
      low: bookings * Math.min(1, lowF),
      high: bookings * Math.max(1, highF),
    });
  }
  return out;
}

/** Fallback interval: the same weekdays' smallest and largest value relative to their median. */
function spreadFactors(h: History, target: number, origin: number): readonly [number, number] {
  const values = sameWeekdayValues(h, target, origin);
  const m = median(values);
  if (!(m > 0)) return [1, 1];
  return [Math.min(...values) / m, Math.max(...values) / m];
}
