import { describe, expect, it } from 'vitest';
import { round2, roundNumbersDeep } from '../../src/shared/round';

describe('round2', () => {
  it('rounds half away from zero on the decimal digits', () => {
    expect(round2(1.005)).toBe(1.01);
    expect(round2(2.675)).toBe(2.68);
    expect(round2(-1.005)).toBe(-1.01);
    expect(round2(88)).toBe(88);
    expect(round2(2 / 3)).toBe(0.67);
    expect(round2(0.1 + 0.2)).toBe(0.3);
    expect(round2(-0.001)).toBe(0);
    expect(Object.is(round2(-0.001), -0)).toBe(false);
    expect(round2(1_767_225_600_000)).toBe(1_767_225_600_000);
    expect(round2(123456.785)).toBe(123456.79);
  });

  it('rounds every number in nested plain objects and arrays, leaving the rest', () => {
    const input = { a: 1.234, b: [2.345, { c: 3.456 }], d: 'x', e: null, f: true };
    expect(roundNumbersDeep(input)).toEqual({ a: 1.23, b: [2.35, { c: 3.46 }], d: 'x', e: null, f: true });
    expect(input.a).toBe(1.234); // not mutated
  });
});
