// One BookingRecord builder for the hand-made test datasets: a served Geneva ride with every field filled, to
// which each test applies its own changes.
import type { BookingRecord } from '../../src/main/domain/records';

export function bookingRecord(
  fields: Pick<BookingRecord, 'id' | 'companyId' | 'scheduledLocal'> & Partial<BookingRecord>,
): BookingRecord {
  const { id, companyId, scheduledLocal, ...rest } = fields;
  return {
    id,
    companyId,
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
    ...rest,
  };
}
