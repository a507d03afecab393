// Checks a DayBatch before anything is written, so a bad record can never leave half a day in the store.
// The producers (sync client, demo generator) already normalise; this is the store's own guard.
import { BOOKING_STATUSES } from '../../shared/analytics-types';
import { RUN_STATUSES, type DayBatch } from '../domain/records';
import { isIsoDate, isTimeZone, parseWallClock } from '../../shared/time';
import { msg } from '../../shared/i18n';
import { LocalizedError } from '../../shared/i18n/localized-error';

const BOOKING_STATUS_SET: ReadonlySet<string> = new Set(BOOKING_STATUSES);
const RUN_STATUS_SET: ReadonlySet<string> = new Set(RUN_STATUSES);

/** A batch the store refuses; `message` names the field, `userMessage` says what to do. */
export class DayBatchError extends LocalizedError {
  override name = 'DayBatchError';
  readonly kind = 'validation' as const;
  constructor(detail: string) {
    super(msg('store.dayBatchRefused', { detail }));
    // The technical detail is the message itself: logs and tests grep for it.
    this.message = detail;
  }
}

const isId = (v: unknown): boolean => Number.isSafeInteger(v) && (v as number) > 0;
const isIdOrNull = (v: unknown): boolean => v === null || isId(v);
const isInstantOrNull = (v: unknown): boolean => v === null || (typeof v === 'number' && Number.isFinite(v));
const isCountOrNull = (v: unknown): boolean =>
  v === null || (typeof v === 'number' && Number.isFinite(v) && v >= 0);
const isTextOrNull = (v: unknown): boolean => v === null || typeof v === 'string';

export function checkDayBatch(batch: DayBatch, timeZone: string): void {
  const fail = (detail: string): never => {
    throw new DayBatchError(`${batch.day ?? '?'}: ${detail}`);
  };
  if (!isTimeZone(timeZone)) fail(`unknown time zone "${timeZone}"`);
  if (typeof batch.day !== 'string' || !isIsoDate(batch.day))
    fail(`day "${String(batch.day)}" is not a date`);
  if (!isId(batch.companyId)) fail(`companyId ${String(batch.companyId)} is not a positive integer`);

  const r = batch.run;
  if (r) {
    if (!isId(r.id)) fail(`run.id ${String(r.id)} is not a positive integer`);
    if (r.companyId !== batch.companyId) fail(`run.companyId ${r.companyId} is not the batch's company`);
    if (r.day !== batch.day) fail(`run.day ${r.day} is not the batch's day`);
    if (!RUN_STATUS_SET.has(r.status)) fail(`run.status "${r.status}" is unknown`);
    if (![r.createdAt, r.startedAt, r.completedAt].every(isInstantOrNull))
      fail('run timestamps must be epoch ms');
  }

  const seen = new Set<number>();
  batch.bookings.forEach((b, i) => {
    const at = `bookings[${i}]`;
    if (!isId(b.id)) fail(`${at}.id ${String(b.id)} is not a positive integer`);
    if (seen.has(b.id)) fail(`${at}.id ${b.id} appears twice`);
    seen.add(b.id);
    if (b.companyId !== batch.companyId) fail(`${at}.companyId ${b.companyId} is not the batch's company`);
    if (
      b.scheduledLocal !== null &&
      (typeof b.scheduledLocal !== 'string' || parseWallClock(b.scheduledLocal) === null)
    ) {
      fail(`${at}.scheduledLocal "${String(b.scheduledLocal)}" is not 'YYYY-MM-DDTHH:MM:SS'`);
    }
    if (!BOOKING_STATUS_SET.has(b.status)) fail(`${at}.status "${b.status}" is unknown`);
    if (!isIdOrNull(b.driverId) || !isIdOrNull(b.parentBookingId))
      fail(`${at}: driverId/parentBookingId must be ids`);
    if (!isInstantOrNull(b.boardedAt) || !isInstantOrNull(b.completedAt))
      fail(`${at}: timestamps must be epoch ms`);
    if (![b.distanceMeters, b.durationSeconds, b.amount].every(isCountOrNull)) {
      fail(`${at}: distance, duration and amount must be numbers ≥ 0`);
    }
    const texts = [b.customerName, b.pickupLocation, b.dropoffLocation, b.medicalFacility];
    if (!texts.every(isTextOrNull)) fail(`${at}: names and locations must be text`);
    if (typeof b.isRoundTrip !== 'boolean' || typeof b.isReturn !== 'boolean')
      fail(`${at}: flags must be booleans`);
  });

  const seenAssignments = new Set<number>();
  batch.assignments.forEach((a, i) => {
    const at = `assignments[${i}]`;
    if (!isId(a.id)) fail(`${at}.id ${String(a.id)} is not a positive integer`);
    if (seenAssignments.has(a.id)) fail(`${at}.id ${a.id} appears twice`);
    seenAssignments.add(a.id);
    if (!isId(a.bookingId)) fail(`${at}.bookingId ${String(a.bookingId)} is not a positive integer`);
    if (!isIdOrNull(a.driverId) || !isIdOrNull(a.dispatchRunId))
      fail(`${at}: driverId/dispatchRunId must be ids`);
    if (typeof a.status !== 'string' || a.status === '') fail(`${at}.status is missing`);
    if (!isInstantOrNull(a.createdAt) || !isInstantOrNull(a.updatedAt))
      fail(`${at}: timestamps must be epoch ms`);
  });
}
