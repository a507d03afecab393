// Calendar days as 'YYYY-MM-DD' strings. The arithmetic works on the calendar only (UTC-anchored), so it is
// immune to DST; wall-clock times in a zone are in zones.ts.
import { PERIOD_PRESET_DAYS, type IsoDate, type PeriodPreset } from '../analytics-types';
import { invalidInput } from '../analytics-error';

export const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The 'YYYY-MM-DD' of a UTC-anchored instant (for the calendar arithmetic here and in zones.ts). */
export function isoOfUtcDay(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}

export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const ms = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!);
  return isoOfUtcDay(ms) === value;
}

function dayMs(d: IsoDate): number {
  if (!isIsoDate(d)) {
    throw invalidInput('analytics.errors.badDate', { value: String(d) });
  }
  return Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10));
}

export function addDays(d: IsoDate, n: number): IsoDate {
  return isoOfUtcDay(dayMs(d) + n * DAY_MS);
}

/** Calendar days from `from` to `to`, both included (0 or less when `to` is before `from`). */
export function daysBetweenInclusive(from: IsoDate, to: IsoDate): number {
  return Math.round((dayMs(to) - dayMs(from)) / DAY_MS) + 1;
}

/** 0 = Monday … 6 = Sunday. */
export function weekdayOf(d: IsoDate): number {
  return (new Date(dayMs(d)).getUTCDay() + 6) % 7;
}

export function mondayOf(d: IsoDate): IsoDate {
  return addDays(d, -weekdayOf(d));
}

/** Every day from `from` to `to` inclusive, oldest first (empty when `to` is before `from`). */
export function listDays(from: IsoDate, to: IsoDate): IsoDate[] {
  const out: IsoDate[] = [];
  const end = dayMs(to);
  for (let t = dayMs(from); t <= end; t += DAY_MS) out.push(isoOfUtcDay(t));
  return out;
}

/**
 * The window of a period preset seen on `today`: its last N **complete** local days, ending yesterday
 * (docs/analytics.md#periods). The day in progress is never mixed into finished days: its bookings are not all
 * played out, so it would lower the on-time rate of a finished week every morning; it is shown apart.
 * Undefined for a name that is no preset (a value that bypassed the type).
 */
export function presetWindow(
  preset: PeriodPreset,
  today: IsoDate,
): { from: IsoDate; to: IsoDate; days: number } | undefined {
  const days = PERIOD_PRESET_DAYS[preset];
  return days ? { from: addDays(today, -days), to: addDays(today, -1), days } : undefined;
}
