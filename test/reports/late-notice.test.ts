// The catch-up line of a late report (late-notice.ts): on time under an hour, hours the same day, then calendar
// days counted in the company's zone (a reader's days, not UTC's), and the reason it went out late.
import { describe, expect, it } from 'vitest';
import { LATE_AFTER_MS, lateNoticeLine, type Lateness } from '../../src/main/reports/late-notice';

const ZONE = 'Europe/Zurich';
// Monday 16 November 2026, 08:00 in Zurich (UTC+1).
const DUE = Date.UTC(2026, 10, 16, 7, 0);
const HOUR = 3_600_000;

const late = (sentAt: number, extra: Partial<Lateness> = {}): Lateness => ({
  dueAt: DUE,
  sentAt,
  timeZone: ZONE,
  reason: 'closed',
  ...extra,
});

describe('a report sent late', () => {
  it('is on time up to a minute under the hour, late from the hour', () => {
    expect(lateNoticeLine('en', late(DUE + LATE_AFTER_MS - 60_000))).toBeNull();
    expect(lateNoticeLine('en', late(DUE))).toBeNull();
    expect(lateNoticeLine('en', late(DUE + LATE_AFTER_MS))).toBe(
      'Sent 1 h late (due 16 Nov 2026 08:00): the computer was off or the app closed.',
    );
  });

  it('counts whole hours the same day (3 h 59 min is 3 h)', () => {
    expect(lateNoticeLine('en', late(DUE + 4 * HOUR - 60_000))).toBe(
      'Sent 3 h late (due 16 Nov 2026 08:00): the computer was off or the app closed.',
    );
  });

  it('counts calendar days in the company zone: 00:30 the next local day is a day late', () => {
    // 23:30 UTC on the 16th is already the 17th in Zurich.
    expect(lateNoticeLine('en', late(Date.UTC(2026, 10, 16, 23, 30)))).toBe(
      'Sent 1 day late (due 16 Nov 2026 08:00): the computer was off or the app closed.',
    );
    // 22:30 UTC is 23:30 in Zurich: still the same day, 15 h.
    expect(lateNoticeLine('en', late(Date.UTC(2026, 10, 16, 22, 30)))).toBe(
      'Sent 15 h late (due 16 Nov 2026 08:00): the computer was off or the app closed.',
    );
  });

  it('due Monday 08:00, sent Wednesday 07:00 is two days, as a reader counts', () => {
    expect(lateNoticeLine('en', late(Date.UTC(2026, 10, 18, 6, 0)))).toBe(
      'Sent 2 days late (due 16 Nov 2026 08:00): the computer was off or the app closed.',
    );
  });

  it('says why: held back for stale data, in French too', () => {
    expect(lateNoticeLine('en', late(DUE + 2 * HOUR, { reason: 'held' }))).toBe(
      'Sent 2 h late (due 16 Nov 2026 08:00): the server’s data was not up to date.',
    );
    expect(lateNoticeLine('fr', late(Date.UTC(2026, 10, 18, 6, 0), { reason: 'held' }))).toMatch(
      /^Envoyé avec 2 jours de retard \(prévu le 16\.11\.2026 08:00\)/,
    );
  });
});
