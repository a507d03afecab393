import { describe, expect, it } from 'vitest';
import { kpiChange } from './kpi-change';

const NBSP = '\u00a0';

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
