// A booking row written straight to compact restx JSON (production pages): the same bytes as
// restxJson(serializeBooking(…)) without its walk over 36 keys, and built from few, large pieces so the
// ~1 MB page is cheap to flatten when it is sent. Keys are in BookingWire's order; booking-json.test.ts
// compares the two writers over a generated year and edge-case fixtures.
import { asciiString, pyFloatRepr, pyNumberRepr } from './py-json';
import type { BookingClientWire, BookingDriverWire, BookingWire } from './serialize-booking';

const str = (v: string | null) => (v === null ? 'null' : asciiString(v));
const num = (v: number | null) => (v === null ? 'null' : pyNumberRepr(v));
const bool = (v: boolean) => (v ? 'true' : 'false');

function clientJson(c: BookingClientWire): string {
  return `{"id": ${num(c.id)}, "first_name": ${str(c.first_name)}, "last_name": ${str(c.last_name)}, "email": ${str(c.email)}, "full_name": ${str(c.full_name)}}`;
}

function driverJson(d: BookingDriverWire | null): string {
  if (d === null) return 'null';
  return `{"id": ${num(d.id)}, "username": ${str(d.username)}, "first_name": ${str(d.first_name)}, "last_name": ${str(d.last_name)}, "full_name": ${str(d.full_name)}}`;
}

function numbersJson(values: number[]): string {
  return values.length === 0 ? '[]' : `[${values.map(pyNumberRepr).join(', ')}]`;
}

export function bookingJson(w: BookingWire): string {
  const parts = [
    '{"id": ',
    num(w.id),
    ', "customer_name": ',
    str(w.customer_name),
    ', "client_name": ',
    str(w.client_name),
    ', "pickup_location": ',
    str(w.pickup_location),
    ', "dropoff_location": ',
    str(w.dropoff_location),
    ', "amount": ',
    pyFloatRepr(w.amount.value),
    ', "scheduled_time": ',
    str(w.scheduled_time),
    ', "date_formatted": ',
    str(w.date_formatted),
    ', "time_formatted": ',
    str(w.time_formatted),
    ', "status": ',
    str(w.status),
    ', "client": ',
    clientJson(w.client),
    ', "company": ',
    str(w.company),
    ', "driver": ',
    driverJson(w.driver),
    ', "driver_id": ',
    num(w.driver_id),
    ', "duration_seconds": ',
    num(w.duration_seconds),
    ', "distance_meters": ',
    num(w.distance_meters),
    ', "medical_facility": ',
    str(w.medical_facility),
    ', "doctor_name": ',
    str(w.doctor_name),
    ', "hospital_service": ',
    str(w.hospital_service),
    ', "notes_medical": ',
    str(w.notes_medical),
    ', "wheelchair_client_has": ',
    bool(w.wheelchair_client_has),
    ', "wheelchair_need": ',
    bool(w.wheelchair_need),
    ', "created_at": ',
    str(w.created_at),
    ', "updated_at": ',
    str(w.updated_at),
    ', "rejected_by": ',
    numbersJson(w.rejected_by),
    ', "is_round_trip": ',
    bool(w.is_round_trip),
    ', "is_return": ',
    bool(w.is_return),
    ', "parent_booking_id": ',
    num(w.parent_booking_id),
    ', "time_confirmed": ',
    bool(w.time_confirmed),
    ', "has_return": ',
    bool(w.has_return),
    ', "boarded_at": ',
    str(w.boarded_at),
    ', "completed_at": ',
    str(w.completed_at),
    ', "duree_minutes": ',
    num(w.duree_minutes),
    ', "duration_in_minutes": ',
    num(w.duration_in_minutes),
    ', "billing": {"billed_to_type": ',
    str(w.billing.billed_to_type),
    ', "billed_to_company": null, "billed_to_contact": null}, "patient_name": ',
    str(w.patient_name),
    '}',
  ];
  // join() writes one flat string; `+` would leave a tree of ~80 pieces per row to walk when sending.
  return parts.join('');
}
