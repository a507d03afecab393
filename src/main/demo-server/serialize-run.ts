// The restx marshal models of /company_dispatch (docs/dispatch-api.md#runs): enum values as Python's str() of
// a (str, Enum) member ("DispatchStatus.COMPLETED"), meta null in the list but {} in the detail, and
// skip_none on the nested booking/driver (null keys omitted, {} when unassigned).
import type { AssignmentRecord, BookingRecord, DriverRecord, RunRecord } from '../domain/records';
import type { ServerContext } from './context';
import { driverUserId, driverUsername } from './serialize-driver';
import { pyIsoOffset } from './wall-clock';

export const enumStr = (className: string, value: string) => `${className}.${value.toUpperCase()}`;

function iso(ctx: ServerContext, ms: number | null): string | null {
  return ms === null ? null : pyIsoOffset(ms, ctx.dbZone);
}

function withoutNulls(value: Record<string, unknown>): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const v = value[key];
    if (v !== null && v !== undefined) kept[key] = v;
  }
  return kept;
}

export function serializeRunSummary(ctx: ServerContext, run: RunRecord): Record<string, unknown> {
  return {
    id: run.id,
    company_id: run.companyId,
    day: run.day,
    created_at: iso(ctx, run.createdAt),
    started_at: iso(ctx, run.startedAt),
    completed_at: iso(ctx, run.completedAt),
    status: enumStr('DispatchStatus', run.status),
    meta: null,
  };
}

export function serializeRunDetail(
  ctx: ServerContext,
  run: RunRecord,
  assignments: AssignmentRecord[],
  bookingsById: Map<number, BookingRecord>,
  driversById: Map<number, DriverRecord>,
): Record<string, unknown> {
  const rows = assignments.flatMap((a) => {
    const booking = bookingsById.get(a.bookingId);
    // Only assignments whose booking still exists and belongs to the company are listed.
    if (!booking || booking.companyId !== run.companyId) return [];
    const driver = a.driverId === null ? undefined : driversById.get(a.driverId);
    return [
      {
        id: a.id,
        booking_id: a.bookingId,
        driver_id: a.driverId,
        dispatch_run_id: a.dispatchRunId,
        status: enumStr('AssignmentStatus', a.status),
        // The model's attribute names do not exist on Assignment: always null.
        pickup_eta: null,
        dropoff_eta: null,
        created_at: iso(ctx, a.createdAt),
        updated_at: iso(ctx, a.updatedAt),
        booking: withoutNulls({
          id: booking.id,
          company_id: booking.companyId,
          customer_name: booking.customerName,
          scheduled_time: booking.scheduledLocal,
          status: enumStr('BookingStatus', booking.status),
        }),
        driver: driver
          ? withoutNulls({
              id: driver.id,
              company_id: driver.companyId,
              user: withoutNulls({
                id: driverUserId(driver),
                first_name: driver.firstName,
                last_name: driver.lastName,
                username: driverUsername(driver),
              }),
            })
          : {},
      },
    ];
  });
  return { ...serializeRunSummary(ctx, run), meta: {}, assignments: rows };
}
