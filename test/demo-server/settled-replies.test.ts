import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../../src/main/demo-server/demo-server';
import { SettledReplies } from '../../src/main/demo-server/settled-replies';
import { fixtureBatch, fixtureDataset, MORNING_OF_14 } from './fixture-dataset';
import { get, login } from './http';

// Dataset days 11–13 March; "today" is the 14th (live), the 15th is planned.
let clock = MORNING_OF_14;
let server: DemoServer;
let token: string;
beforeAll(async () => {
  server = await startDemoServer({
    dataset: fixtureDataset(['2025-03-10', '2025-03-11', '2025-03-12', '2025-03-13']),
    now: () => clock,
    tokenTtlSeconds: 7 * 86_400,
  });
  token = await login(server);
});
afterAll(() => server.close());

const hits = () => server.stats().settledHits;
const reservations = (day: string, query = '') =>
  get(server, `/api/v1/companies/me/reservations?date=${day}${query}`, token);

describe('kept answers of settled past days', () => {
  it('a past day is written once, then sent again byte for byte', async () => {
    clock = MORNING_OF_14;
    const before = hits();
    const first = await reservations('2025-03-11');
    const second = await reservations('2025-03-11');
    expect(first.status).toBe(200);
    expect(hits()).toBe(before + 1);
    expect(second.text).toBe(first.text);
    expect(second.headers.get('content-length')).toBe(first.headers.get('content-length'));
    // Another page size or status filter is another answer.
    await reservations('2025-03-11', '&per_page=2');
    await reservations('2025-03-11', '&status=completed');
    expect(hits()).toBe(before + 1);
  });

  it('never keeps the live day: its statuses follow the clock', async () => {
    clock = MORNING_OF_14; // 10:00 local: the 16:00 booking is still planned
    const before = hits();
    const morning = await reservations('2025-03-14');
    await reservations('2025-03-14');
    clock = Date.parse('2025-03-14T18:00:00Z'); // 19:00 local: done
    const evening = await reservations('2025-03-14');
    expect(hits()).toBe(before);
    const status = (r: typeof morning, id: number) =>
      r.json.reservations.find((b: { id: number }) => b.id === id).status as string;
    expect(status(morning, 1303)).toBe('assigned');
    expect(status(evening, 1303)).toBe('completed');
  });

  it('never keeps yesterday while today is live next to it, nor the live day’s run', async () => {
    clock = MORNING_OF_14;
    const before = hits();
    await reservations('2025-03-13');
    await reservations('2025-03-13');
    await get(server, '/api/v1/company_dispatch/runs/5013', token); // today's run
    await get(server, '/api/v1/company_dispatch/runs/5013', token);
    expect(hits()).toBe(before);
  });

  it('keeps a past run’s detail', async () => {
    clock = MORNING_OF_14;
    const first = await get(server, '/api/v1/company_dispatch/runs/5010', token);
    const before = hits();
    const second = await get(server, '/api/v1/company_dispatch/runs/5010', token);
    expect(first.status).toBe(200);
    expect(hits()).toBe(before + 1);
    expect(second.text).toBe(first.text);
  });

  it('starts afresh when the day changes', async () => {
    clock = MORNING_OF_14;
    await reservations('2025-03-12');
    const kept = hits();
    await reservations('2025-03-12');
    expect(hits()).toBe(kept + 1);
    clock = Date.parse('2025-03-15T09:00:00Z'); // the next day: a new epoch
    await reservations('2025-03-12');
    expect(hits()).toBe(kept + 1);
    await reservations('2025-03-12');
    expect(hits()).toBe(kept + 2);
  });

  it('forgets a replaced day, and never keeps an override (its test may still edit it)', async () => {
    clock = MORNING_OF_14;
    const kept = await reservations('2025-03-11');
    expect((await reservations('2025-03-11')).text).toBe(kept.text);
    const batch = fixtureBatch('2025-03-11', false);
    batch.bookings = batch.bookings.slice(0, 2);
    server.setDay('2025-03-11', batch);
    const before = hits();
    const replaced = await reservations('2025-03-11');
    expect(replaced.json.total).toBe(2);
    expect(kept.json.total).toBe(4);
    await reservations('2025-03-11');
    expect(hits()).toBe(before);
    batch.bookings = batch.bookings.slice(0, 1);
    expect((await reservations('2025-03-11')).json.total).toBe(1);
  });

  it('sends JSON as ASCII bytes whose count is the Content-Length', async () => {
    clock = MORNING_OF_14;
    const bytes = await new Promise<{ length: string | undefined; body: Buffer }>((resolve, reject) => {
      const url = new URL(`${server.url}/api/v1/companies/me/reservations?date=2025-03-12`);
      const req = httpRequest(url, { headers: { authorization: `Bearer ${token}` } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ length: res.headers['content-length'], body: Buffer.concat(chunks) }));
      });
      req.on('error', reject);
      req.end();
    });
    expect(Number(bytes.length)).toBe(bytes.body.length);
    expect(bytes.body.every((b) => b < 0x80)).toBe(true);
    // "Zoë Chappuis" and "Genève" are there, escaped.
    expect(bytes.body.toString('latin1')).toContain('Zo\\u00eb Chappuis');
  });
});

describe('SettledReplies', () => {
  it('drops the least recently used bodies past its size, and all of them on a new epoch', () => {
    const replies = new SettledReplies(10);
    replies.set('e1', 'a', 'aaaa');
    replies.set('e1', 'b', 'bbbb');
    expect(replies.get('e1', 'a')).toBe('aaaa'); // a is now the most recent
    replies.set('e1', 'c', 'cccc'); // 12 chars > 10: b goes
    expect(replies.get('e1', 'b')).toBeUndefined();
    expect(replies.get('e1', 'a')).toBe('aaaa');
    expect(replies.get('e1', 'c')).toBe('cccc');
    replies.set('e1', 'huge', 'x'.repeat(11)); // larger than the cap: not kept, nothing evicted
    expect(replies.size()).toBe(2);
    expect(replies.get('e2', 'a')).toBeUndefined();
    expect(replies.size()).toBe(0);
    expect(replies.hits).toBe(3);
  });
});
