// The suite runs in the users' zone (vitest.config.mts pins TZ): a zone mistake in code or tests cannot pass by
// the luck of a UTC machine. `TEST_TZ=UTC` is the one other zone CI runs.
import { describe, expect, it } from 'vitest';

describe('the zone the tests run in', () => {
  it('is Europe/Zurich unless TEST_TZ asks for another', () => {
    const expected = process.env.TEST_TZ || 'Europe/Zurich';
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(expected);
    if (expected === 'Europe/Zurich') {
      expect(new Date(2026, 6, 1).getTimezoneOffset()).toBe(-120); // summer time
      expect(new Date(2026, 0, 1).getTimezoneOffset()).toBe(-60);
    } else if (expected === 'UTC') {
      expect(new Date(2026, 6, 1).getTimezoneOffset()).toBe(0);
    }
  });
});
