import { describe, expect, it } from 'vitest';
import {
  bookingSchema,
  companySchema,
  driversResponseSchema,
  reservationsPageSchema,
  runDetailSchema,
  runsListSchema,
} from '../../src/main/sync/atmr-schemas';
import {
  normalizeAssignment,
  normalizeBooking,
  normalizeCompany,
  normalizeDriver,
  normalizeRun,
} from '../../src/main/sync/normalize';
import { parseWire } from '../../src/main/sync/parse-wire';
import { SyncPayloadError } from '../../src/main/sync/sync-errors';
import { parseNaiveLocal, parseSwissMinuteStamp } from '../../src/main/sync/wire-time';
import { parseInstant } from '../../src/shared/time';
import * as fx from './fixtures/atmr-payloads';

describe('wire time formats', () => {
  it('keeps naive local scheduled times as sent, to the second', () => {
    expect(parseNaiveLocal('2025-03-14T08:30:00')).toBe('2025-03-14T08:30:00');
    expect(parseNaiveLocal('2025-03-14T08:30:00.250000')).toBe('2025-03-14T08:30:00');
    expect(parseNaiveLocal('2025-03-14T08:30')).toBe('2025-03-14T08:30:00');
    expect(parseNaiveLocal('2025-03-14T08:30:00Z')).toBeNull();
    expect(parseNaiveLocal('2025-02-30T08:30:00')).toBeNull();
    expect(parseNaiveLocal('abc')).toBeNull();
  });

  it('reads Z and offset instants, with microseconds', () => {
    expect(parseInstant('2025-03-14T07:41:10Z')).toBe(Date.UTC(2025, 2, 14, 7, 41, 10));
    expect(parseInstant('2025-03-13T17:00:01.123456+00:00')).toBe(Date.UTC(2025, 2, 13, 17, 0, 1, 123));
    expect(parseInstant('2025-03-14T08:41:10+01:00')).toBe(Date.UTC(2025, 2, 14, 7, 41, 10));
    expect(parseInstant('2025-07-14T09:41:10.5+02:00')).toBe(Date.UTC(2025, 6, 14, 7, 41, 10, 500));
    expect(parseInstant('2025-03-14T08:30:00')).toBeNull(); // naive: not an instant
  });

  it('reads the dd/mm/YYYY HH:MM Zurich stamps', () => {
    expect(parseSwissMinuteStamp('10/03/2025 14:02')).toBe(Date.UTC(2025, 2, 10, 13, 2)); // CET
    expect(parseSwissMinuteStamp('10/07/2025 14:02')).toBe(Date.UTC(2025, 6, 10, 12, 2)); // CEST
    expect(parseSwissMinuteStamp('Non spécifié')).toBeNull();
  });
});

describe('normalisation of the documented payloads', () => {
  it('company', () => {
    expect(normalizeCompany(parseWire(companySchema, fx.companyMe, { endpoint: 'companies/me' }))).toEqual({
      id: 3,
      name: 'Taxi Léman SA',
      serviceArea: 'Genève',
    });
  });

  it('drivers', () => {
    const wire = parseWire(driversResponseSchema, fx.driversResponse, { endpoint: 'drivers' });
    expect(normalizeDriver(wire.drivers[0]!, 3)).toEqual({
      id: 7,
      companyId: 3,
      fullName: 'Marc Rossi',
      firstName: 'Marc',
      lastName: 'Rossi',
      username: 'marc.rossi',
      isActive: true,
      isAvailable: true,
      driverType: 'REGULAR',
    });
  });

  it('a driver from the serializer fallback (nulls) still gets a name', () => {
    const wire = parseWire(
      driversResponseSchema,
      { drivers: [{ id: 9, first_name: null, full_name: null }], total: 1 },
      { endpoint: 'drivers' },
    );
    expect(normalizeDriver(wire.drivers[0]!, 3)).toMatchObject({
      id: 9,
      fullName: '#9',
      isActive: true,
      companyId: 3,
    });
  });

  it('booking: lowercase status, naive time kept, placeholders → null', () => {
    const page = parseWire(reservationsPageSchema, fx.reservationsPage, {
      endpoint: 'reservations',
      day: '2025-03-14',
    });
    expect(normalizeBooking(page.reservations[0]!, 3)).toEqual({
      id: 1287,
      companyId: 3,
      scheduledLocal: '2025-03-14T08:30:00',
      status: 'assigned',
      driverId: 7,
      boardedAt: null,
      completedAt: null,
      distanceMeters: 5230,
      durationSeconds: 840,
      amount: 48.5,
      customerName: 'Marie Favre',
      pickupLocation: 'Rue de Lausanne 45, 1201 Genève',
      dropoffLocation: 'HUG, Rue Gabrielle-Perret-Gentil 4, 1205 Genève',
      medicalFacility: 'HUG',
      isRoundTrip: true,
      isReturn: false,
      parentBookingId: null,
    });
  });

  it('booking: served, placeholder facility, omitted keys', () => {
    const { driver_id: _d, distance_meters: _m, ...rest } = fx.booking;
    const wire = parseWire(
      bookingSchema,
      {
        ...rest,
        status: 'completed',
        boarded_at: '2025-03-14T07:41:10Z',
        completed_at: '2025-03-14T07:55:00Z',
        medical_facility: 'Non spécifié',
      },
      { endpoint: 'reservations' },
    );
    expect(normalizeBooking(wire, 3)).toMatchObject({
      status: 'completed',
      boardedAt: Date.UTC(2025, 2, 14, 7, 41, 10),
      completedAt: Date.UTC(2025, 2, 14, 7, 55),
      medicalFacility: null,
      driverId: null,
      distanceMeters: null,
    });
  });

  it('runs list and run detail: prefixes removed, offsets read, {} driver', () => {
    const [summary] = parseWire(runsListSchema, fx.runsList, { endpoint: 'runs' });
    expect(normalizeRun(summary!, 3)).toEqual({
      id: 58,
      companyId: 3,
      day: '2025-03-14',
      status: 'completed',
      createdAt: Date.UTC(2025, 2, 13, 17, 0, 0, 5),
      startedAt: Date.UTC(2025, 2, 13, 17, 0, 1, 123),
      completedAt: Date.UTC(2025, 2, 13, 17, 0, 9, 654),
    });
    const detail = parseWire(runDetailSchema, fx.runDetail, { endpoint: 'run 58' });
    expect(detail.assignments.map(normalizeAssignment)).toEqual([
      {
        id: 904,
        bookingId: 1287,
        driverId: 7,
        dispatchRunId: 58,
        status: 'scheduled',
        createdAt: Date.UTC(2025, 2, 13, 17, 0, 9, 0),
        updatedAt: null,
      },
      {
        id: 905,
        bookingId: 1290,
        driverId: null,
        dispatchRunId: 58,
        status: 'scheduled',
        createdAt: Date.UTC(2025, 2, 13, 17, 0, 9, 0),
        updatedAt: null,
      },
    ]);
  });

  it('run with an omitted null key (skip_none) and a no-show assignment', () => {
    const { completed_at: _c, ...run } = fx.runDetail;
    const detail = parseWire(
      runDetailSchema,
      {
        ...run,
        status: 'DispatchStatus.RUNNING',
        assignments: [{ ...fx.runDetail.assignments[0], status: 'AssignmentStatus.NO_SHOW' }],
      },
      { endpoint: 'run 58' },
    );
    expect(normalizeRun(detail, 3)).toMatchObject({ status: 'running', completedAt: null });
    expect(normalizeAssignment(detail.assignments[0]!).status).toBe('no_show');
  });
});

describe('bad payloads name endpoint, day and field', () => {
  const where = { endpoint: 'reservations', day: '2026-11-20' };
  const pageWith = (i: number, patch: Record<string, unknown>) => ({
    ...fx.reservationsPage,
    total: 5,
    reservations: [0, 1, 2, 3, 4].map((n) => ({ ...fx.booking, id: 100 + n, ...(n === i ? patch : {}) })),
  });

  it('scheduled_time', () => {
    expect(() => parseWire(reservationsPageSchema, pageWith(3, { scheduled_time: 'abc' }), where)).toThrow(
      'reservations 2026-11-20: reservations[3].scheduled_time: expected ISO local date-time, got "abc"',
    );
  });

  it('status, id, boarded_at, driver_id, distance', () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ status: 'lost' }, 'reservations[1].status: expected a booking status, got "lost"'],
      [{ id: '12' }, 'reservations[1].id: expected number, got "12"'],
      [
        { boarded_at: '14/03/2025 08:00' },
        'reservations[1].boarded_at: expected ISO date-time with Z or offset',
      ],
      [{ driver_id: 7.5 }, 'reservations[1].driver_id: expected an integer, got 7.5'],
      [{ distance_meters: -3 }, 'reservations[1].distance_meters'],
    ];
    for (const [patch, text] of cases) {
      const err = (() => {
        try {
          parseWire(reservationsPageSchema, pageWith(1, patch), where);
        } catch (e) {
          return e;
        }
        return null;
      })();
      expect(err).toBeInstanceOf(SyncPayloadError);
      expect((err as Error).message).toContain(`reservations 2026-11-20: ${text}`);
      expect((err as SyncPayloadError).kind).toBe('payload');
    }
  });

  it('a missing wrapper key', () => {
    const { total: _t, ...noTotal } = fx.reservationsPage;
    expect(() => parseWire(reservationsPageSchema, noTotal, where)).toThrow(
      'reservations 2026-11-20: total: expected number, got nothing',
    );
  });

  it('tolerates loose fields: bad created_at, unknown keys, placeholders', () => {
    const ok = parseWire(
      reservationsPageSchema,
      pageWith(0, { created_at: 'Non spécifié', extra: { x: 1 }, amount: 'n/a' }),
      where,
    );
    expect(ok.reservations).toHaveLength(5);
    expect(ok.reservations[0]!.amount).toBeNull();
  });
});
