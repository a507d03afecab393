import { describe, expect, it } from 'vitest';
import { createDemoDataset, DemoOptionsError } from '../../src/main/demo/demo-generator';
import { addDays, localToInstant, weekdayOf } from '../../src/shared/time';
import type { BookingRecord } from '../../src/main/domain/records';
import { createTestDb } from '../helpers/test-db';
import { writeDayBatch } from '../../src/main/store/repos/day-batch-repo';

const TZ = 'Europe/Zurich';
const END = '2026-03-15';
const dataset = createDemoDataset({ seed: 7, days: 182, endDay: END });
const batches = dataset.days.map((d) => dataset.dayBatch(d));
const all = batches.flatMap((b) => b.bookings);

const delayOf = (b: BookingRecord): number =>
  Math.max(0, Math.floor((b.boardedAt! - localToInstant(b.scheduledLocal!, TZ)) / 60_000));
const share = (pred: (b: BookingRecord) => boolean, list = all): number =>
  list.filter(pred).length / list.length;
const mean = (xs: number[]): number => xs.reduce((s, x) => s + x, 0) / xs.length;

describe('createDemoDataset', () => {
  it('lists the requested days, oldest first, ending at endDay', () => {
    expect(dataset.days).toHaveLength(182);
    expect(dataset.days.at(-1)).toBe(END);
    expect(dataset.days[0]).toBe(addDays(END, -181));
  });

  it('is deterministic for (seed, day) whatever the range, and differs with the seed', () => {
    const again = createDemoDataset({ seed: 7, days: 3, endDay: END });
    expect(again.dayBatch('2026-03-10')).toEqual(dataset.dayBatch('2026-03-10'));
    expect(again.company).toEqual(dataset.company);
    expect(again.drivers).toEqual(dataset.drivers);
    const other = createDemoDataset({ seed: 8, days: 3, endDay: END }).dayBatch('2026-03-10');
    expect(other.bookings.map((b) => b.scheduledLocal)).not.toEqual(
      dataset.dayBatch('2026-03-10').bookings.map((b) => b.scheduledLocal),
    );
  });

  it('keeps booking, assignment and run ids unique across days', () => {
    const ids = all.map((b) => b.id);
    expect(new Set(ids).size).toBe(ids.length);
    const assignmentIds = batches.flatMap((b) => b.assignments.map((a) => a.id));
    expect(new Set(assignmentIds).size).toBe(assignmentIds.length);
    const runIds = batches.flatMap((b) => (b.run ? [b.run.id] : []));
    expect(new Set(runIds).size).toBe(runIds.length);
    for (const b of batches) {
      const own = new Set(b.bookings.map((x) => x.id));
      expect(b.assignments.every((a) => own.has(a.bookingId))).toBe(true);
      expect(b.bookings.every((x) => x.scheduledLocal!.startsWith(b.day))).toBe(true);
    }
  });

  it('has a realistic driver pool: 25–40 drivers, a few inactive and never assigned', () => {
    expect(dataset.drivers.length).toBeGreaterThanOrEqual(25);
    expect(dataset.drivers.length).toBeLessThanOrEqual(40);
    const inactive = new Set(dataset.drivers.filter((d) => !d.isActive).map((d) => d.id));
    expect(inactive.size).toBeGreaterThanOrEqual(1);
    expect(inactive.size).toBeLessThanOrEqual(5);
    const known = new Set(dataset.drivers.map((d) => d.id));
    const assigned = all.flatMap((b) => (b.driverId === null ? [] : [b.driverId]));
    expect(assigned.every((id) => known.has(id) && !inactive.has(id))).toBe(true);
  });

  it('cancels 3–5 % of bookings and leaves about 1 % unserved', () => {
    expect(share((b) => b.status === 'canceled')).toBeGreaterThanOrEqual(0.03);
    expect(share((b) => b.status === 'canceled')).toBeLessThanOrEqual(0.05);
    const unserved = share((b) => b.status !== 'canceled' && b.boardedAt === null);
    expect(unserved).toBeGreaterThan(0.003);
    expect(unserved).toBeLessThan(0.02);
  });

  it('serves past bookings with boarding and completion times, mostly on time with a tail', () => {
    const served = all.filter((b) => b.boardedAt !== null);
    expect(served.every((b) => b.completedAt! > b.boardedAt! && b.status.endsWith('completed'))).toBe(true);
    const delays = served.map(delayOf);
    expect(share((b) => delayOf(b) <= 5, served)).toBeGreaterThan(0.6);
    expect(Math.max(...delays)).toBeGreaterThan(45);
    expect(mean(delays)).toBeGreaterThan(2);
    expect(mean(delays)).toBeLessThan(10);
  });

  it('has weekday and hour patterns: busy weekdays, quiet weekends, two peaks, late Tuesdays', () => {
    const perWeekday = (wd: number) => batches.filter((b) => weekdayOf(b.day) === wd);
    const meanBookings = (wds: number[]) => mean(wds.flatMap(perWeekday).map((b) => b.bookings.length));
    expect(meanBookings([0, 1, 2, 3, 4])).toBeGreaterThan(1.5 * meanBookings([5, 6]));
    expect(mean(batches.map((b) => b.bookings.length))).toBeGreaterThan(50);
    expect(mean(batches.map((b) => b.bookings.length))).toBeLessThan(70);

    const hourCount = (h: number) => all.filter((b) => Number(b.scheduledLocal!.slice(11, 13)) === h).length;
    const midday = (hourCount(12) + hourCount(13)) / 2;
    expect((hourCount(7) + hourCount(8)) / 2).toBeGreaterThan(1.5 * midday);
    expect((hourCount(16) + hourCount(17)) / 2).toBeGreaterThan(1.3 * midday);
    expect(hourCount(3)).toBe(0);

    const servedOn = (wds: number[]) =>
      wds.flatMap(perWeekday).flatMap((b) => b.bookings.filter((x) => x.boardedAt !== null));
    const tuesday = mean(servedOn([1]).map(delayOf));
    const others = mean(servedOn([0, 2, 3, 4, 5, 6]).map(delayOf));
    expect(tuesday).toBeGreaterThan(10);
    expect(tuesday).toBeGreaterThan(2 * others);
  });

  it('links round trips: each return leg points to an earlier outbound leg of the same day', () => {
    const returns = all.filter((b) => b.isReturn);
    expect(returns.length / all.length).toBeGreaterThan(0.1);
    const byId = new Map(all.map((b) => [b.id, b]));
    const parents = new Set<number>();
    for (const r of returns) {
      const parent = byId.get(r.parentBookingId!);
      expect(parent).toBeDefined();
      expect(parent!.isRoundTrip && !parent!.isReturn && r.isRoundTrip).toBe(true);
      expect(parent!.scheduledLocal! < r.scheduledLocal!).toBe(true);
      expect(r.pickupLocation).toBe(parent!.dropoffLocation);
      expect(parents.has(parent!.id)).toBe(false);
      parents.add(parent!.id);
    }
    expect(all.filter((b) => !b.isReturn && b.parentBookingId !== null)).toEqual([]);
  });

  it('has urban distances of 1–25 km, a few missing, and medical facilities', () => {
    const km = all.flatMap((b) => (b.distanceMeters === null ? [] : [b.distanceMeters / 1000]));
    expect(Math.min(...km)).toBeGreaterThanOrEqual(1);
    expect(Math.max(...km)).toBeLessThanOrEqual(25);
    expect(share((b) => b.distanceMeters === null)).toBeGreaterThan(0.005);
    expect(share((b) => b.distanceMeters === null)).toBeLessThan(0.05);
    const facilities = new Set(all.map((b) => b.medicalFacility));
    expect(facilities).toContain('HUG');
    expect(facilities).toContain('CHUV');
  });

  it('has one completed run on most days and a few days without one', () => {
    const withRun = batches.filter((b) => b.run);
    expect(withRun.every((b) => b.run!.status === 'completed' && b.run!.day === b.day)).toBe(true);
    expect(batches.length - withRun.length).toBeGreaterThan(0);
    expect(batches.length - withRun.length).toBeLessThan(batches.length * 0.08);
  });

  it('plans days after endDay: same bookings, assigned, no boarding, run done the evening before or pending', () => {
    const tomorrow = dataset.dayBatch(addDays(END, 1));
    expect(tomorrow.run?.status).toBe('completed');
    expect(tomorrow.bookings.every((b) => b.boardedAt === null && b.completedAt === null)).toBe(true);
    expect(tomorrow.bookings.every((b) => b.status === 'assigned' || b.status === 'canceled')).toBe(true);
    expect(tomorrow.assignments.every((a) => a.status === 'scheduled' || a.status === 'cancelled')).toBe(
      true,
    );
    expect(dataset.dayBatch(addDays(END, 3)).run?.status).toBe('pending');
    // Once the day is over, it is the same bookings, now served.
    const later = createDemoDataset({ seed: 7, days: 1, endDay: addDays(END, 1) }).dayBatch(addDays(END, 1));
    expect(later.bookings.map((b) => [b.id, b.scheduledLocal])).toEqual(
      tomorrow.bookings.map((b) => [b.id, b.scheduledLocal]),
    );
    expect(later.bookings.some((b) => b.boardedAt !== null)).toBe(true);
  });

  it('follows bookingsPerDay', () => {
    const big = createDemoDataset({ seed: 1, days: 14, endDay: END, bookingsPerDay: 500 });
    const n = big.days.reduce((s, d) => s + big.dayBatch(d).bookings.length, 0) / 14;
    expect(n).toBeGreaterThan(400);
    expect(n).toBeLessThan(600);
  });

  it('refuses bad options', () => {
    expect(() => createDemoDataset({ seed: 1, days: 0, endDay: END })).toThrow(DemoOptionsError);
    expect(() => createDemoDataset({ seed: 1, days: 5, endDay: '2025-13-01' })).toThrow(DemoOptionsError);
    expect(() => createDemoDataset({ seed: 1.5, days: 5, endDay: END })).toThrow(DemoOptionsError);
    expect(() => createDemoDataset({ seed: 1, days: 5, endDay: END, bookingsPerDay: 0 })).toThrow(
      DemoOptionsError,
    );
  });

  it('produces batches the day writer accepts, across the March DST change', () => {
    const t = createTestDb();
    try {
      const around = createDemoDataset({ seed: 3, days: 10, endDay: '2026-04-02' });
      for (const day of around.days) writeDayBatch(t.db, around.dayBatch(day), { now: 1, timeZone: TZ });
      const n = t.sqlite.prepare('SELECT count(*) AS n FROM bookings').get() as { n: number };
      expect(n.n).toBe(around.days.reduce((s, d) => s + around.dayBatch(d).bookings.length, 0));
    } finally {
      t.dispose();
    }
  });
});
