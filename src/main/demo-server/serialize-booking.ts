// Booking.serialize, exactly 36 keys in the server's order (atmr-v1.md §4): naive local scheduled_time,
// lowercase status, "…Z" boarded/completed, "dd/mm/YYYY HH:MM" Zurich created/updated, the has_return bug.
import type { BookingRecord, DriverRecord } from '../domain/records';
import type { ServerContext } from './context';
import { hash32, intFrom, pickFrom, unitFrom } from './prng';
import { pyFloat } from './py-json';
import { bookingDriver } from './serialize-driver';
import { localToInstant } from '../analytics/time-zone';
import { frenchMinute, utcSecondsZ } from './wall-clock';

const UNSPECIFIED = 'Non spécifié';
const DAY = 86_400_000;
const SERVICES = ['Radiologie', 'Oncologie', 'Dialyse', 'Physiothérapie', 'Cardiologie'];
const DOCTORS = ['Dr Favre', 'Dr Meier', 'Dr Rochat', 'Dr Bianchi', 'Dr Keller'];

/** Creation and last-update instants the server would hold for this booking (synthesized, stable). */
export function bookingStamps(ctx: ServerContext, b: BookingRecord): { createdAt: number; updatedAt: number } {
  const base = b.scheduledLocal ? localToInstant(b.scheduledLocal, ctx.timeZone) : ctx.companyCreatedAt + 30 * DAY;
  const createdAt = base - intFrom(2 * 24 * 60, 10 * 24 * 60, 'created', ctx.seed, b.id) * 60_000 - intFrom(0, 59_999, 'cms', ctx.seed, b.id);
  const edited = createdAt + intFrom(5, 600, 'edited', ctx.seed, b.id) * 60_000;
  return { createdAt, updatedAt: Math.max(edited, b.boardedAt ?? 0, b.completedAt ?? 0) };
}

function asciiSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

function client(ctx: ServerContext, b: BookingRecord): Record<string, unknown> {
  const name = b.customerName ?? '';
  const [first = null, ...rest] = name.trim().split(/\s+/).filter(Boolean);
  const last = rest.length > 0 ? rest.join(' ') : null;
  const hasEmail = first !== null && last !== null && unitFrom('mail', ctx.seed, name) < 0.8;
  return {
    id: 300 + (hash32('client', ctx.seed, name) % 9000),
    first_name: first,
    last_name: last,
    email: hasEmail ? `${asciiSlug(first ?? '')}.${asciiSlug(last ?? '')}@example.ch` : null,
    full_name: b.customerName,
  };
}

export function serializeBooking(
  ctx: ServerContext,
  b: BookingRecord,
  driversById: Map<number, DriverRecord>,
): Record<string, unknown> {
  const seed = ctx.seed;
  const { createdAt, updatedAt } = bookingStamps(ctx, b);
  const driver = b.driverId === null ? undefined : driversById.get(b.driverId);
  const minutes =
    b.boardedAt !== null && b.completedAt !== null ? Math.trunc((b.completedAt - b.boardedAt) / 60_000) : null;
  const wheelchairNeed = unitFrom('wheelchair', seed, b.id) < 0.15;
  const billedTo = unitFrom('billing', seed, b.id);
  return {
    id: b.id,
    customer_name: b.customerName,
    client_name: b.customerName,
    pickup_location: b.pickupLocation,
    dropoff_location: b.dropoffLocation,
    amount: pyFloat(Math.round((b.amount ?? 0) * 100) / 100),
    scheduled_time: b.scheduledLocal,
    date_formatted: b.scheduledLocal ? b.scheduledLocal.slice(0, 10) : UNSPECIFIED,
    time_formatted: b.scheduledLocal ? b.scheduledLocal.slice(11, 16) : UNSPECIFIED,
    status: b.status,
    client: client(ctx, b),
    company: b.companyId === ctx.dataset.company.id ? ctx.dataset.company.name : 'Non assignée',
    driver: driver ? bookingDriver(driver) : null,
    driver_id: b.driverId,
    duration_seconds: b.durationSeconds,
    distance_meters: b.distanceMeters,
    medical_facility: b.medicalFacility ?? UNSPECIFIED,
    doctor_name: unitFrom('doctor', seed, b.id) < 0.3 ? pickFrom(DOCTORS, 'dr', seed, b.id) : UNSPECIFIED,
    hospital_service: b.medicalFacility ? pickFrom(SERVICES, 'service', seed, b.id) : UNSPECIFIED,
    notes_medical: unitFrom('notes', seed, b.id) < 0.1 ? 'Patient à mobilité réduite' : 'Aucune note',
    wheelchair_client_has: wheelchairNeed && unitFrom('own-chair', seed, b.id) < 0.5,
    wheelchair_need: wheelchairNeed,
    created_at: frenchMinute(createdAt, ctx.timeZone),
    updated_at: frenchMinute(updatedAt, ctx.timeZone),
    rejected_by: unitFrom('rejected', seed, b.id) < 0.05 ? [b.companyId + 1] : [],
    is_round_trip: b.isRoundTrip,
    is_return: b.isReturn,
    parent_booking_id: b.parentBookingId,
    time_confirmed: unitFrom('confirmed', seed, b.id) < 0.9,
    // The server's bug: `return_trip` points at the parent, so the *return* leg says has_return=true.
    has_return: b.parentBookingId !== null,
    boarded_at: b.boardedAt === null ? null : utcSecondsZ(b.boardedAt),
    completed_at: b.completedAt === null ? null : utcSecondsZ(b.completedAt),
    duree_minutes: minutes,
    duration_in_minutes: minutes,
    billing: {
      billed_to_type: billedTo < 0.7 ? 'patient' : billedTo < 0.9 ? 'clinic' : 'insurance',
      billed_to_company: null,
      billed_to_contact: null,
    },
    patient_name: b.customerName,
  };
}
