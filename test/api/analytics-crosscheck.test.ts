// End-to-end cross-check of every analytics number against docs/analytics.md: a demo store (plus hand-made
// edge bookings: DST gap and overlap, 23:40 local, cancelled-but-boarded, early boarding, deleted rows) is
// recomputed here from the raw `bookings` rows with plain code written from the definitions — its own
// Europe/Zurich clock (EU rule), its own sums — and compared with the stored tables, the service and the
// rounded API answers. Nothing below calls the app's analytics functions to compute an expected value.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolvePeriod } from '../../src/main/analytics/period';
import { aggregateAll, aggregateDays } from '../../src/main/aggregation/aggregate-service';
import { analyticsServices } from '../../src/main/api/analytics-port';
import { createApiEvents } from '../../src/main/api/api-events';
import { createApiHandlers, type ApiHandlers } from '../../src/main/api/create-api-handlers';
import { createSyncController } from '../../src/main/api/sync-controller';
import { createDemoDataset } from '../../src/main/demo/demo-generator';
import { seedDemo } from '../../src/main/demo/seed-demo';
import type { BookingRecord } from '../../src/main/domain/records';
import {
  getDashboard,
  getInsights,
  getMetrics,
  getWeeklySummary,
} from '../../src/main/services/analytics-service';
import { writeDayBatch } from '../../src/main/store/repos/day-batch-repo';
import { DEFAULT_ANALYTICS_SETTINGS } from '../../src/shared/analytics-types';
import { bookingRecord } from '../helpers/booking-record';
import { createTestDb, type TestDb } from '../helpers/test-db';
import { createMemorySecretStore } from '../api/helpers/memory-secret-store';

const settings = DEFAULT_ANALYTICS_SETTINGS; // Europe/Zurich, on time ≤ 5 min
const SEED = 11;
const DAYS = 230;
const TODAY = '2026-04-05'; // a Sunday; the window covers both DST changes of 2025/26
const NOW = Date.UTC(2026, 3, 5, 8, 0); // 10:00 in Zurich
const MIN = 60_000;
const HOUR = 60 * MIN;

// ---------- an independent calendar and Zurich clock ----------
const DAY_MS = 86_400_000;
const dms = (d: string) => Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10));
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const plusDays = (d: string, n: number) => iso(dms(d) + n * DAY_MS);
const mondayFirst = (d: string) => (new Date(dms(d)).getUTCDay() + 6) % 7;

/** EU summer time: from the last Sunday of March 01:00 UTC to the last Sunday of October 01:00 UTC. */
function lastSundayUtc(year: number, month: number): number {
  const last = Date.UTC(year, month + 1, 0);
  return last - new Date(last).getUTCDay() * DAY_MS;
}
function zurichOffset(ms: number): number {
  const y = new Date(ms).getUTCFullYear();
  const start = lastSundayUtc(y, 2) + HOUR;
  const end = lastSundayUtc(y, 9) + HOUR;
  return ms >= start && ms < end ? 2 * HOUR : HOUR;
}
/** Naive Zurich wall clock → instant; gap moves forward by the gap, overlap takes the earlier instant. */
function zurichInstant(local: string): number {
  const wall = Date.parse(local + 'Z');
  const valid = [2 * HOUR, HOUR].map((o) => wall - o).filter((t) => wall - t === zurichOffset(t));
  if (valid.length) return Math.min(...valid);
  return wall - HOUR; // in the spring gap: the offset before the gap (+1) puts it one hour later
}

// ---------- the definitions of docs/analytics.md, on raw rows ----------
interface RawBooking {
  id: number;
  scheduled_local: string | null;
  status: string;
  driver_id: number | null;
  boarded_at: number | null;
  distance_meters: number | null;
  deleted_at: number | null;
}

interface Day {
  date: string;
  total: number;
  onTime: number;
  delayed: number;
  cancelled: number;
  served: number;
  delays: number[];
  drivers: Set<number>;
  meters: number;
}

function score(total: number, onTime: number, cancelled: number, avgDelay: number): number {
  if (total === 0) return 0;
  const s =
    (onTime / total) * 50 +
    Math.max(0, 30 - (avgDelay / 15) * 30) +
    Math.max(0, 20 - (cancelled / total) * 100);
  return Math.min(100, Math.max(0, s));
}

function expectedDays(
  rows: RawBooking[],
  instant: (local: string) => number = zurichInstant,
): Map<string, Day> {
  const days = new Map<string, Day>();
  for (const r of rows) {
    if (r.deleted_at !== null || r.scheduled_local === null) continue;
    const date = r.scheduled_local.slice(0, 10);
    let d = days.get(date);
    if (!d) {
      d = {
        date,
        total: 0,
        onTime: 0,
        delayed: 0,
        cancelled: 0,
        served: 0,
        delays: [],
        drivers: new Set(),
        meters: 0,
      };
      days.set(date, d);
    }
    d.total++;
    if (r.status === 'canceled') {
      d.cancelled++;
      continue;
    }
    if (r.driver_id !== null) d.drivers.add(r.driver_id);
    if (r.boarded_at === null) continue;
    const delay = Math.max(0, Math.floor((r.boarded_at - instant(r.scheduled_local)) / MIN));
    d.served++;
    d.delays.push(delay);
    if (delay <= 5) d.onTime++;
    else d.delayed++;
    d.meters += r.distance_meters ?? 0;
  }
  return days;
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const mean = (xs: number[]) => (xs.length ? sum(xs) / xs.length : 0);
const avgDelayOf = (d: Day) => (d.served ? sum(d.delays) / d.served : 0);
const dayScore = (d: Day) => score(d.total, d.onTime, d.cancelled, avgDelayOf(d));

function dailyStatsOf(days: Map<string, Day>, date: string) {
  const d = days.get(date)!;
  const prev = days.get(plusDays(date, -1));
  const trend = (today: number, p: number | undefined) =>
    p === undefined || p === 0 ? 0 : ((today - p) / p) * 100;
  return {
    date,
    bookings: d.total,
    on_time_rate: (d.onTime / d.total) * 100,
    avg_delay: avgDelayOf(d),
    quality_score: dayScore(d),
    bookings_trend: trend(d.total, prev?.total),
    delay_trend: trend(avgDelayOf(d), prev ? avgDelayOf(prev) : undefined),
  };
}

function daysIn(days: Map<string, Day>, from: string, to: string): Day[] {
  return [...days.values()]
    .filter((d) => d.date >= from && d.date <= to)
    .sort((a, b) => (a.date < b.date ? -1 : 1));
}

function summaryOf(ds: Day[]) {
  const total = sum(ds.map((d) => d.total));
  if (total === 0)
    return { total_bookings: 0, avg_on_time_rate: 0, avg_delay_minutes: 0, avg_quality_score: 0 };
  const served = sum(ds.map((d) => d.served));
  return {
    total_bookings: total,
    avg_on_time_rate: (sum(ds.map((d) => d.onTime)) / total) * 100,
    avg_delay_minutes: served ? sum(ds.map((d) => sum(d.delays))) / served : 0,
    avg_quality_score: sum(ds.map((d) => dayScore(d) * d.total)) / total,
  };
}

const medianOf = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/**
 * The volume rule (docs/analytics.md#volume-baseline): bookings per calendar day of the window against the median
 * of the up to 8 same-length windows starting 1–8 × (length rounded up to whole weeks) days earlier, each with
 * data; at least 4; spread = max(1.4826 × MAD, 10 % of the median, 3); |score| ≥ 3 fires. A one-day window: never.
 */
function expectedVolume(days: Map<string, Day>, from: string, to: string, n: number): string[] | null {
  if (n === 1) return null;
  const step = Math.ceil(n / 7) * 7;
  const perDay = (f: string, t: string) => {
    const ds = daysIn(days, f, t);
    return ds.length ? sum(ds.map((d) => d.total)) / n : null;
  };
  const value = perDay(from, to);
  const history: number[] = [];
  for (let k = 1; k <= 8; k++) {
    const v = perDay(plusDays(from, -step * k), plusDays(to, -step * k));
    if (v !== null) history.push(v);
  }
  if (value === null || history.length < 4) return null;
  const base = medianOf(history);
  if (base <= 0) return null;
  const spread = Math.max(1.4826 * medianOf(history.map((h) => Math.abs(h - base))), base * 0.1, 3);
  const score = (value - base) / spread;
  if (score <= -3) return ['volume_low', 'warning', 'volume', 'high'];
  if (score >= 3) return ['volume_high', 'info', 'volume', 'low'];
  return null;
}

/** The rules that fire, in the table's order, as [rule, type, category, priority]. */
function expectedInsights(
  ds: Day[],
  days: Map<string, Day>,
  prevDays: Day[],
  volume: string[] | null,
): string[][] {
  const s = summaryOf(ds);
  // No praise for a figure worse than in the previous window (when that window had bookings).
  const p = prevDays.length ? summaryOf(prevDays) : null;
  const worse = (k: 'avg_on_time_rate' | 'avg_quality_score') =>
    p !== null && p.total_bookings > 0 && s[k] < p[k];
  const out: string[][] = [];
  if (ds.length === 0) return out;
  if (s.avg_on_time_rate < 70) out.push(['punctuality_low', 'warning', 'punctuality', 'high']);
  else if (s.avg_on_time_rate >= 90 && !worse('avg_on_time_rate'))
    out.push(['punctuality_excellent', 'success', 'punctuality', 'low']);
  if (s.avg_delay_minutes > 15) out.push(['delay_high', 'warning', 'delays', 'high']);
  if (ds.length >= 7) {
    const q = ds.map(dayScore);
    const first = mean(q.slice(0, 7));
    const last = mean(q.slice(-7));
    const change = first > 0 ? ((last - first) / first) * 100 : 0;
    if (change > 10) out.push(['trend_improving', 'success', 'trend', 'medium']);
    else if (change < -10) out.push(['trend_declining', 'warning', 'trend', 'high']);
  }
  const late = ds.filter((d) => dailyStatsOf(days, d.date).avg_delay > 20).length;
  if (late * 3 > ds.length) out.push(['pattern_frequent_delays', 'info', 'pattern', 'medium']);
  if (volume) out.push(volume);
  if (s.avg_quality_score >= 85) {
    if (!worse('avg_quality_score')) out.push(['quality_excellent', 'success', 'quality', 'low']);
  } else if (s.avg_quality_score < 60) out.push(['quality_low', 'warning', 'quality', 'critical']);
  return out;
}

const close = (actual: number, expected: number) => expect(actual).toBeCloseTo(expected, 9);
/** What the API shows: the exact value rounded to 2 decimals (half away from zero), never rounded twice. */
const closeRounded = (actual: number, expected: number) => {
  expect(Math.round(actual * 100) / 100).toBe(actual);
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(0.005 + 1e-9);
};

// ---------- the store ----------
let t: TestDb;
let handlers: ApiHandlers;
let days: Map<string, Day>;
const EXTRA_DAY_ID = 9_000_000_000;

function rawRows(): RawBooking[] {
  return t.sqlite
    .prepare(
      'SELECT id, scheduled_local, status, driver_id, boarded_at, distance_meters, deleted_at FROM bookings',
    )
    .all() as RawBooking[];
}

function edgeBookings(companyId: number, driverId: number): BookingRecord[] {
  let id = EXTRA_DAY_ID;
  const b = (scheduledLocal: string, rest: Partial<BookingRecord>) =>
    bookingRecord({ id: id++, companyId, scheduledLocal, driverId, ...rest });
  return [
    // 23:40 local (22:40 UTC, winter), boarded after local midnight: still the 28th, 30 min late.
    b('2026-03-28T23:40:00', { boardedAt: Date.UTC(2026, 2, 28, 23, 10) }),
    b('2026-03-28T23:40:00', { boardedAt: Date.UTC(2026, 2, 28, 22, 43) }),
    // Spring gap: 02:30 does not exist, it means 03:30 CEST = 01:30 UTC; boarded 01:36 UTC → 6 min, delayed.
    b('2026-03-29T02:30:00', { boardedAt: Date.UTC(2026, 2, 29, 1, 36) }),
    // Autumn overlap: 02:30 is the earlier instant (CEST, 00:30 UTC); boarded 00:40 UTC → 10 min, delayed.
    b('2025-10-26T02:30:00', { boardedAt: Date.UTC(2025, 9, 26, 0, 40) }),
    // Boarded before the scheduled time: 0 min. Cancelled yet boarded: cancelled only. No distance: 0 km.
    b('2026-02-10T09:00:00', { boardedAt: Date.UTC(2026, 1, 10, 7, 50), distanceMeters: null }),
    b('2026-02-10T09:05:00', { status: 'canceled', boardedAt: Date.UTC(2026, 1, 10, 9, 0) }),
    // Unserved without a driver: counted in the total only.
    b('2026-02-10T10:00:00', { status: 'assigned', driverId: null }),
  ];
}

beforeAll(() => {
  t = createTestDb();
  const seeded = seedDemo(t.db, { seed: SEED, days: DAYS, endDay: TODAY, now: NOW, settings });
  expect(seeded.days).toBe(DAYS);
  // Later syncs: edge bookings added to their days, some bookings gone from two days, then the sync's
  // re-aggregation of the touched days only.
  const dataset = createDemoDataset({ seed: SEED, days: DAYS, endDay: TODAY, timeZone: settings.timeZone });
  const edges = edgeBookings(1, dataset.drivers.find((d) => d.isActive)!.id);
  const touched = new Set<string>();
  for (const day of new Set(edges.map((e) => e.scheduledLocal!.slice(0, 10)))) {
    const batch = dataset.dayBatch(day);
    batch.bookings.push(...edges.filter((e) => e.scheduledLocal!.startsWith(day)));
    writeDayBatch(t.db, batch, { now: NOW, timeZone: settings.timeZone });
    touched.add(day);
  }
  for (const [day, keep] of [
    ['2026-03-20', 0.5],
    ['2026-01-15', 0],
  ] as const) {
    const batch = dataset.dayBatch(day);
    batch.bookings = batch.bookings.slice(0, Math.floor(batch.bookings.length * keep));
    const res = writeDayBatch(t.db, batch, { now: NOW, timeZone: settings.timeZone });
    expect(res.deleted).toBeGreaterThan(0);
    touched.add(day);
  }
  aggregateDays(t.db, { companyId: 1, now: NOW, settings, days: [...touched] });
  days = expectedDays(rawRows());

  const events = createApiEvents();
  handlers = createApiHandlers({
    db: t.db,
    now: () => NOW,
    secretStore: createMemorySecretStore({}),
    syncController: createSyncController({
      runSync: async () => ({ daysSynced: 0, bookingsSynced: 0 }),
      events,
      now: () => NOW,
      lang: () => 'fr',
      intervalMinutes: 0,
    }),
    source: () => 'demo',
    version: 'test',
    transport: 'http',
    analytics: analyticsServices,
  });
});
afterAll(() => t?.dispose());

describe('a change of the company time zone', () => {
  it('re-resolves every scheduled instant in the new zone before the figures are rebuilt', () => {
    const s = createTestDb();
    try {
      seedDemo(s.db, { seed: 5, days: 20, endDay: '2026-03-31', now: NOW, settings });
      // The naive times now mean UTC wall clock: the same bookings are scheduled 1–2 h later as instants.
      const utc = { ...settings, timeZone: 'UTC' };
      aggregateAll(s.db, { companyId: 1, now: NOW, settings: utc });
      const rows = s.sqlite
        .prepare(
          'SELECT id, scheduled_local, scheduled_at, status, driver_id, boarded_at, distance_meters, deleted_at FROM bookings',
        )
        .all() as Array<RawBooking & { scheduled_at: number }>;
      for (const r of rows) expect(r.scheduled_at).toBe(Date.parse(r.scheduled_local + 'Z'));
      const expected = expectedDays(rows, (local) => Date.parse(local + 'Z'));
      const metrics = getMetrics(s.db, { from: '2026-03-01', to: '2026-03-31' });
      expect(metrics.length).toBe(expected.size);
      for (const m of metrics) {
        const d = expected.get(m.date)!;
        expect([m.on_time_bookings, m.delayed_bookings, m.total_delay_minutes]).toEqual([
          d.onTime,
          d.delayed,
          sum(d.delays),
        ]);
      }
    } finally {
      s.dispose();
    }
  });
});

describe('analytics cross-check against docs/analytics.md', () => {
  it('the edge bookings sit on their local day with the specified delay', () => {
    const rows = new Map(rawRows().map((r) => [r.id, r]));
    const delay = (id: number) => {
      const r = rows.get(id)!;
      return Math.floor((r.boarded_at! - zurichInstant(r.scheduled_local!)) / MIN);
    };
    expect([
      delay(EXTRA_DAY_ID),
      delay(EXTRA_DAY_ID + 1),
      delay(EXTRA_DAY_ID + 2),
      delay(EXTRA_DAY_ID + 3),
    ]).toEqual([30, 3, 6, 10]);
    const stored = t.sqlite
      .prepare('SELECT id, day, scheduled_at FROM bookings WHERE id >= ? ORDER BY id')
      .all(EXTRA_DAY_ID) as Array<{ id: number; day: string; scheduled_at: number }>;
    for (const s of stored) {
      expect(s.day).toBe(rows.get(s.id)!.scheduled_local!.slice(0, 10));
      expect(s.scheduled_at).toBe(zurichInstant(rows.get(s.id)!.scheduled_local!));
    }
    expect(days.has('2026-01-15')).toBe(false); // every booking of that day deleted
  });

  it('dispatch_metrics: every column of every day, stored and through the service', () => {
    const activeDrivers = (
      t.sqlite.prepare('SELECT count(*) AS n FROM drivers WHERE is_active = 1').get() as { n: number }
    ).n;
    const metrics = getMetrics(t.db, { from: '2025-01-01', to: TODAY });
    expect(metrics.map((m) => m.date)).toEqual([...days.keys()].sort());
    for (const m of metrics) {
      const d = days.get(m.date)!;
      const served = d.served;
      expect({
        total: m.total_bookings,
        onTime: m.on_time_bookings,
        delayed: m.delayed_bookings,
        cancelled: m.cancelled_bookings,
        max: m.max_delay_minutes,
        totalDelay: m.total_delay_minutes,
        totalDrivers: m.total_drivers,
        active: m.active_drivers,
        served: m.extra_data.served_bookings,
        unserved: m.extra_data.unserved_bookings,
      }).toEqual({
        total: d.total,
        onTime: d.onTime,
        delayed: d.delayed,
        cancelled: d.cancelled,
        max: served ? Math.max(...d.delays) : 0,
        totalDelay: sum(d.delays),
        totalDrivers: activeDrivers,
        active: d.drivers.size,
        served,
        unserved: d.total - d.cancelled - served,
      });
      close(m.average_delay_minutes, avgDelayOf(d));
      close(m.avg_bookings_per_driver, d.drivers.size ? d.total / d.drivers.size : 0);
      close(m.total_distance_km, d.meters / 1000);
      close(m.avg_distance_per_booking, served ? d.meters / 1000 / served : 0);
      close(m.quality_score, dayScore(d));
      expect(m.suggestions_generated).toBe(0);
      expect(m.suggestions_applied).toBe(0);
    }
    // The stored table holds exactly those rows (none left for the fully deleted day).
    const storedDates = t.sqlite.prepare('SELECT date FROM dispatch_metrics ORDER BY date').pluck().all();
    expect(storedDates).toEqual([...days.keys()].sort());
  });

  it('daily_stats: every row, with trends against the previous calendar day', () => {
    const rows = t.sqlite
      .prepare(
        `SELECT date, total_bookings, on_time_rate, avg_delay, quality_score, bookings_trend, delay_trend
         FROM daily_stats ORDER BY date`,
      )
      .all() as Array<{
      date: string;
      total_bookings: number;
      on_time_rate: number;
      avg_delay: number;
      quality_score: number;
      bookings_trend: number;
      delay_trend: number;
    }>;
    expect(rows.map((r) => r.date)).toEqual([...days.keys()].sort());
    for (const r of rows) {
      const e = dailyStatsOf(days, r.date);
      expect(r.total_bookings).toBe(e.bookings);
      close(r.on_time_rate, e.on_time_rate);
      close(r.avg_delay, e.avg_delay);
      close(r.quality_score, e.quality_score);
      close(r.bookings_trend, e.bookings_trend);
      close(r.delay_trend, e.delay_trend);
    }
  });

  const windows: Array<{
    name: string;
    input: { preset: '7d' | '30d' | '90d' | '1y' } | { from: string; to: string };
    from: string;
    to: string;
  }> = [
    { name: '7d', input: { preset: '7d' }, from: plusDays(TODAY, -7), to: plusDays(TODAY, -1) },
    { name: '30d', input: { preset: '30d' }, from: plusDays(TODAY, -30), to: plusDays(TODAY, -1) },
    { name: '90d', input: { preset: '90d' }, from: plusDays(TODAY, -90), to: plusDays(TODAY, -1) },
    { name: '1y', input: { preset: '1y' }, from: plusDays(TODAY, -365), to: plusDays(TODAY, -1) },
    { name: 'custom', input: { from: '2025-10-20', to: '2026-02-14' }, from: '2025-10-20', to: '2026-02-14' },
    {
      name: 'one day',
      input: { from: '2026-03-29', to: '2026-03-29' },
      from: '2026-03-29',
      to: '2026-03-29',
    },
  ];

  it.each(windows)('dashboard $name: period, summary, trends, insights, previous period', async (w) => {
    const calendarDays = (dms(w.to) - dms(w.from)) / DAY_MS + 1;
    const ds = daysIn(days, w.from, w.to);
    const prev = daysIn(days, plusDays(w.from, -calendarDays), plusDays(w.from, -1));
    const expected = {
      period: { start: w.from, end: w.to, days: calendarDays },
      summary: summaryOf(ds),
      previous_summary: summaryOf(prev),
      trends: ds.map((d) => dailyStatsOf(days, d.date)),
    };
    const got = getDashboard(t.db, {
      period: resolvePeriod(w.input, TODAY),
      today: TODAY,
      lang: 'fr',
      settings,
    });
    expect(got.period).toEqual(expected.period);
    for (const k of ['summary', 'previous_summary'] as const) {
      for (const [f, v] of Object.entries(expected[k])) close(got[k][f as keyof typeof got.summary], v);
    }
    expect(got.trends.map((p) => p.date)).toEqual(expected.trends.map((p) => p.date));
    got.trends.forEach((p, i) => {
      for (const [f, v] of Object.entries(expected.trends[i]!))
        if (f !== 'date') close(p[f as 'bookings'], v as number);
    });
    // The rules of the table, in the documented order: warnings before information (docs/analytics.md#insight-order);
    // the unusual days (against each day's own baseline) are checked in test/services/unusual-day-insights.test.ts.
    const priorities = ['critical', 'high', 'medium', 'low'];
    const rank = (i: string[]) => (i[1] === 'warning' ? 0 : 10) + priorities.indexOf(i[3]!);
    expect(
      got.insights
        .filter((i) => i.rule !== 'unusual_day')
        .map((i) => [i.rule, i.type, i.category, i.priority]),
    ).toEqual(
      [...expectedInsights(ds, days, prev, expectedVolume(days, w.from, w.to, calendarDays))].sort(
        (a, b) => rank(a) - rank(b),
      ),
    );

    // The API: the same numbers, rounded once to 2 decimals at the edge.
    const res = await handlers['analytics:get-dashboard'](
      'preset' in w.input ? { period: w.input.preset } : w.input,
    );
    if (!res.ok) throw new Error(JSON.stringify(res.error));
    expect(res.data.period).toEqual(expected.period);
    for (const k of ['summary', 'previous_summary'] as const) {
      for (const [f, v] of Object.entries(expected[k]))
        closeRounded(res.data[k][f as keyof typeof got.summary], v);
    }
    res.data.trends.forEach((p, i) => {
      for (const [f, v] of Object.entries(expected.trends[i]!)) {
        if (f !== 'date') closeRounded(p[f as 'bookings'], v as number);
      }
    });
  });

  it.each([
    { name: 'lookback 30', input: { lookbackDays: 30 }, from: plusDays(TODAY, -29), to: TODAY },
    { name: 'lookback 365', input: { lookbackDays: 365 }, from: plusDays(TODAY, -364), to: TODAY },
    { name: 'period', input: { from: '2025-11-03', to: '2026-01-25' }, from: '2025-11-03', to: '2026-01-25' },
  ])('weekday analysis $name: Monday first, means of the daily values', async (w) => {
    const ds = daysIn(days, w.from, w.to).map((d) => dailyStatsOf(days, d.date));
    const expected = [0, 1, 2, 3, 4, 5, 6]
      .map((weekday) => {
        const of = ds.filter((d) => mondayFirst(d.date) === weekday);
        return {
          weekday,
          avg_delay: mean(of.map((d) => d.avg_delay)),
          avg_on_time_rate: mean(of.map((d) => d.on_time_rate)),
          avg_bookings: mean(of.map((d) => d.bookings)),
          sample_size: of.length,
        };
      })
      .filter((x) => x.sample_size > 0);
    const got = getInsights(t.db, { ...w.input, today: TODAY, lang: 'fr' });
    expect(got.lookback_days).toBe((dms(w.to) - dms(w.from)) / DAY_MS + 1);
    expect(got.period).toEqual({ start: w.from, end: w.to, days: got.lookback_days });
    expect(got.weekday_analysis.map((x) => [x.weekday, x.sample_size])).toEqual(
      expected.map((x) => [x.weekday, x.sample_size]),
    );
    got.weekday_analysis.forEach((x, i) => {
      close(x.avg_delay, expected[i]!.avg_delay);
      close(x.avg_on_time_rate, expected[i]!.avg_on_time_rate);
      close(x.avg_bookings, expected[i]!.avg_bookings);
    });
    const worst = expected.reduce((a, b) => (b.avg_delay > a.avg_delay ? b : a));
    const busiest = expected.reduce((a, b) => (b.avg_bookings > a.avg_bookings ? b : a));
    const patterns = [
      ...(worst.avg_delay > 10 ? [['high_delay_day', worst.weekday]] : []),
      ['busy_day', busiest.weekday],
    ];
    expect(got.patterns.map((p) => [p.type, p.weekday])).toEqual(patterns);

    const res = await handlers['analytics:get-insights'](w.input);
    if (!res.ok) throw new Error(JSON.stringify(res.error));
    res.data.weekday_analysis.forEach((x, i) => closeRounded(x.avg_delay, expected[i]!.avg_delay));
  });

  it.each(['2026-03-30', '2026-03-23', '2025-10-22', '2026-01-14'])(
    'weekly summary of the week of %s: Monday–Sunday, summary, best and worst day',
    async (weekOf) => {
      const monday = plusDays(weekOf, -mondayFirst(weekOf));
      const ds = daysIn(days, monday, plusDays(monday, 6));
      const got = getWeeklySummary(t.db, { weekStart: weekOf, today: TODAY, lang: 'fr' });
      expect(got.period).toEqual({ start: monday, end: plusDays(monday, 6), days: 7 });
      for (const [f, v] of Object.entries(summaryOf(ds))) close(got.summary[f as 'total_bookings'], v);
      const scored = ds.map((d) => ({ date: d.date, quality_score: dayScore(d) }));
      const best = scored.reduce((a, b) => (b.quality_score > a.quality_score ? b : a));
      const worst = scored.reduce((a, b) => (b.quality_score < a.quality_score ? b : a));
      expect(got.best_day?.date).toBe(best.date);
      expect(got.worst_day?.date).toBe(worst.date);
      close(got.best_day!.quality_score, best.quality_score);
      close(got.worst_day!.quality_score, worst.quality_score);

      const res = await handlers['analytics:get-weekly-summary']({ weekStart: weekOf });
      if (!res.ok) throw new Error(JSON.stringify(res.error));
      closeRounded(res.data.summary.avg_quality_score, summaryOf(ds).avg_quality_score);
    },
  );
});
