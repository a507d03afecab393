import { describe, expect, it } from 'vitest';
import {
  formatInteger,
  formatKm,
  formatMinutes,
  formatNumber,
  formatPercent,
  formatPointChange,
  formatRelativeChange,
  formatSigned,
  formatSignedPercent,
  normaliseSpaces,
} from '../../../src/shared/format';

const NNBSP = '\u202f';
const NBSP = '\u00a0';

describe('fr-CH numbers (Swiss French typography, whatever the ICU build)', () => {
  it('groups thousands with a narrow no-break space', () => {
    expect(formatInteger('fr', 1234)).toBe(`1${NNBSP}234`);
    expect(formatInteger('fr', 1234567)).toBe(`1${NNBSP}234${NNBSP}567`);
    expect(formatInteger('fr', 999)).toBe('999');
    expect(formatInteger('fr', 12.6)).toBe('13');
  });
  it('uses a decimal comma and rounds half away from zero', () => {
    expect(formatNumber('fr', 81.25)).toBe('81,3');
    expect(formatNumber('fr', 12.5)).toBe('12,5');
    expect(formatNumber('fr', 0)).toBe('0,0');
    expect(formatNumber('fr', 2.345, 2)).toBe('2,35');
    expect(formatNumber('fr', 1234.5)).toBe(`1${NNBSP}234,5`);
  });
  it('keeps a no-break space before %, min, km and pts so they never wrap alone', () => {
    expect(formatPercent('fr', 87.5)).toBe(`87,5${NBSP}%`);
    expect(formatMinutes('fr', 12.46)).toBe(`12,5${NBSP}min`);
    expect(formatKm('fr', 12.345)).toBe(`12,3${NBSP}km`);
    expect(formatPointChange('fr', 80, 78.8, true)).toBe(`+1,2${NBSP}pts`);
  });
  it('signs changes with a true minus sign, and zero without sign', () => {
    expect(formatSigned('fr', 5.23)).toBe('+5,2');
    expect(formatSigned('fr', -1.26)).toBe('−1,3');
    expect(formatSigned('fr', 0)).toBe('0,0');
    expect(formatSigned('fr', -0.04)).toBe('0,0');
    expect(formatSignedPercent('fr', -17.44)).toBe(`−17,4${NBSP}%`);
    expect(formatSignedPercent('en', 12.34)).toBe('+12.3%');
  });
  it('prints the relative change in percent, or a dash with nothing to compare', () => {
    expect(formatRelativeChange('fr', 103, 100)).toBe(`+3,0${NBSP}%`);
    expect(formatRelativeChange('fr', 82.6, 100)).toBe(`−17,4${NBSP}%`);
    expect(formatRelativeChange('fr', 5, 0)).toBe('—');
    expect(formatPointChange('fr', 80, 70, false)).toBe('—');
  });
  it('reads as the brief says once spaces are normalised', () => {
    expect(normaliseSpaces(formatInteger('fr', 1234))).toBe('1 234');
    expect(normaliseSpaces(formatPercent('fr', 87.5))).toBe('87,5 %');
    expect(normaliseSpaces(formatMinutes('fr', 12.5))).toBe('12,5 min');
    expect(normaliseSpaces(formatRelativeChange('fr', 102.9, 100))).toBe('+2,9 %');
  });
});

describe('English numbers', () => {
  it('uses comma groups, a dot decimal and an ASCII minus', () => {
    expect(formatInteger('en', 1234)).toBe('1,234');
    expect(formatNumber('en', 81.25)).toBe('81.3');
    expect(formatPercent('en', 87.5)).toBe('87.5%');
    expect(formatMinutes('en', 4.2)).toBe(`4.2${NBSP}min`);
    expect(formatKm('en', 1234.56)).toBe(`1,234.6${NBSP}km`);
    expect(formatSigned('en', -1.26)).toBe('-1.3');
    expect(formatSigned('en', 5.23)).toBe('+5.2');
    expect(formatRelativeChange('en', 102.9, 100)).toBe('+2.9%');
    expect(formatPointChange('en', 78.8, 80, true)).toBe(`-1.2${NBSP}pts`);
  });
});
