// Every quirk of the ATMR payloads undone in one place (docs/dispatch-api.md#enums, #placeholders), from
// validated wire objects to the records of domain/records.ts: enum prefixes and lowercase statuses, French
// placeholders and omitted keys → null. The time formats (naive local scheduled_time kept to the second,
// "…Z"/offset → epoch ms, "dd/mm/YYYY HH:MM" Zurich) are read by wire-time.ts, which the schemas apply
// while validating.
import type {
  AssignmentRecord,
  BookingRecord,
  CompanyRecord,
  DriverRecord,
  RunRecord,
} from '../domain/records';
import type { WireAssignment, WireBooking, WireCompany, WireDriver, WireRunSummary } from './atmr-schemas';
import { parseAssignmentStatus, parseBookingStatus, parseRunStatus, textOrNull } from './wire-enums';

export function normalizeCompany(c: WireCompany): CompanyRecord {
  return { id: c.id, name: c.name.trim(), serviceArea: textOrNull(c.service_area) };
}

export function normalizeDriver(d: WireDriver, companyId: number): DriverRecord {
  const firstName = textOrNull(d.first_name);
  const lastName = textOrNull(d.last_name);
  const username = textOrNull(d.username);
  const joined = [firstName, lastName].filter(Boolean).join(' ');
  return {
    id: d.id,
    companyId: d.company_id ?? companyId,
    fullName: textOrNull(d.full_name) ?? (joined || username || `#${d.id}`),
    firstName,
    lastName,
    username,
    // The serializer's fallback dict (driver.py L207-246) sends false/null: read null as "active", the default.
    isActive: d.is_active ?? true,
    isAvailable: d.is_available ?? false,
    driverType: textOrNull(d.driver_type),
  };
}

export function normalizeBooking(b: WireBooking, companyId: number): BookingRecord {
  return {
    id: b.id,
    companyId,
    scheduledLocal: b.scheduled_time ?? null,
    status: parseBookingStatus(b.status) ?? 'pending',
    driverId: b.driver_id ?? null,
    boardedAt: b.boarded_at ?? null,
    completedAt: b.completed_at ?? null,
    distanceMeters: b.distance_meters ?? null,
    durationSeconds: b.duration_seconds == null ? null : Math.round(b.duration_seconds),
    amount: b.amount ?? null,
    customerName: textOrNull(b.customer_name),
    pickupLocation: textOrNull(b.pickup_location),
    dropoffLocation: textOrNull(b.dropoff_location),
    medicalFacility: textOrNull(b.medical_facility),
    isRoundTrip: b.is_round_trip ?? false,
    isReturn: b.is_return ?? false,
    parentBookingId: b.parent_booking_id ?? null,
  };
}

export function normalizeRun(r: WireRunSummary, companyId: number): RunRecord {
  return {
    id: r.id,
    companyId: r.company_id ?? companyId,
    day: r.day,
    status: parseRunStatus(r.status) ?? 'pending',
    createdAt: r.created_at ?? null,
    startedAt: r.started_at ?? null,
    completedAt: r.completed_at ?? null,
  };
}

export function normalizeAssignment(a: WireAssignment): AssignmentRecord {
  return {
    id: a.id,
    bookingId: a.booking_id,
    driverId: a.driver_id ?? null,
    dispatchRunId: a.dispatch_run_id ?? null,
    status: parseAssignmentStatus(a.status) ?? 'scheduled',
    createdAt: a.created_at ?? null,
    updatedAt: a.updated_at ?? null,
  };
}
