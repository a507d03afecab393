// The scheduler's life: the periodic check, a wake-up for a due instant that passed while a check ran, a stop
// that really stops (no check after it, no timer left to keep a CLI process alive until the next due time), and
// a wall-clock jump noticed while a long check is still running.
import schedule from 'node-schedule';
import { afterEach, describe, expect, it } from 'vitest';
import { startScheduler, type Scheduler } from '../../src/main/schedule/scheduler';

let s: Scheduler | undefined;
afterEach(() => {
  s?.stop();
  s = undefined;
});

/** Resolves when `cond` holds (polled), or with false after `ms`: the test fails on the value, not on a time. */
async function eventually(cond: () => boolean, ms = 15_000): Promise<boolean> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) return false;
    await new Promise((r) => setTimeout(r, 10));
  }
  return true;
}

const timers = () => Object.keys(schedule.scheduledJobs).length;

describe('startScheduler', () => {
  it('checks again on its periodic tick without being poked', async () => {
    let calls = 0;
    s = startScheduler({
      check: async () => {
        calls++;
      },
      nextDueAt: () => null,
      now: () => Date.now(),
      intervalMs: 20,
    });
    expect(await eventually(() => calls >= 3)).toBe(true);
  });

  it('a due instant that passed while the check ran still wakes it once more', async () => {
    let calls = 0;
    s = startScheduler({
      check: async () => {
        calls++;
      },
      // The first check ends after the next period fell due (a slow render): it must not wait for the tick.
      nextDueAt: () => (calls === 1 ? Date.now() - 60_000 : null),
      now: () => Date.now(),
      intervalMs: 3_600_000,
    });
    expect(await eventually(() => calls >= 2)).toBe(true);
  });

  it('after stop: a poke runs nothing, and a check in progress does not run the one asked during it', async () => {
    let calls = 0;
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => (release = r));
    s = startScheduler({
      check: async () => {
        calls++;
        if (calls === 1) await gate;
      },
      nextDueAt: () => null,
      now: () => Date.now(),
      intervalMs: 3_600_000,
    });
    const first = s.poke();
    void s.poke(); // asked during the first check
    s.stop();
    release();
    await first;
    await s.poke();
    expect(calls).toBe(1);
  });

  it('a stopped scheduler leaves no wake-up timer behind', async () => {
    const before = timers();
    const dueAt = Date.now() + 3_600_000;
    let checked = false;
    s = startScheduler({
      check: async () => {
        checked = true;
      },
      nextDueAt: () => dueAt,
      now: () => Date.now(),
      intervalMs: 3_600_000,
    });
    expect(await eventually(() => checked && timers() === before + 1)).toBe(true);
    s.stop();
    expect(timers()).toBe(before);
  });

  it('nothing due: no wake-up timer at all', async () => {
    const before = timers();
    let checked = false;
    s = startScheduler({
      check: async () => {
        checked = true;
      },
      nextDueAt: () => null,
      now: () => Date.now(),
      intervalMs: 3_600_000,
    });
    await s.poke();
    expect(checked).toBe(true);
    expect(timers()).toBe(before);
  });

  it('a wall-clock jump (either way) re-arms the wake-up even while a long check runs; a steady clock does not', async () => {
    for (const jump of [10 * 60_000, -10 * 60_000]) {
      let wall = Date.UTC(2026, 2, 2, 7);
      let asked = 0;
      let release: () => void = () => {};
      const gate = new Promise<void>((r) => (release = r));
      s = startScheduler({
        check: () => gate,
        nextDueAt: () => {
          asked++;
          return null;
        },
        now: () => wall,
        intervalMs: 15,
      });
      // Steady clock: the ticks only queue a check behind the running one.
      await new Promise((r) => setTimeout(r, 100));
      expect(asked).toBe(0);
      wall += jump;
      expect(await eventually(() => asked > 0), `jump ${jump}`).toBe(true);
      s.stop();
      release();
    }
  });
});
