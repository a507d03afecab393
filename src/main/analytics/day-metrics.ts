// One company-day's bookings → its dispatch_metrics row (docs/analytics.md#day-metrics). Built as an
// accumulator so the aggregation can stream a year of bookings without holding them all.
import type { DispatchMetricsJson, IsoDate, MetricsExtraData } from '../../shared/analytics-types';
import { type AnalyticsBooking, delayMinutes, isCancelled } from './booking-outcome';
import { qualityScoreParts } from './quality-score';

/** A dispatch_metrics row in camelCase (the store's columns), extra_data parsed. */
export interface DayMetrics {
  date: IsoDate;
  dispatchRunId: number | null;
  totalBookings: number;
  onTimeBookings: number;
  delayedBookings: number;
  cancelledBookings: number;
  averageDelayMinutes: number;
  maxDelayMinutes: number;
  totalDelayMinutes: number;
  totalDrivers: number;
  activeDrivers: number;
  avgBookingsPerDriver: number;
  totalDistanceKm: number;
  avgDistancePerBooking: number;
  suggestionsGenerated: number;
  suggestionsApplied: number;
  qualityScore: number;
  extraData: MetricsExtraData;
}

export interface DayContext {
  /** drivers marked active on the server */
  totalDrivers: number;
  /** the day's dispatch run, when the server has one */
  run: { id: number; status: string } | null;
  onTimeThresholdMinutes: number;
  suggestionsGenerated?: number;
  suggestionsApplied?: number;
}

export class DayMetricsAccumulator {
  private total = 0;
  private onTime = 0;
  private delayed = 0;
  private cancelled = 0;
  private served = 0;
  private delaySum = 0;
  private delayMax = 0;
  private distanceMeters = 0;
  private readonly drivers = new Set<number>();

  constructor(
    readonly date: IsoDate,
    private readonly ctx: DayContext,
  ) {}

  add(b: AnalyticsBooking): void {
    this.total++;
    if (isCancelled(b)) {
      this.cancelled++;
      return;
    }
    if (b.driverId !== null) this.drivers.add(b.driverId);
    const delay = delayMinutes(b);
    if (delay === null) return;
    this.served++;
    this.delaySum += delay;
    if (delay > this.delayMax) this.delayMax = delay;
    if (delay <= this.ctx.onTimeThresholdMinutes) this.onTime++;
    else this.delayed++;
    this.distanceMeters += b.distanceMeters ?? 0;
  }

  get count(): number {
    return this.total;
  }

  result(): DayMetrics {
    const averageDelayMinutes = this.served ? this.delaySum / this.served : 0;
    const totalDistanceKm = this.distanceMeters / 1000;
    const activeDrivers = this.drivers.size;
    const quality = qualityScoreParts({
      totalBookings: this.total,
      onTimeBookings: this.onTime,
      cancelledBookings: this.cancelled,
      avgDelayMinutes: averageDelayMinutes,
    });
    return {
      date: this.date,
      dispatchRunId: this.ctx.run?.id ?? null,
      totalBookings: this.total,
      onTimeBookings: this.onTime,
      delayedBookings: this.delayed,
      cancelledBookings: this.cancelled,
      averageDelayMinutes,
      maxDelayMinutes: this.delayMax,
      totalDelayMinutes: this.delaySum,
      totalDrivers: this.ctx.totalDrivers,
      activeDrivers,
      avgBookingsPerDriver: activeDrivers ? this.total / activeDrivers : 0,
      totalDistanceKm,
      avgDistancePerBooking: this.served ? totalDistanceKm / this.served : 0,
      suggestionsGenerated: this.ctx.suggestionsGenerated ?? 0,
      suggestionsApplied: this.ctx.suggestionsApplied ?? 0,
      qualityScore: quality.total,
      extraData: {
        served_bookings: this.served,
        unserved_bookings: this.total - this.cancelled - this.served,
        run_status: this.ctx.run?.status ?? null,
        quality_parts: quality,
      },
    };
  }
}

export function computeDayMetrics(
  date: IsoDate,
  bookings: Iterable<AnalyticsBooking>,
  ctx: DayContext,
): DayMetrics {
  const acc = new DayMetricsAccumulator(date, ctx);
  for (const b of bookings) acc.add(b);
  return acc.result();
}

/** Served bookings of a metrics row: every served booking is either on time or delayed. */
export function servedOf(m: Pick<DayMetrics, 'onTimeBookings' | 'delayedBookings'>): number {
  return m.onTimeBookings + m.delayedBookings;
}

export function dayMetricsToJson(m: DayMetrics): DispatchMetricsJson {
  return {
    date: m.date,
    dispatch_run_id: m.dispatchRunId,
    total_bookings: m.totalBookings,
    on_time_bookings: m.onTimeBookings,
    delayed_bookings: m.delayedBookings,
    cancelled_bookings: m.cancelledBookings,
    average_delay_minutes: m.averageDelayMinutes,
    max_delay_minutes: m.maxDelayMinutes,
    total_delay_minutes: m.totalDelayMinutes,
    total_drivers: m.totalDrivers,
    active_drivers: m.activeDrivers,
    avg_bookings_per_driver: m.avgBookingsPerDriver,
    total_distance_km: m.totalDistanceKm,
    avg_distance_per_booking: m.avgDistancePerBooking,
    suggestions_generated: m.suggestionsGenerated,
    suggestions_applied: m.suggestionsApplied,
    quality_score: m.qualityScore,
    extra_data: m.extraData,
  };
}

/** The inverse of dayMetricsToJson (the store's rows are the JSON's snake_case columns). */
export function dayMetricsFromJson(j: DispatchMetricsJson): DayMetrics {
  return {
    date: j.date,
    dispatchRunId: j.dispatch_run_id,
    totalBookings: j.total_bookings,
    onTimeBookings: j.on_time_bookings,
    delayedBookings: j.delayed_bookings,
    cancelledBookings: j.cancelled_bookings,
    averageDelayMinutes: j.average_delay_minutes,
    maxDelayMinutes: j.max_delay_minutes,
    totalDelayMinutes: j.total_delay_minutes,
    totalDrivers: j.total_drivers,
    activeDrivers: j.active_drivers,
    avgBookingsPerDriver: j.avg_bookings_per_driver,
    totalDistanceKm: j.total_distance_km,
    avgDistancePerBooking: j.avg_distance_per_booking,
    suggestionsGenerated: j.suggestions_generated,
    suggestionsApplied: j.suggestions_applied,
    qualityScore: j.quality_score,
    extraData: j.extra_data,
  };
}
