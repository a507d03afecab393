import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../../src/main/demo-server/demo-server';
import { fixtureBatch, fixtureDataset, MORNING_OF_14 } from './fixture-dataset';
import { get, login } from './http';

let server: DemoServer;
let token: string;
beforeAll(async () => {
  server = await startDemoServer({
    dataset: fixtureDataset(['2025-03-11', '2025-03-12', '2025-03-13']),
    now: () => MORNING_OF_14,
  });
  // A run still going (no completed_at) on an older day: NULLs come first in completed_at DESC.
  const running = fixtureBatch('2025-03-11', false);
  if (running.run) running.run = { ...running.run, status: 'running', completedAt: null };
  server.setDay('2025-03-11', running);
  token = await login(server);
});
afterAll(() => server.close());

describe('GET /api/v1/company_dispatch/runs', () => {
  it('is a bare array of runs with DispatchStatus.X, meta null, NULL completed_at first', async () => {
    const res = await get(server, '/api/v1/company_dispatch/runs', token);
    expect(res.status).toBe(200);
    expect(Array.isArray(res.json)).toBe(true);
    for (const run of res.json)
      expect(Object.keys(run)).toEqual([
        'id',
        'company_id',
        'day',
        'created_at',
        'started_at',
        'completed_at',
        'status',
        'meta',
      ]);
    // Tomorrow's run is created today at 18:00, after "now": not there yet.
    expect(res.json.map((r: { day: string }) => r.day)).toEqual([
      '2025-03-11',
      '2025-03-14',
      '2025-03-13',
      '2025-03-12',
    ]);
    expect(res.json[0]).toMatchObject({ status: 'DispatchStatus.RUNNING', completed_at: null, meta: null });
    expect(res.json[1]).toMatchObject({ status: 'DispatchStatus.COMPLETED', company_id: 3 });
    expect(res.json[1].created_at).toBe('2025-03-13T17:00:00+00:00');
    expect(res.json[1].completed_at).toBe('2025-03-13T17:00:09.654000+00:00');
    expect(res.text.startsWith('[{"id": ')).toBe(true);
  });

  it('honours limit/offset without a cap and answers 500 to bad values', async () => {
    const page = await get(server, '/api/v1/company_dispatch/runs?limit=2&offset=1', token);
    expect(page.json.map((r: { day: string }) => r.day)).toEqual(['2025-03-14', '2025-03-13']);
    expect((await get(server, '/api/v1/company_dispatch/runs?limit=100000', token)).json).toHaveLength(4);
    for (const q of ['limit=x', 'offset=-1', 'limit=-5']) {
      const res = await get(server, `/api/v1/company_dispatch/runs?${q}`, token);
      expect(res.status, q).toBe(500);
      expect(res.json).toEqual({ message: 'Internal Server Error' });
    }
  });
});

describe('GET /api/v1/company_dispatch/runs/<id>', () => {
  it('nests assignments with AssignmentStatus.X, BookingStatus.X, omitted null keys, {} drivers and meta {}', async () => {
    const res = await get(server, '/api/v1/company_dispatch/runs/5012', token); // 2025-03-13
    expect(res.status).toBe(200);
    expect(Object.keys(res.json)).toEqual([
      'id',
      'company_id',
      'day',
      'created_at',
      'started_at',
      'completed_at',
      'status',
      'meta',
      'assignments',
    ]);
    expect(res.json.meta).toEqual({});
    const rows = res.json.assignments;
    expect(rows).toHaveLength(4);
    for (const a of rows)
      expect(Object.keys(a)).toEqual([
        'id',
        'booking_id',
        'driver_id',
        'dispatch_run_id',
        'status',
        'pickup_eta',
        'dropoff_eta',
        'created_at',
        'updated_at',
        'booking',
        'driver',
      ]);
    const served = rows.find((a: { booking_id: number }) => a.booking_id === 1201);
    expect(served).toMatchObject({
      status: 'AssignmentStatus.COMPLETED',
      pickup_eta: null,
      dropoff_eta: null,
      updated_at: null,
      booking: {
        id: 1201,
        company_id: 3,
        customer_name: 'Marie Favre',
        scheduled_time: '2025-03-13T08:30:00',
        status: 'BookingStatus.COMPLETED',
      },
      driver: {
        id: 7,
        company_id: 3,
        user: { id: expect.any(Number), first_name: 'Marc', last_name: 'Rossi', username: 'marc.rossi' },
      },
    });
    const unassigned = rows.find((a: { booking_id: number }) => a.booking_id === 1204);
    expect(unassigned).toMatchObject({ driver_id: null, driver: {}, status: 'AssignmentStatus.CANCELLED' });
    expect(unassigned.booking.status).toBe('BookingStatus.CANCELED');
  });

  it('drops null keys from the nested driver user', async () => {
    const day = '2025-03-12';
    const batch = fixtureBatch(day, false);
    batch.bookings = batch.bookings.map((b) => ({
      ...b,
      driverId: 9,
      customerName: b.id === 1101 ? null : b.customerName,
    }));
    batch.assignments = batch.assignments.map((a) => ({ ...a, driverId: 9 }));
    server.setDay(day, batch);
    const res = await get(server, '/api/v1/company_dispatch/runs/5011', token);
    const row = res.json.assignments.find((a: { booking_id: number }) => a.booking_id === 1101);
    expect(row.driver.user).toEqual({ id: expect.any(Number), username: 'driver9' });
    expect(Object.keys(row.booking)).toEqual(['id', 'company_id', 'scheduled_time', 'status']);
  });

  it('answers the restx 404 with its hint, and the app 404 for a non-integer id', async () => {
    const missing = await get(server, '/api/v1/company_dispatch/runs/999', token);
    expect(missing.status).toBe(404);
    expect(missing.json.message).toBe(
      'dispatch run not found. You have requested this URI [/api/v1/company_dispatch/runs/999] but did you mean ' +
        '/api/v1/company_dispatch/runs/<int:run_id> or /api/v1/company_dispatch/runs or /api/v1/company_dispatch/delays ?',
    );
    const notInt = await get(server, '/api/v1/company_dispatch/runs/abc', token);
    expect(notInt.status).toBe(404);
    expect(notInt.json.error).toBe('Not Found');
  });
});
