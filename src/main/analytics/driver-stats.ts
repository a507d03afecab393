// Per-driver figures over a window, from the bookings themselves (so they follow the current on-time threshold).
import type { DriverStatsJson } from '../../shared/analytics-types';
import { type AnalyticsBooking, delayMinutes, isCancelled } from './booking-outcome';

export function computeDriverStats(
  bookings: Iterable<AnalyticsBooking>,
  driverNames: ReadonlyMap<number, string>,
  onTimeThresholdMinutes: number,
): DriverStatsJson[] {
  const byDriver = new Map<
    number,
    { bookings: number; served: number; onTime: number; cancelled: number; delay: number; meters: number }
  >();
  for (const b of bookings) {
    if (b.driverId === null) continue;
    let s = byDriver.get(b.driverId);
    if (!s)
      byDriver.set(
        b.driverId,
        (s = { bookings: 0, served: 0, onTime: 0, cancelled: 0, delay: 0, meters: 0 }),
      );
    s.bookings++;
    if (isCancelled(b)) {
      s.cancelled++;
      continue;
    }
    const delay = delayMinutes(b);
    if (delay === null) continue;
    s.served++;
    s.delay += delay;
    s.meters += b.distanceMeters ?? 0;
    if (delay <= onTimeThresholdMinutes) s.onTime++;
  }
  const rows: DriverStatsJson[] = [];
  for (const [driverId, s] of byDriver) {
    rows.push({
      driver_id: driverId,
      driver_name: driverNames.get(driverId) ?? `#${driverId}`,
      bookings: s.bookings,
      served: s.served,
      on_time: s.onTime,
      delayed: s.served - s.onTime,
      cancelled: s.cancelled,
      // Same definition as a day's on_time_rate: on time over all the driver's bookings.
      on_time_rate: s.bookings ? (s.onTime * 100) / s.bookings : 0,
      avg_delay: s.served ? s.delay / s.served : 0,
      total_distance_km: s.meters / 1000,
    });
  }
  return rows.sort((a, b) => b.bookings - a.bookings || a.driver_id - b.driver_id);
}
