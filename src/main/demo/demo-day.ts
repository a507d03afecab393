// One demo day: the bookings, run and assignments the server would report for it. Drawn from a stream seeded
// by (seed, day) only, so a day is the same whichever range it is generated in; whether it is already past
// (served, with boarding times) or still planned only changes the outcome, not the bookings or their ids.
import type { AssignmentRecord, BookingRecord, DayBatch, RunRecord } from '../domain/records';
import type { IsoDate } from '../../shared/analytics-types';
import { addDays, localToInstant, weekdayOf } from '../../shared/time';
import { createRng, mixSeed, type Rng } from './prng';
import { FACILITIES, STREETS } from './demo-places';
import type { DemoDriver, DemoWorld } from './demo-world';

/** Room for this many bookings per day in the id space (ids = day number × this + sequence). */
export const IDS_PER_DAY = 100_000;
const EPOCH_2000 = Date.UTC(2000, 0, 1);

// Monday first. Medical transport is a weekday business; weekends keep dialysis and discharges.
const WEEKDAY_FACTOR = [1.1, 1.05, 1.05, 1.1, 1.15, 0.6, 0.35];
const MEAN_WEEKDAY_FACTOR = WEEKDAY_FACTOR.reduce((s, f) => s + f, 0) / 7;
// Summer holidays and the end of the year are quieter.
const MONTH_FACTOR = [1, 1, 1.02, 1, 1, 0.98, 0.9, 0.85, 1.02, 1.03, 1.04, 0.92];
// Share of outbound legs per hour (06:00–20:00): a morning peak 7–9 h, a second one 16–18 h.
const FIRST_HOUR = 6;
const HOUR_WEIGHTS = [2, 8, 10, 7, 5, 4, 3, 4, 5, 6, 8, 8, 5, 2, 1];
const PEAK_HOURS = new Set([7, 8, 16, 17]);
const TUESDAY = 1;
const LAST_RETURN_MINUTE = 21 * 60;

export interface DemoDayOptions {
  world: DemoWorld;
  seed: number;
  day: IsoDate;
  /** the last day that is over; later days are planned, not served */
  endDay: IsoDate;
  bookingsPerDay: number;
  timeZone: string;
}

export function dayNumber(day: IsoDate): number {
  return Math.round((Date.parse(`${day}T00:00:00Z`) - EPOCH_2000) / 86_400_000);
}

interface Trip {
  minute: number; // minutes after local midnight
  patient: number;
  /** the facility's name, null for a trip that is not medical */
  facility: string | null;
  destination: string;
  distanceMeters: number | null;
}

export function createDemoDay(o: DemoDayOptions): DayBatch {
  const { world, day, timeZone } = o;
  const rng = createRng(mixSeed(o.seed, dayNumber(day)));
  const companyId = world.company.id;
  const weekday = weekdayOf(day);
  const isPast = day <= o.endDay;
  const month = Number(day.slice(5, 7)) - 1;
  const target = Math.max(
    1,
    Math.round(
      o.bookingsPerDay *
        (WEEKDAY_FACTOR[weekday]! / MEAN_WEEKDAY_FACTOR) *
        MONTH_FACTOR[month]! *
        (1 + rng.normal(0, 0.08)),
    ),
  );
  // Some days traffic or weather make everyone late.
  const badDayDelay = rng.chance(0.04) ? rng.exponential(6) : 0;
  const skippedRun = rng.chance(0.03);
  const hasRun = !isPast || !skippedRun;
  const onDuty = driversOnDuty(rng, world.drivers, weekday, target);

  const run: RunRecord | null = hasRun ? makeRun(rng, companyId, day, o.endDay, timeZone) : null;
  const bookings: BookingRecord[] = [];
  const assignments: AssignmentRecord[] = [];
  const baseId = dayNumber(day) * IDS_PER_DAY;

  const addBooking = (
    trip: Trip,
    leg: {
      isRoundTrip: boolean;
      isReturn: boolean;
      parentId: number | null;
      cancelled: boolean;
      driverId: number;
    },
  ) => {
    const id = baseId + bookings.length + 1;
    const patient = world.patients[trip.patient]!;
    const [pickup, dropoff] = leg.isReturn
      ? [trip.destination, patient.home]
      : [patient.home, trip.destination];
    const scheduledLocal = `${day}T${pad(Math.floor(trip.minute / 60))}:${pad(trip.minute % 60)}:00`;
    const scheduledAt = localToInstant(scheduledLocal, timeZone);
    const durationSeconds =
      trip.distanceMeters === null
        ? null
        : Math.round(trip.distanceMeters / (22_000 / 3600) + 240 + rng.int(0, 180));
    // Outcome draws happen for every booking, past or planned, so the stream (and the next ids) never shifts.
    const delay = delayMinutes(rng, weekday, Math.floor(trip.minute / 60), badDayDelay);
    const noShow = rng.chance(0.01);
    const earlyCancel = rng.chance(0.3);
    const served = isPast && !leg.cancelled && !noShow;
    const boardedAt = served ? scheduledAt + Math.round(delay * 60_000) : null;
    const completedAt = boardedAt !== null ? boardedAt + (durationSeconds ?? 900) * 1000 : null;
    const status: BookingRecord['status'] = leg.cancelled
      ? 'canceled'
      : served
        ? leg.isReturn
          ? 'return_completed'
          : 'completed'
        : 'assigned';
    const driverId = leg.cancelled && earlyCancel ? null : leg.driverId;
    bookings.push({
      id,
      companyId,
      scheduledLocal,
      status,
      driverId,
      boardedAt,
      completedAt,
      distanceMeters: trip.distanceMeters,
      durationSeconds,
      amount:
        trip.distanceMeters === null ? 35 : Math.round((15 + (3 * trip.distanceMeters) / 1000) * 20) / 20,
      customerName: patient.name,
      pickupLocation: pickup,
      dropoffLocation: dropoff,
      medicalFacility: trip.facility,
      isRoundTrip: leg.isRoundTrip,
      isReturn: leg.isReturn,
      parentBookingId: leg.parentId,
    });
    if (driverId !== null) {
      assignments.push({
        id,
        bookingId: id,
        driverId,
        dispatchRunId: run ? run.id : null,
        status: leg.cancelled ? 'cancelled' : !isPast ? 'scheduled' : served ? 'completed' : 'no_show',
        createdAt: run ? run.completedAt : scheduledAt - 3_600_000,
        updatedAt: completedAt,
      });
    }
    return id;
  };

  while (bookings.length < target) {
    const trip = drawTrip(rng, world);
    const returnMinute = trip.minute + rng.int(18, 48) * 5;
    const roundTrip = rng.chance(0.3) && bookings.length + 2 <= target && returnMinute <= LAST_RETURN_MINUTE;
    // A cancelled outbound leg takes its return with it; a return alone is cancelled now and then.
    const cancelled = rng.chance(0.035);
    const driverId = rng.pick(onDuty).id;
    const parentId = addBooking(trip, {
      isRoundTrip: roundTrip,
      isReturn: false,
      parentId: null,
      cancelled,
      driverId,
    });
    if (roundTrip) {
      const returnDriver = rng.chance(0.6) ? driverId : rng.pick(onDuty).id;
      const returnCancelled = cancelled || rng.chance(0.01);
      addBooking(
        { ...trip, minute: returnMinute, distanceMeters: jitterDistance(rng, trip.distanceMeters) },
        { isRoundTrip: true, isReturn: true, parentId, cancelled: returnCancelled, driverId: returnDriver },
      );
    }
  }
  return { companyId, day, bookings, run, assignments };
}

function drawTrip(rng: Rng, world: DemoWorld): Trip {
  const minute = (FIRST_HOUR + rng.weighted(HOUR_WEIGHTS)) * 60 + rng.int(0, 11) * 5;
  const patient = rng.int(0, world.patients.length - 1);
  const city = world.patients[patient]!.city;
  // Mostly medical appointments near home; now and then a private trip elsewhere in town.
  const facility = rng.chance(0.85)
    ? FACILITIES[rng.weighted(FACILITIES.map((f) => (f.city === city ? f.weight : f.weight * 0.03)))]!
    : null;
  const destination = facility?.address ?? rng.pick(STREETS[city]).replace('{n}', String(rng.int(1, 120)));
  // Urban trips: log-normal around 6 km, kept within 1–25 km; the server now and then has no distance.
  const km = Math.min(25, Math.max(1, rng.logNormal(6, 0.6)));
  const distanceMeters = rng.chance(0.02) ? null : Math.round(km * 1000);
  return { minute, patient, facility: facility?.name ?? null, destination, distanceMeters };
}

function jitterDistance(rng: Rng, meters: number | null): number | null {
  return meters === null
    ? null
    : Math.min(25_000, Math.max(1000, Math.round(meters * (0.9 + rng.next() * 0.2))));
}

/**
 * Boarding delay in minutes (negative: the patient boarded early). Mostly a few minutes, worse at rush hour,
 * a long tail, and Tuesdays systematically later (the weekly team meeting runs over, say).
 */
function delayMinutes(rng: Rng, weekday: number, hour: number, badDayDelay: number): number {
  let d = rng.normal(-1, 2.5);
  if (PEAK_HOURS.has(hour)) d += rng.exponential(2.5);
  if (rng.chance(0.1)) d += rng.exponential(12);
  if (rng.chance(0.02)) d += 20 + rng.exponential(20);
  // Tuesdays: a large share of pick-ups run well late, not everything a little.
  if (weekday === TUESDAY && rng.chance(0.4)) d += 12 + rng.exponential(12);
  return d + (badDayDelay > 0 ? rng.exponential(badDayDelay) : 0);
}

function driversOnDuty(rng: Rng, drivers: DemoDriver[], weekday: number, bookings: number): DemoDriver[] {
  const active = drivers.filter((d) => d.isActive);
  const weekend = weekday >= 5;
  const onDuty = active.filter((d) =>
    weekend ? d.weekendShifts && rng.chance(0.7) : rng.chance(d.presence),
  );
  // Never fewer than one driver per ~10 bookings (and at least 3): the office calls people in.
  const needed = Math.min(active.length, Math.max(3, Math.ceil(bookings / 10)));
  for (const d of active) {
    if (onDuty.length >= needed) break;
    if (!onDuty.includes(d)) onDuty.push(d);
  }
  return onDuty;
}

function makeRun(rng: Rng, companyId: number, day: IsoDate, endDay: IsoDate, timeZone: string): RunRecord {
  // The office dispatches each day the evening before.
  const createdAt = localToInstant(`${addDays(day, -1)}T17:00:00`, timeZone) + rng.int(0, 600) * 1000;
  const runMillis = rng.int(3_000, 12_000);
  const planned = day > addDays(endDay, 1);
  return {
    id: dayNumber(day) + 1,
    companyId,
    day,
    status: planned ? 'pending' : 'completed',
    createdAt,
    startedAt: planned ? null : createdAt + 1_100,
    completedAt: planned ? null : createdAt + 1_100 + runMillis,
  };
}

const pad = (n: number): string => String(n).padStart(2, '0');
