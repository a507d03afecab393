// zod schemas of the ATMR v1 payloads the sync reads (docs/dispatch-api.md#booking-fields). Loose where the
// server is loose (keys omitted when null → nullish; extra keys ignored, zod's default), strict on what
// analytics needs: ids, scheduled_time, status, boarded_at, driver_id, distance_meters. Time formats come out
// converted (see `converted`); everything else stays in wire form and normalize.ts turns it into records.
import { z } from 'zod';
import { isIsoDate, parseInstant } from '../../shared/time';
import { parseNaiveLocal } from './wire-time';
import { parseAssignmentStatus, parseBookingStatus, parseRunStatus } from './wire-enums';

const id = z.number({ error: 'expected an integer id' }).int('expected an integer id');
const optionalId = id.nullish();
const looseText = z.string().nullish().catch(null);
const looseBool = z.boolean().nullish().catch(null);
const looseNumber = z.number().nullish().catch(null);

// Time formats are checked and converted in one go (a sync reads hundreds of thousands of them): the schema
// output holds the canonical naive local string or epoch ms, not the wire text.
function converted<T>(parse: (v: string) => T | null, expected: string) {
  return z.string().transform((v, ctx) => {
    const out = parse(v);
    if (out === null) {
      ctx.addIssue({ code: 'custom', message: expected, input: v });
      return z.NEVER;
    }
    return out;
  });
}
const naiveLocal = converted(parseNaiveLocal, 'expected ISO local date-time');
const instant = converted(parseInstant, 'expected ISO date-time with Z or offset');
// Timestamps analytics does not read: a bad one becomes null instead of failing the day.
const looseInstant = z
  .string()
  .nullish()
  .catch(null)
  .transform((v) => (v == null ? null : parseInstant(v)));
const isoDay = z.string().refine(isIsoDate, 'expected YYYY-MM-DD');
const bookingStatus = z.string().refine((v) => parseBookingStatus(v) !== null, 'expected a booking status');
const runStatus = z.string().refine((v) => parseRunStatus(v) !== null, 'expected DispatchStatus.<NAME>');
const assignmentStatus = z
  .string()
  .refine((v) => parseAssignmentStatus(v) !== null, 'expected AssignmentStatus.<NAME>');

export const loginResponseSchema = z.object({
  token: z.string().regex(/^[\w-]+\.[\w-]+\.[\w-]*$/, 'expected a JWT'),
});

export const companySchema = z.object({
  id,
  name: z.string(),
  service_area: looseText,
});
export type WireCompany = z.infer<typeof companySchema>;

export const driverSchema = z.object({
  id,
  company_id: optionalId.catch(null),
  username: looseText,
  first_name: looseText,
  last_name: looseText,
  full_name: looseText,
  is_active: looseBool,
  is_available: looseBool,
  driver_type: looseText,
});
export type WireDriver = z.infer<typeof driverSchema>;

export const driversResponseSchema = z.object({
  drivers: z.array(driverSchema),
  total: z.number().int().nullish(),
});

export const bookingSchema = z.object({
  id,
  scheduled_time: naiveLocal.nullish(),
  status: bookingStatus,
  driver_id: optionalId,
  boarded_at: instant.nullish(),
  completed_at: looseInstant,
  distance_meters: z.number().int('expected whole metres').nonnegative().nullish(),
  duration_seconds: looseNumber,
  amount: looseNumber,
  customer_name: looseText,
  pickup_location: looseText,
  dropoff_location: looseText,
  medical_facility: looseText,
  is_round_trip: looseBool,
  is_return: looseBool,
  parent_booking_id: optionalId.catch(null),
});
export type WireBooking = z.infer<typeof bookingSchema>;

export const reservationsPageSchema = z.object({
  reservations: z.array(bookingSchema),
  total: z.number().int().nonnegative(),
  page: z.number().int().nullish(),
  per_page: z.number().int().nullish(),
  total_pages: z.number().int().nonnegative(),
});
export type WireReservationsPage = z.infer<typeof reservationsPageSchema>;

const runFields = {
  id,
  company_id: optionalId.catch(null),
  day: isoDay,
  status: runStatus,
  created_at: looseInstant,
  started_at: looseInstant,
  completed_at: looseInstant,
};

export const runSummarySchema = z.object(runFields);
export type WireRunSummary = z.infer<typeof runSummarySchema>;
export const runsListSchema = z.array(runSummarySchema);

export const assignmentSchema = z.object({
  id,
  booking_id: id,
  driver_id: optionalId,
  dispatch_run_id: optionalId,
  status: assignmentStatus,
  created_at: looseInstant,
  updated_at: looseInstant,
});
export type WireAssignment = z.infer<typeof assignmentSchema>;

export const runDetailSchema = z.object({ ...runFields, assignments: z.array(assignmentSchema) });
