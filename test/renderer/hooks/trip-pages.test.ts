// The Trips table's paging arithmetic: which pages hold the rows on screen, and how often a drag asks for them.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pagesCovering, throttleTrailing } from '../../../src/renderer/src/hooks/trip-pages';

describe('pagesCovering', () => {
  it('gives the page of row 10,000 alone, not the pages before it', () => {
    expect(pagesCovering(9_990, 10_020, 200)).toEqual([49, 50]);
    expect(pagesCovering(10_000, 10_030, 200)).toEqual([50]);
  });

  it('covers the first and the last rows, both included', () => {
    expect(pagesCovering(0, 0, 200)).toEqual([0]);
    expect(pagesCovering(0, 199, 200)).toEqual([0]);
    expect(pagesCovering(0, 200, 200)).toEqual([0, 1]);
    expect(pagesCovering(717_400, 717_429, 200)).toEqual([3587]);
  });

  it('reads a reversed or negative range as the rows it can mean', () => {
    expect(pagesCovering(-5, 10, 200)).toEqual([0]);
    expect(pagesCovering(450, 400, 200)).toEqual([2]);
  });
});

describe('throttleTrailing', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('answers a jump at once, a drag a few times along the way, and always where it stops', () => {
    const seen: number[] = [];
    const show = throttleTrailing((row: number) => seen.push(row), 100);
    show(10_000);
    expect(seen).toEqual([10_000]);
    for (let row = 0; row < 50; row++) {
      show(row * 1_000);
      vi.advanceTimersByTime(10);
    }
    vi.advanceTimersByTime(200);
    expect(seen.length).toBeLessThanOrEqual(8);
    expect(seen.at(-1)).toBe(49_000);
  });
});
