import { describe, expect, it } from 'vitest';
import { bookingOutcome, delayMinutes } from '../../src/main/analytics/booking-outcome';
import { booking } from './booking-fixtures';

describe('one booking', () => {
  it.each([
    [0, 0, 'on_time'],
    [5 * 60, 5, 'on_time'],
    [5 * 60 + 59, 5, 'on_time'], // floor: 5:59 is 5 minutes
    [6 * 60, 6, 'delayed'],
    [47 * 60 + 30, 47, 'delayed'],
  ] as const)('boarded %i s late → delay %i min, %s', (lateBy, delay, outcome) => {
    const b = booking({ lateBy });
    expect(delayMinutes(b)).toBe(delay);
    expect(bookingOutcome(b, 5)).toBe(outcome);
  });

  it('counts an early pickup as 0 minutes late, on time', () => {
    const b = booking({ lateBy: -12 * 60 });
    expect(delayMinutes(b)).toBe(0);
    expect(bookingOutcome(b, 5)).toBe('on_time');
    expect(delayMinutes(booking({ lateBy: -1 }))).toBe(0);
  });

  it('a cancelled booking is cancelled even if a boarding time was recorded', () => {
    expect(bookingOutcome(booking({ status: 'canceled' }), 5)).toBe('cancelled');
    const boarded = booking({ status: 'canceled', lateBy: 60 });
    expect(bookingOutcome(boarded, 5)).toBe('cancelled');
    expect(delayMinutes(boarded)).toBeNull();
  });

  it('a booking neither cancelled nor boarded is unserved, with no delay', () => {
    for (const status of ['pending', 'assigned', 'completed', 'en_route']) {
      const b = booking({ status });
      expect(bookingOutcome(b, 5)).toBe('unserved');
      expect(delayMinutes(b)).toBeNull();
    }
  });

  it('the on-time threshold is a parameter', () => {
    const b = booking({ lateBy: 8 * 60 });
    expect(bookingOutcome(b, 5)).toBe('delayed');
    expect(bookingOutcome(b, 10)).toBe('on_time');
    expect(bookingOutcome(booking({ lateBy: 30 }), 0)).toBe('on_time');
    expect(bookingOutcome(booking({ lateBy: 60 }), 0)).toBe('delayed');
  });

  it('measures the delay from the DST-resolved scheduled instant (spring gap 02:30 → 03:30)', () => {
    const b = booking({ day: '2026-03-29', time: '02:30:00', lateBy: 0 });
    expect(b.scheduledAt).toBe(Date.parse('2026-03-29T01:30:00Z'));
    // Boarded at 03:33 CEST: 3 minutes after the resolved instant, not 63.
    expect(delayMinutes({ ...b, boardedAt: Date.parse('2026-03-29T01:33:00Z') })).toBe(3);
  });
});
