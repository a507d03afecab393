// Booking.serialize, exactly 36 keys in the server's order (docs/dispatch-api.md#booking-fields): naive local
// scheduled_time, lowercase status, "…Z" boarded/completed, "dd/mm/YYYY HH:MM" Zurich created/updated, the
// has_return bug. The object goes through the generic writer in dev mode; production pages use
// booking-json.ts's row writer.
import type { BookingRecord, DriverRecord } from '../domain/records';
import type { ServerContext } from './context';
import { hash32, intFrom, pickFrom, unitFrom } from '../demo/prng';
import { pyFloat, type PyFloat } from './py-json';
import { bookingDriver } from './serialize-driver';
import { localToInstant } from '../analytics/time-zone';
import { frenchMinute, utcSecondsZ } from './wall-clock';

const UNSPECIFIED = 'Non spécifié';
const DAY = 86_400_000;
const SERVICES = ['Radiologie', 'Oncologie', 'Dialyse', 'Physiothérapie', 'Cardiologie'];
const DOCTORS = ['Dr Favre', 'Dr Meier', 'Dr Rochat', 'Dr Bianchi', 'Dr Keller'];

/** Creation and last-update instants the server would hold for this booking (synthesized, stable). */
export function bookingStamps(
  ctx: ServerContext,
  b: BookingRecord,
): { createdAt: number; updatedAt: number } {
  const base = b.scheduledLocal
    ? localToInstant(b.scheduledLocal, ctx.timeZone)
    : ctx.companyCreatedAt + 30 * DAY;
  const createdAt =
    base -
    intFrom(2 * 24 * 60, 10 * 24 * 60, 'created', ctx.seed, b.id) * 60_000 -
    intFrom(0, 59_999, 'cms', ctx.seed, b.id);
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

export interface BookingClientWire {
  id: number;
  first_name: string | null;
  last_name: string | null;
  email: string | null;
  full_name: string | null;
}

export interface BookingDriverWire {
  id: number;
  username: string;
  first_name: string | null;
  last_name: string | null;
  full_name: string;
}

/** What serializeBooking returns, key order included (booking-json.ts writes the keys in this order). */
export interface BookingWire {
  id: number;
  customer_name: string | null;
  client_name: string | null;
  pickup_location: string | null;
  dropoff_location: string | null;
  amount: PyFloat;
  scheduled_time: string | null;
  date_formatted: string;
  time_formatted: string;
  status: string;
  client: BookingClientWire;
  company: string;
  driver: BookingDriverWire | null;
  driver_id: number | null;
  duration_seconds: number | null;
  distance_meters: number | null;
  medical_facility: string;
  doctor_name: string;
  hospital_service: string;
  notes_medical: string;
  wheelchair_client_has: boolean;
  wheelchair_need: boolean;
  created_at: string;
  updated_at: string;
  rejected_by: number[];
  is_round_trip: boolean;
  is_return: boolean;
  parent_booking_id: number | null;
  time_confirmed: boolean;
  has_return: boolean;
  boarded_at: string | null;
  completed_at: string | null;
  duree_minutes: number | null;
  duration_in_minutes: number | null;
  billing: { billed_to_type: string; billed_to_company: null; billed_to_contact: null };
  patient_name: string | null;
}

// The client object depends only on the seed and the name, and a year of bookings has a few hundred names.
const clientCache = new Map<string, BookingClientWire>();

function client(ctx: ServerContext, b: BookingRecord): BookingClientWire {
  const key = `${ctx.seed}\u0001${b.customerName}`;
  let known = clientCache.get(key);
  if (!known) {
    known = clientOf(ctx.seed, b.customerName);
    if (clientCache.size >= 50_000) clientCache.clear();
    clientCache.set(key, known);
  }
  return known;
}

function clientOf(seed: number, customerName: string | null): BookingClientWire {
  const name = customerName ?? '';
  const [first = null, ...rest] = name.trim().split(/\s+/).filter(Boolean);
  const last = rest.length > 0 ? rest.join(' ') : null;
  const hasEmail = first !== null && last !== null && unitFrom('mail', seed, name) < 0.8;
  return {
    id: 300 + (hash32('client', seed, name) % 9000),
    first_name: first,
    last_name: last,
    email: hasEmail ? `${asciiSlug(first ?? '')}.${asciiSlug(last ?? '')}@example.ch` : null,
    full_name: customerName,
  };
}

export function serializeBooking(
  ctx: ServerContext,
  b: BookingRecord,
  driversById: Map<number, DriverRecord>,
): BookingWire {
  const seed = ctx.seed;
  const { createdAt, updatedAt } = bookingStamps(ctx, b);
  const driver = b.driverId === null ? undefined : driversById.get(b.driverId);
  const minutes =
    b.boardedAt !== null && b.completedAt !== null
      ? Math.trunc((b.completedAt - b.boardedAt) / 60_000)
      : null;
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
