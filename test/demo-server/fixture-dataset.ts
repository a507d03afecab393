// A tiny hand-written dataset (three drivers, a handful of bookings a day) so the server's tests pin exact
// values; the generator is exercised separately in embedded-demo.test.ts.
import type { BookingRecord, DayBatch, DriverRecord } from '../../src/main/domain/records';
import type { DemoDatasetLike } from '../../src/main/demo-server/types';
import { bookingRecord } from '../helpers/booking-record';

export const COMPANY_ID = 3;
export const ZURICH = 'Europe/Zurich';

export const DRIVERS: DriverRecord[] = [
  {
    id: 7,
    companyId: COMPANY_ID,
    fullName: 'Marc Rossi',
    firstName: 'Marc',
    lastName: 'Rossi',
    username: 'marc.rossi',
    isActive: true,
    isAvailable: true,
    driverType: 'REGULAR',
  },
  {
    id: 8,
    companyId: COMPANY_ID,
    fullName: 'Léa Müller',
    firstName: 'Léa',
    lastName: 'Müller',
    username: 'lea.muller',
    isActive: true,
    isAvailable: false,
    driverType: 'EMERGENCY',
  },
  {
    id: 9,
    companyId: COMPANY_ID,
    fullName: 'driver9',
    firstName: null,
    lastName: null,
    username: 'driver9',
    isActive: false,
    isAvailable: false,
    driverType: null,
  },
];

/** Booking ids: day index * 100 + n. Day index = days since 2025-03-01. */
export function dayIndex(day: string): number {
  return Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse('2025-03-01T00:00:00Z')) / 86_400_000);
}

export function booking(day: string, n: number, overrides: Partial<BookingRecord> = {}): BookingRecord {
  return bookingRecord({
    id: dayIndex(day) * 100 + n,
    companyId: COMPANY_ID,
    scheduledLocal: `${day}T08:30:00`,
    ...overrides,
  });
}

/** Bookings of a day: complete (past) or planned (after endDay). */
export function fixtureBatch(day: string, planned: boolean): DayBatch {
  const at = (hhmm: string) => Date.parse(`${day}T${hhmm}:00+01:00`);
  const served = (hhmm: string, boarded: string, completed: string) =>
    planned
      ? { status: 'assigned' as const }
      : { status: 'completed' as const, boardedAt: at(boarded), completedAt: at(completed) };
  const base = dayIndex(day) * 100;
  const bookings = [
    booking(day, 1, { scheduledLocal: `${day}T08:30:00`, ...served('08:30', '08:33', '08:47') }),
    booking(day, 2, {
      scheduledLocal: `${day}T12:00:00`,
      driverId: 8,
      customerName: 'Paul Meier',
      isRoundTrip: true,
      ...served('12:00', '12:05', '12:20'),
    }),
    booking(day, 3, {
      scheduledLocal: `${day}T16:00:00`,
      isRoundTrip: true,
      isReturn: true,
      parentBookingId: base + 2,
      amount: 40,
      ...served('16:00', '16:10', '16:30'),
    }),
    booking(day, 4, {
      scheduledLocal: `${day}T12:00:00`,
      status: 'canceled',
      driverId: null,
      customerName: 'Zoë Chappuis',
    }),
  ];
  const runId = 5000 + dayIndex(day);
  const created = at('18:00') - 86_400_000;
  return {
    companyId: COMPANY_ID,
    day,
    bookings,
    run: {
      id: runId,
      companyId: COMPANY_ID,
      day,
      status: 'completed',
      createdAt: created,
      startedAt: created + 1123,
      completedAt: created + 9654,
    },
    assignments: bookings
      .filter((b) => b.status !== 'canceled' || b.id % 2 === 0)
      .map((b) => ({
        id: 90000 + b.id,
        bookingId: b.id,
        driverId: b.driverId,
        dispatchRunId: runId,
        status: b.status === 'canceled' ? 'cancelled' : planned ? 'scheduled' : 'completed',
        createdAt: created + 9654,
        updatedAt: null,
      })),
  };
}

export function fixtureDataset(days: string[]): DemoDatasetLike {
  const endDay = days.at(-1) ?? '2025-03-13';
  return {
    company: { id: COMPANY_ID, name: 'Taxi Léman SA', serviceArea: 'Genève' },
    drivers: DRIVERS,
    days,
    dayBatch: (day) => fixtureBatch(day, day > endDay),
  };
}

/** 2025-03-14 10:00 in Zurich (CET, UTC+1). */
export const MORNING_OF_14 = Date.parse('2025-03-14T09:00:00Z');
