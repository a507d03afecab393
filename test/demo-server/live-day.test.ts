import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../../src/main/demo-server/demo-server';
import { fixtureDataset, MORNING_OF_14 } from './fixture-dataset';
import { get, login } from './http';

const MINUTE = 60_000;
let clock = MORNING_OF_14;
let server: DemoServer;
let token: string;
beforeAll(async () => {
  server = await startDemoServer({
    dataset: fixtureDataset(['2025-03-12', '2025-03-13']),
    now: () => clock,
    tokenTtlSeconds: 7 * 86_400,
  });
  token = await login(server);
});
afterAll(() => server.close());

async function reservation(day: string, id: number) {
  const res = await get(server, `/api/v1/companies/me/reservations?date=${day}`, token);
  return res.json.reservations.find((r: { id: number }) => r.id === id);
}

describe('live today', () => {
  it('a sync during the day sees a partial day: done in the morning, planned in the afternoon', async () => {
    clock = MORNING_OF_14; // 10:00 local
    const res = await get(server, '/api/v1/companies/me/reservations?date=2025-03-14', token);
    const byId = new Map(res.json.reservations.map((r: { id: number; status: string }) => [r.id, r]));
    expect(byId.get(1301)).toMatchObject({
      status: 'completed',
      boarded_at: expect.stringMatching(/Z$/),
      completed_at: expect.stringMatching(/Z$/),
    });
    expect(byId.get(1303)).toMatchObject({
      status: 'assigned',
      boarded_at: null,
      completed_at: null,
      duree_minutes: null,
    });
    expect(byId.get(1304)).toMatchObject({ status: 'canceled' });
  });

  it('moves a booking assigned → in_progress (boarded_at) → completed (completed_at) as the clock advances', async () => {
    const seen: string[] = [];
    let boardedAt: string | null = null;
    for (
      clock = Date.parse('2025-03-14T14:30:00Z');
      clock <= Date.parse('2025-03-14T17:30:00Z');
      clock += 5 * MINUTE
    ) {
      const r = await reservation('2025-03-14', 1303); // 16:00 local = 15:00Z
      if (seen.at(-1) !== r.status) seen.push(r.status);
      if (r.status === 'assigned') expect(r.boarded_at).toBeNull();
      if (r.status === 'in_progress') {
        expect(Date.parse(r.boarded_at)).toBeLessThanOrEqual(clock);
        expect(r.completed_at).toBeNull();
        boardedAt = r.boarded_at;
      }
      if (r.status === 'completed') {
        expect(r.boarded_at).toBe(boardedAt);
        expect(Date.parse(r.completed_at)).toBeGreaterThan(Date.parse(r.boarded_at));
        expect(r.duree_minutes).toBeGreaterThanOrEqual(14);
      }
    }
    expect(seen).toEqual(['assigned', 'in_progress', 'completed']);
  });

  it('the run detail follows: SCHEDULED then ONBOARD then COMPLETED, with updated_at set', async () => {
    const assignment = async () => {
      const res = await get(server, '/api/v1/company_dispatch/runs/5013', token);
      return res.json.assignments.find((a: { booking_id: number }) => a.booking_id === 1303);
    };
    clock = Date.parse('2025-03-14T12:00:00Z');
    expect(await assignment()).toMatchObject({
      status: 'AssignmentStatus.SCHEDULED',
      updated_at: null,
      booking: { status: 'BookingStatus.ASSIGNED' },
    });
    clock = Date.parse('2025-03-14T18:00:00Z');
    const done = await assignment();
    expect(done).toMatchObject({
      status: 'AssignmentStatus.COMPLETED',
      booking: { status: 'BookingStatus.COMPLETED' },
    });
    expect(done.updated_at).toMatch(/\+00:00$/);
  });

  it('past days never change; tomorrow exists with its run once made the evening before', async () => {
    clock = MORNING_OF_14;
    const before = (await get(server, '/api/v1/companies/me/reservations?date=2025-03-13', token)).text;
    const tomorrow = await get(server, '/api/v1/companies/me/reservations?date=2025-03-15', token);
    expect(tomorrow.json.total).toBe(4);
    expect(
      tomorrow.json.reservations.every((r: { status: string }) =>
        ['assigned', 'canceled'].includes(r.status),
      ),
    ).toBe(true);
    const runsAt = async () =>
      (await get(server, '/api/v1/company_dispatch/runs', token)).json.map((r: { day: string }) => r.day);
    expect(await runsAt()).not.toContain('2025-03-15');
    clock = Date.parse('2025-03-14T17:05:00Z'); // 18:05 local: tomorrow's run has been made
    expect(await runsAt()).toContain('2025-03-15');
    expect((await get(server, '/api/v1/companies/me/reservations?date=2025-03-13', token)).text).toBe(before);
  });

  it('the next day, yesterday is complete and a new tomorrow appears', async () => {
    clock = Date.parse('2025-03-15T23:30:00Z'); // 00:30 on the 16th
    const yesterday = await get(server, '/api/v1/companies/me/reservations?date=2025-03-15', token);
    expect(yesterday.json.reservations.map((r: { status: string }) => r.status).sort()).toEqual([
      'canceled',
      'completed',
      'completed',
      'completed',
    ]);
    expect((await get(server, '/api/v1/companies/me/reservations?date=2025-03-17', token)).json.total).toBe(
      4,
    );
  });
});
