// Per-driver figures over a window, from the bookings themselves (so they follow the current on-time threshold).
// The service sums them in SQL (store/repos/booking-rollups-repo.ts); computeDriverStats is the same figures over
// bookings in memory, the reference the SQL path is tested against.
import type { DriverStatsJson } from '../../shared/analytics-types';
import { type AnalyticsBooking, delayMinutes, isCancelled } from './booking-outcome';
import { meanServiceMinutes, serviceMs } from './service-time';

/** One driver's counts over a window: delay and meters summed over served bookings. */
export interface DriverSums {
  driverId: number;
  bookings: number;
  served: number;
  onTime: number;
  cancelled: number;
  delayMinutes: number;
  meters: number;
  /** trips with a service time (service-time.ts), and those durations summed in milliseconds */
  serviceTrips: number;
  serviceMs: number;
}

export function computeDriverStats(
  bookings: Iterable<AnalyticsBooking>,
  driverNames: ReadonlyMap<number, string>,
  onTimeThresholdMinutes: number,
): DriverStatsJson[] {
  const byDriver = new Map<number, DriverSums>();
  for (const b of bookings) {
    if (b.driverId === null) continue;
    let s = byDriver.get(b.driverId);
    if (!s)
      byDriver.set(
        b.driverId,
        (s = {
          driverId: b.driverId,
          bookings: 0,
          served: 0,
          onTime: 0,
          cancelled: 0,
          delayMinutes: 0,
          meters: 0,
          serviceTrips: 0,
          serviceMs: 0,
        }),
      );
    s.bookings++;
    if (isCancelled(b)) {
      s.cancelled++;
      continue;
    }
    const delay = delayMinutes(b);
    if (delay === null) continue;
    s.served++;
    s.delayMinutes += delay;
    s.meters += b.distanceMeters ?? 0;
    if (delay <= onTimeThresholdMinutes) s.onTime++;
    const service = serviceMs(b);
    if (service !== null) {
      s.serviceTrips++;
      s.serviceMs += service;
    }
  }
  return driverStatsRows(byDriver.values(), driverNames);
}

/** The JSON rows of per-driver sums, busiest driver first. */
export function driverStatsRows(
  sums: Iterable<DriverSums>,
  driverNames: ReadonlyMap<number, string>,
): DriverStatsJson[] {
  const rows: DriverStatsJson[] = [];
  for (const s of sums) {
    rows.push({
      driver_id: s.driverId,
      driver_name: driverNames.get(s.driverId) ?? `#${s.driverId}`,
      bookings: s.bookings,
      served: s.served,
      on_time: s.onTime,
      delayed: s.served - s.onTime,
      cancelled: s.cancelled,
      // Same definition as a day's on_time_rate: on time over all the driver's bookings.
      on_time_rate: s.bookings ? (s.onTime * 100) / s.bookings : 0,
      avg_delay: s.served ? s.delayMinutes / s.served : 0,
      total_distance_km: s.meters / 1000,
      service_trips: s.serviceTrips,
      avg_service_minutes: meanServiceMinutes(s.serviceMs, s.serviceTrips),
    });
  }
  return rows.sort((a, b) => b.bookings - a.bookings || a.driver_id - b.driver_id);
}
