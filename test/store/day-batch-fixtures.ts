// Small hand-made DayBatches for the store tests.
import type { BookingRecord, DayBatch } from '../../src/main/domain/records';

export const COMPANY = 3;

export function booking(
  id: number,
  scheduledLocal: string | null,
  over: Partial<BookingRecord> = {},
): BookingRecord {
  return {
    id,
    companyId: COMPANY,
    scheduledLocal,
    status: 'completed',
    driverId: 7,
    boardedAt: null,
    completedAt: null,
    distanceMeters: 5230,
    durationSeconds: 840,
    amount: 48.5,
    customerName: 'Marie Favre',
    pickupLocation: 'Rue de Lausanne 45, 1201 Genève',
    dropoffLocation: 'HUG, Rue Gabrielle-Perret-Gentil 4, 1205 Genève',
    medicalFacility: 'HUG',
    isRoundTrip: false,
    isReturn: false,
    parentBookingId: null,
    ...over,
  };
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
