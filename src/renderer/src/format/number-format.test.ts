import { describe, expect, it } from 'vitest';
import { kpiChange } from '../components/kpi-change';
import { formatDay, formatNaiveLocal, weekdayName } from './date-format';
import {
  formatInteger,
  formatMinutes,
  formatNumber,
  formatPercent,
  formatSigned,
  normaliseSpaces,
} from './number-format';

const NNBSP = '\u202f';
const NBSP = '\u00a0';

describe('fr-CH number formatting (Swiss French typography, whatever the ICU build)', () => {
  it('groups thousands with a narrow no-break space', () => {
    expect(formatInteger('fr', 1234)).toBe(`1${NNBSP}234`);
    expect(formatInteger('fr', 1234567)).toBe(`1${NNBSP}234${NNBSP}567`);
    expect(formatInteger('fr', 999)).toBe('999');
  });
  it('prints the examples of the brief', () => {
    expect(normaliseSpaces(formatInteger('fr', 1234))).toBe('1 234');
    expect(normaliseSpaces(formatPercent('fr', 87.5))).toBe('87,5 %');
    expect(normaliseSpaces(formatMinutes('fr', 4.2))).toBe('4,2 min');
    expect(formatNumber('fr', 81.25)).toBe('81,3');
  });
  it('keeps a no-break space before % and min so they never wrap alone', () => {
    expect(formatPercent('fr', 87.5)).toBe(`87,5${NBSP}%`);
    expect(formatMinutes('fr', 4.24)).toBe(`4,2${NBSP}min`);
  });
  it('rounds half away from zero at one decimal, like the 2-decimal JSON it receives', () => {
    expect(formatNumber('fr', 78.35)).toBe('78,4');
    expect(formatNumber('fr', 0)).toBe('0,0');
  });
  it('signs changes and uses a true minus sign in French', () => {
    expect(formatSigned('fr', 5.23)).toBe('+5,2');
    expect(formatSigned('fr', -1.26)).toBe('−1,3');
    expect(formatSigned('fr', 0)).toBe('0,0');
  });
});

describe('English formatting', () => {
  it('uses comma groups and a dot decimal', () => {
    expect(formatInteger('en', 1234)).toBe('1,234');
    expect(formatPercent('en', 87.5)).toBe('87.5%');
    expect(normaliseSpaces(formatMinutes('en', 4.2))).toBe('4.2 min');
    expect(formatSigned('en', -1.26)).toBe('-1.3');
  });
});

describe('dates', () => {
  it('prints a company-local day without shifting it by the viewer zone', () => {
    expect(formatDay('fr', '2026-03-29')).toBe('29.03.2026');
    expect(formatDay('en', '2026-03-29')).toBe('29 Mar 2026');
  });
  it('prints naive local times as they are', () => {
    expect(formatNaiveLocal('fr', '2026-03-29T02:30:00')).toBe('29.03.2026 02:30');
  });
  it('names weekdays Monday first', () => {
    expect(weekdayName('fr', 0)).toBe('lundi');
    expect(weekdayName('en', 6)).toBe('Sunday');
  });
});

describe('KPI change against the previous period', () => {
  it('shows volumes in % and colours a rise as good', () => {
    expect(kpiChange('fr', 110, 100, { relative: true, higherIsBetter: true, unit: '%' })).toEqual({
      text: `+10,0${NBSP}%`,
      tone: 'good',
    });
  });
  it('shows delays as a difference in minutes and colours a rise as bad', () => {
    const c = kpiChange('en', 5.5, 4, { relative: false, higherIsBetter: false, unit: 'min' });
    expect(c).toEqual({ text: `+1.5${NBSP}min`, tone: 'bad' });
  });
  it('is flat when the change rounds to zero', () => {
    expect(kpiChange('fr', 80.02, 80, { relative: false, higherIsBetter: true, unit: 'pt' }).tone).toBe(
      'flat',
    );
  });
});
