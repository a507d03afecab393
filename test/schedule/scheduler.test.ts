import { describe, expect, it } from 'vitest';
import { startScheduler } from '../../src/main/schedule/scheduler';

describe('startScheduler (wake-ups only)', () => {
  it('checks on start, and pokes during a check run one more check after it, never two at once', async () => {
    let active = 0;
    let maxActive = 0;
    let calls = 0;
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => (release = r));
    const s = startScheduler({
      check: async () => {
        calls++;
        active++;
        maxActive = Math.max(maxActive, active);
        if (calls === 1) await gate;
        active--;
      },
      nextDueAt: () => null,
      now: () => Date.UTC(2026, 2, 2, 7),
    });
    const first = s.poke();
    void s.poke();
    void s.poke();
    release();
    await first;
    expect(calls).toBe(2);
    expect(maxActive).toBe(1);
    s.stop();
  });

  it('a failing check is logged and the next poke still runs', async () => {
    const errors: unknown[] = [];
    let calls = 0;
    const s = startScheduler({
      check: async () => {
        calls++;
        if (calls === 1) throw new Error('boom');
      },
      nextDueAt: () => null,
      now: () => 0,
      log: (e) => errors.push(e),
    });
    await s.poke();
    await s.poke();
    expect(errors).toHaveLength(1);
    expect(calls).toBeGreaterThanOrEqual(2);
    s.stop();
  });
});
