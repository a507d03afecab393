// The embedded server over the real demo generator: what it serves for a past day is the dataset's day, and
// today is partial.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoDataset } from '../../src/main/demo/demo-generator';
import { startEmbeddedDemoServer } from '../../src/main/demo-server/embedded-demo';
import type { DemoServer } from '../../src/main/demo-server/demo-server';
import { get, login } from './http';

// 2025-06-18 14:00 in Zurich (CEST): a Wednesday afternoon.
const NOW = Date.parse('2025-06-18T12:00:00Z');
let server: DemoServer;
let credentials: { email: string; password: string };
let token: string;
beforeAll(async () => {
  ({ server, credentials } = await startEmbeddedDemoServer({ now: () => NOW, seed: 11, days: 10 }));
  token = await login(server, credentials);
});
afterAll(() => server.close());

describe('startEmbeddedDemoServer', () => {
  it('listens on loopback with the documented demo credentials', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(credentials).toEqual({ email: 'demo@dispatch.local', password: 'demo-dispatch-2025' });
  });

  it("serves yesterday exactly as the generator's day batch", async () => {
    const expected = createDemoDataset({ seed: 11, days: 10, endDay: '2025-06-17' }).dayBatch('2025-06-17');
    const res = await get(server, '/api/v1/companies/me/reservations?date=2025-06-17&per_page=500', token);
    const onDay = expected.bookings.filter((b) => b.scheduledLocal?.startsWith('2025-06-17'));
    expect(res.json.total).toBe(onDay.length);
    const wire = new Map(res.json.reservations.map((r: { id: number }) => [r.id, r]));
    for (const b of onDay) {
      expect(wire.get(b.id)).toMatchObject({
        scheduled_time: b.scheduledLocal,
        status: b.status,
        driver_id: b.driverId,
        boarded_at: b.boardedAt === null ? null : new Date(b.boardedAt).toISOString().slice(0, 19) + 'Z',
        completed_at:
          b.completedAt === null ? null : new Date(b.completedAt).toISOString().slice(0, 19) + 'Z',
        customer_name: b.customerName,
        distance_meters: b.distanceMeters,
        is_return: b.isReturn,
        parent_booking_id: b.parentBookingId,
      });
    }
    const runs = await get(server, '/api/v1/company_dispatch/runs?limit=100', token);
    expect(runs.json.find((r: { day: string }) => r.day === '2025-06-17')?.id).toBe(expected.run?.id);
  });

  it('today is partial: finished rides in the morning, planned ones in the evening', async () => {
    const res = await get(server, '/api/v1/companies/me/reservations?date=2025-06-18&per_page=500', token);
    const statuses = new Set(res.json.reservations.map((r: { status: string }) => r.status));
    expect(statuses.has('completed')).toBe(true);
    expect(statuses.has('assigned')).toBe(true);
    for (const r of res.json.reservations) {
      if (r.status === 'assigned') expect(r.boarded_at).toBeNull();
      if (r.status === 'completed') expect(Date.parse(r.completed_at)).toBeLessThanOrEqual(NOW);
      if (r.scheduled_time > '2025-06-18T15:00:00' && r.status !== 'canceled')
        expect(r.status).toBe('assigned');
    }
    const tomorrow = await get(server, '/api/v1/companies/me/reservations?date=2025-06-19&per_page=1', token);
    expect(tomorrow.json.total).toBeGreaterThan(0);
  });
});
