// The live clock: today's (and later days') bookings move through their statuses as `now` advances, so a sync
// during the day sees a partial day. Past days are served exactly as the dataset holds them.
import {
  ASSIGNMENT_SERVED_STATUSES,
  type AssignmentRecord,
  type BookingRecord,
  type RunRecord,
} from '../domain/records';
import { intFrom, unitFrom } from '../demo/prng';
import { localToInstant } from '../../shared/time';

const SERVED_PATH = new Set(['assigned', 'en_route', 'in_progress', 'completed']);
const ASSIGNMENT_SERVED_PATH = new Set<string>(ASSIGNMENT_SERVED_STATUSES);
const MINUTE = 60_000;

export interface EventualTimes {
  boardedAt: number;
  completedAt: number;
}

/** When the ride will really be boarded and completed: the record's times, or plausible ones for a plan. */
export function eventualTimes(b: BookingRecord, timeZone: string, seed: number): EventualTimes | null {
  if (!SERVED_PATH.has(b.status) || b.scheduledLocal === null) return null;
  const scheduled = localToInstant(b.scheduledLocal, timeZone);
  const r = unitFrom('delay', seed, b.id);
  const delayMinutes =
    r < 0.6
      ? intFrom(-3, 4, 'd1', seed, b.id)
      : r < 0.9
        ? intFrom(5, 15, 'd2', seed, b.id)
        : intFrom(16, 40, 'd3', seed, b.id);
  const boardedAt = b.boardedAt ?? scheduled + delayMinutes * MINUTE;
  const rideMs = (b.durationSeconds ?? intFrom(900, 2400, 'ride', seed, b.id)) * 1000;
  const completedAt = b.completedAt ?? boardedAt + rideMs + intFrom(1, 6, 'drop', seed, b.id) * MINUTE;
  return { boardedAt, completedAt: Math.max(completedAt, boardedAt) };
}

/** The booking as the server shows it at `now`, from its eventualTimes (which do not depend on the clock). */
export function revealBookingAt(b: BookingRecord, times: EventualTimes | null, now: number): BookingRecord {
  if (!times) return b;
  if (now < times.boardedAt) return { ...b, status: 'assigned', boardedAt: null, completedAt: null };
  if (now < times.completedAt)
    return { ...b, status: 'in_progress', boardedAt: times.boardedAt, completedAt: null };
  return { ...b, status: 'completed', boardedAt: times.boardedAt, completedAt: times.completedAt };
}

/** Follows the revealed booking: scheduled → onboard → completed. */
export function revealAssignment(
  a: AssignmentRecord,
  revealed: BookingRecord | undefined,
  now: number,
): AssignmentRecord {
  if (!revealed || !ASSIGNMENT_SERVED_PATH.has(a.status) || !SERVED_PATH.has(revealed.status)) return a;
  const status =
    revealed.status === 'completed'
      ? 'completed'
      : revealed.status === 'in_progress'
        ? 'onboard'
        : 'scheduled';
  const known = a.updatedAt !== null && a.updatedAt <= now ? a.updatedAt : null;
  const stamps = [known, revealed.boardedAt, revealed.completedAt].filter((t): t is number => t !== null);
  return { ...a, status, updatedAt: stamps.length > 0 ? Math.max(...stamps) : null };
}

/** A run exists once created; it shows as pending, then running, until its completion time has passed. */
export function revealRun(run: RunRecord, now: number): RunRecord | null {
  if (run.createdAt !== null && run.createdAt > now) return null;
  if (run.startedAt !== null && run.startedAt > now)
    return { ...run, status: 'pending', startedAt: null, completedAt: null };
  if (run.completedAt !== null && run.completedAt > now)
    return { ...run, status: 'running', completedAt: null };
  return run;
}
