// The day in progress, apart from the finished days (docs/analytics.md#today-so-far): counted only over the
// bookings whose time has come, as the store last saw them. A finished period never includes today, because a
// booking planned for 16:00 is "unserved" at 07:00 and would pull a finished week's on-time rate down.
import type { IsoDate, TodaySoFarJson } from '../../shared/analytics-types';
import { type AnalyticsBooking, bookingOutcome } from './booking-outcome';

export interface TodaySoFarInput {
  day: IsoDate;
  /** the instant the figures stand at: the last time today was written by a sync, capped at now */
  asOf: number;
  /** asOf as the company's local wall-clock time, 'HH:MM' */
  asOfLocal: string;
  onTimeThresholdMinutes: number;
}

type TodayBooking = Pick<AnalyticsBooking, 'scheduledAt' | 'status' | 'boardedAt'>;

export function todaySoFar(bookings: Iterable<TodayBooking>, input: TodaySoFarInput): TodaySoFarJson {
  const th = input.onTimeThresholdMinutes;
  let planned = 0;
  let due = 0;
  let onTime = 0;
  let late = 0;
  let cancelled = 0;
  let waiting = 0;
  for (const b of bookings) {
    planned++;
    // A booking without a scheduled instant has no time to come: it is planned, never due.
    if (b.scheduledAt === null || b.scheduledAt > input.asOf) continue;
    due++;
    const outcome = bookingOutcome(b, th);
    if (outcome === 'cancelled') cancelled++;
    else if (outcome === 'on_time') onTime++;
    else if (outcome === 'delayed') late++;
    // Not boarded yet: already late once the threshold has passed, else still within its margin.
    else if (input.asOf - b.scheduledAt > th * 60_000) late++;
    else waiting++;
  }
  const decided = onTime + late;
  return {
    date: input.day,
    as_of: input.asOf,
    as_of_local: input.asOfLocal,
    planned,
    due,
    on_time: onTime,
    late,
    cancelled,
    waiting,
    on_time_rate: decided > 0 ? (onTime * 100) / decided : null,
  };
}
