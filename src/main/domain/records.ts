// Normalised records: what the sync client makes of the server's payloads (after every quirk is undone) and
// what the demo generator produces. Both write them through the same day writer (store/repos/day-batch-repo.ts).
import type { BookingStatus, IsoDate } from '../../shared/analytics-types';

export interface CompanyRecord {
  id: number;
  name: string;
  serviceArea: string | null;
}

export interface DriverRecord {
  id: number;
  companyId: number;
  fullName: string;
  firstName: string | null;
  lastName: string | null;
  username: string | null;
  isActive: boolean;
  isAvailable: boolean;
  driverType: string | null;
}

export interface BookingRecord {
  id: number;
  companyId: number;
  /** naive local wall-clock time exactly as the server sent it, 'YYYY-MM-DDTHH:MM:SS' (null when unknown) */
  scheduledLocal: string | null;
  status: BookingStatus;
  driverId: number | null;
  /** UTC epoch ms */
  boardedAt: number | null;
  /** UTC epoch ms */
  completedAt: number | null;
  distanceMeters: number | null;
  durationSeconds: number | null;
  amount: number | null;
  customerName: string | null;
  pickupLocation: string | null;
  dropoffLocation: string | null;
  medicalFacility: string | null;
  isRoundTrip: boolean;
  isReturn: boolean;
  parentBookingId: number | null;
}

/** DispatchStatus without the server's `DispatchStatus.` prefix, lowercased. */
export const RUN_STATUSES = ['pending', 'running', 'completed', 'failed'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

export interface RunRecord {
  id: number;
  companyId: number;
  day: IsoDate;
  status: RunStatus;
  createdAt: number | null;
  startedAt: number | null;
  completedAt: number | null;
}

/** AssignmentStatus values on the way to a served ride, in their order. */
export const ASSIGNMENT_SERVED_STATUSES = [
  'scheduled',
  'en_route_pickup',
  'arrived_pickup',
  'onboard',
  'en_route_dropoff',
  'arrived_dropoff',
  'completed',
] as const;
/** AssignmentStatus without the server's `AssignmentStatus.` prefix, lowercased. */
export const ASSIGNMENT_STATUSES = [
  ...ASSIGNMENT_SERVED_STATUSES,
  'cancelled',
  'no_show',
  'reassigned',
] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];

export interface AssignmentRecord {
  id: number;
  bookingId: number;
  driverId: number | null;
  dispatchRunId: number | null;
  /** AssignmentStatus without its prefix, lowercased ('scheduled', 'onboard', 'no_show', …) */
  status: string;
  createdAt: number | null;
  updatedAt: number | null;
}

/**
 * Everything the server said about one company-day. Written all or nothing: bookings of that day that are in
 * the store but not in `bookings` are marked deleted.
 */
export interface DayBatch {
  companyId: number;
  day: IsoDate;
  bookings: BookingRecord[];
  run: RunRecord | null;
  assignments: AssignmentRecord[];
}
