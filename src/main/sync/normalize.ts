// Every quirk of the ATMR payloads undone in one place (atmr-v1.md §0.2–§5), from validated wire objects to the
// records of domain/records.ts: enum prefixes and lowercase statuses, French placeholders and omitted keys →
// null. The time formats (naive local scheduled_time kept to the second, "…Z"/offset → epoch ms,
// "dd/mm/YYYY HH:MM" Zurich) are read by wire-time.ts, which the schemas apply while validating.
import type {
  AssignmentRecord,
  BookingRecord,
  CompanyRecord,
  DriverRecord,
  RunRecord,
} from '../domain/records';
import type { WireAssignment, WireBooking, WireCompany, WireDriver, WireRunSummary } from './atmr-schemas';
import { parseAssignmentStatus, parseBookingStatus, parseRunStatus, textOrNull } from './wire-enums';

// The schemas have already checked and converted the time formats (wire-time.ts); omitted keys → null here.
function instantOrNull(value: number | null | undefined): number | null {
  return value ?? null;
}

function idOrNull(value: number | null | undefined): number | null {
  return value ?? null;
}

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
    driverId: idOrNull(b.driver_id),
    boardedAt: instantOrNull(b.boarded_at),
    completedAt: instantOrNull(b.completed_at),
    distanceMeters: b.distance_meters ?? null,
    durationSeconds: b.duration_seconds == null ? null : Math.round(b.duration_seconds),
    amount: b.amount ?? null,
    customerName: textOrNull(b.customer_name),
    pickupLocation: textOrNull(b.pickup_location),
    dropoffLocation: textOrNull(b.dropoff_location),
    medicalFacility: textOrNull(b.medical_facility),
    isRoundTrip: b.is_round_trip ?? false,
    isReturn: b.is_return ?? false,
    parentBookingId: idOrNull(b.parent_booking_id),
  };
}

export function normalizeRun(r: WireRunSummary, companyId: number): RunRecord {
  return {
    id: r.id,
    companyId: r.company_id ?? companyId,
    day: r.day,
    status: parseRunStatus(r.status) ?? 'pending',
    createdAt: instantOrNull(r.created_at),
    startedAt: instantOrNull(r.started_at),
    completedAt: instantOrNull(r.completed_at),
  };
}

export function normalizeAssignment(a: WireAssignment): AssignmentRecord {
  return {
    id: a.id,
    bookingId: a.booking_id,
    driverId: idOrNull(a.driver_id),
    dispatchRunId: idOrNull(a.dispatch_run_id),
    status: parseAssignmentStatus(a.status) ?? 'scheduled',
    createdAt: instantOrNull(a.created_at),
    updatedAt: instantOrNull(a.updated_at),
  };
}
