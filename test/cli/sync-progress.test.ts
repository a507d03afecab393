// The `sync` command's progress on a terminal (a bar redrawn in place) and in a log (one line per event).
import { describe, expect, it } from 'vitest';
import { createSyncProgressPrinter } from '../../src/main/cli/format/sync-progress';
import type { SyncProgressEvent } from '../../src/main/sync/sync-service';

function printer(tty: boolean, lang: 'fr' | 'en' = 'fr') {
  const lines: string[] = [];
  let raw = '';
  const p = createSyncProgressPrinter({ tty, lang, line: (t) => lines.push(t), raw: (t) => void (raw += t) });
  return { p, lines, raw: () => raw };
}

const company: SyncProgressEvent = {
  phase: 'company',
  dayIndex: 0,
  dayCount: 91,
  day: null,
  bookingsSoFar: 0,
};
const day: SyncProgressEvent = {
  phase: 'day',
  dayIndex: 45,
  dayCount: 91,
  day: '2026-03-01',
  bookingsSoFar: 834,
};
const retry = (e: SyncProgressEvent, attempt: number): SyncProgressEvent => ({
  ...e,
  retrying: { attempt, reason: 'ECONNREFUSED', nextInMs: 600 },
});

describe('sync progress', () => {
  it('on a terminal the bar shows the retry where the sync stands, and drops it once the sync moves on', () => {
    const { p, raw } = printer(true);
    p.update(company);
    expect(raw()).toBe('');
    p.update(retry(company, 2));
    expect(raw()).toBe(`\r[${'-'.repeat(30)}] 0/91 · 0 courses · Nouvelle tentative… (2)\u001b[K`);
    p.update(day);
    p.update(retry(day, 3));
    const draws = raw().split('\r').filter(Boolean);
    expect(draws[1]).not.toContain('Nouvelle tentative');
    expect(draws[1]).toContain('45/91 2026-03-01 · 834 courses');
    expect(draws[2]).toContain('45/91 2026-03-01 · 834 courses · Nouvelle tentative… (3)');
    p.end();
    expect(raw().endsWith('\n')).toBe(true);
  });

  it('in English', () => {
    const { p, raw } = printer(true, 'en');
    p.update(retry(company, 2));
    expect(raw()).toContain('0/91 · 0 bookings · Retrying… (2)');
  });

  it('in a log: one line per day and per retry, with the wait and the cause', () => {
    const { p, lines, raw } = printer(false);
    p.update(company);
    p.update(retry(company, 2));
    p.update(day);
    p.end();
    expect(lines).toEqual([
      'Nouvelle tentative… (2) dans 0,6 s (ECONNREFUSED)',
      'jour 45/91 2026-03-01 : 834 courses',
    ]);
    expect(raw()).toBe('');
  });
});
