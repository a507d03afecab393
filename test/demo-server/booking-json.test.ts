import { describe, expect, it } from 'vitest';
import { createDemoDataset } from '../../src/main/demo/demo-generator';
import type { BookingRecord } from '../../src/main/domain/records';
import { bookingJson } from '../../src/main/demo-server/booking-json';
import type { ServerContext } from '../../src/main/demo-server/context';
import { RawJson, restxJson } from '../../src/main/demo-server/py-json';
import { serializeBooking } from '../../src/main/demo-server/serialize-booking';
import { booking, DRIVERS, fixtureDataset } from './fixture-dataset';

// The production row writer must give the generic writer's bytes for every booking.
function contextFor(dataset: ServerContext['dataset'], seed: number): ServerContext {
  return {
    mode: 'production',
    now: () => Date.parse('2026-11-01T12:00:00Z'),
    timeZone: 'Europe/Zurich',
    dbZone: 'UTC',
    seed,
    dataset,
    companyCreatedAt: Date.parse('2025-01-01T09:14:22.481Z'),
  } as ServerContext;
}

describe('bookingJson', () => {
  it('writes what restxJson writes of serializeBooking, for a generated season with both DST days', () => {
    const dataset = createDemoDataset({
      seed: 11,
      days: 240,
      bookingsPerDay: 12,
      endDay: '2026-10-31',
      timeZone: 'Europe/Zurich',
    });
    const ctx = contextFor(dataset, 11);
    const drivers = new Map(dataset.drivers.map((d) => [d.id, d]));
    let rows = 0;
    for (const day of dataset.days) {
      for (const b of dataset.dayBatch(day).bookings) {
        const wire = serializeBooking(ctx, b, drivers);
        expect(bookingJson(wire)).toBe(restxJson(wire).trimEnd());
        rows++;
      }
    }
    expect(rows).toBeGreaterThan(2_000);
  });

  it('writes the edge cases the same: nulls, no driver, another company, escapes, odd amounts', () => {
    const dataset = fixtureDataset(['2025-03-13']);
    const ctx = contextFor(dataset, 1);
    const drivers = new Map(DRIVERS.map((d) => [d.id, d]));
    const day = '2025-03-13';
    const cases: Partial<BookingRecord>[] = [
      {
        scheduledLocal: null,
        driverId: null,
        amount: null,
        customerName: null,
        pickupLocation: null,
        dropoffLocation: null,
        medicalFacility: null,
      },
      {
        driverId: 9,
        customerName: '  Zoë   "la" \\ Chappuis 🚑 ',
        pickupLocation: 'Tab\there\nnewline',
        amount: 1e-7,
      },
      { companyId: 99, amount: 123456789.125, parentBookingId: 5, isRoundTrip: true, isReturn: true },
      {
        boardedAt: Date.parse('2025-03-13T07:41:10.999Z'),
        completedAt: Date.parse('2025-03-13T08:02:00Z'),
        amount: 0,
      },
      { driverId: 12345, durationSeconds: null, distanceMeters: null, amount: -4.5, customerName: 'Solo' },
    ];
    for (const [i, overrides] of cases.entries()) {
      const wire = serializeBooking(ctx, booking(day, i + 1, overrides), drivers);
      expect(bookingJson(wire), JSON.stringify(overrides)).toBe(restxJson(wire).trimEnd());
    }
  });

  it('RawJson goes only into compact restx JSON', () => {
    expect(restxJson({ rows: new RawJson('[{"a": 1}]'), n: 1 })).toBe('{"rows": [{"a": 1}], "n": 1}\n');
    expect(() => restxJson({ rows: new RawJson('[]') }, true)).toThrow(TypeError);
  });
});
