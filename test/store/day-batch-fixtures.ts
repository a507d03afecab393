// Small hand-made DayBatches for the store tests.
import type { BookingRecord, DayBatch } from '../../src/main/domain/records';
import { bookingRecord } from '../helpers/booking-record';

export const COMPANY = 3;

export function booking(
  id: number,
  scheduledLocal: string | null,
  over: Partial<BookingRecord> = {},
): BookingRecord {
  return bookingRecord({ id, companyId: COMPANY, scheduledLocal, ...over });
}

export function batch(day: string, bookings: BookingRecord[], over: Partial<DayBatch> = {}): DayBatch {
  return {
    companyId: COMPANY,
    day,
    bookings,
    run: { id: 58, companyId: COMPANY, day, status: 'completed', createdAt: 1, startedAt: 2, completedAt: 3 },
    assignments: bookings.map((b) => ({
      id: b.id + 1000,
      bookingId: b.id,
      driverId: b.driverId,
      dispatchRunId: 58,
      status: 'completed',
      createdAt: 1,
      updatedAt: null,
    })),
    ...over,
  };
}
