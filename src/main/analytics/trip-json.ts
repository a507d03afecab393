// A stored booking → one row of the trips table.
import type { BookingStatus, TripJson } from '../../shared/analytics-types';
import { type AnalyticsBooking, bookingOutcome, delayMinutes } from './booking-outcome';

export interface TripSource extends AnalyticsBooking {
  id: number;
  driverName: string | null;
  customerName: string | null;
  pickupLocation: string | null;
  dropoffLocation: string | null;
  medicalFacility: string | null;
}

const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

export function toTripJson(t: TripSource, onTimeThresholdMinutes: number): TripJson {
  return {
    id: t.id,
    date: t.day,
    scheduled_local: t.scheduledLocal,
    scheduled_at: iso(t.scheduledAt),
    boarded_at: iso(t.boardedAt),
    delay_minutes: delayMinutes(t),
    outcome: bookingOutcome(t, onTimeThresholdMinutes),
    status: t.status as BookingStatus,
    driver_id: t.driverId,
    driver_name: t.driverName,
    distance_km: t.distanceMeters === null ? null : t.distanceMeters / 1000,
    customer_name: t.customerName,
    pickup_location: t.pickupLocation,
    dropoff_location: t.dropoffLocation,
    medical_facility: t.medicalFacility,
  };
}
