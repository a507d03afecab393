// One rule for a figure's value and its change, whatever the surface (card, e-mail, CLI).
import { describe, expect, it } from 'vitest';
import { figureChange, figureChangeText, formatFigure, KPI_FIGURES } from '../../../src/shared/figures';

const NBSP = '\u00a0';
const kpi = (key: string) => KPI_FIGURES.find((f) => f.key === key)!;

describe('a figure and its change', () => {
  it('shows volumes in % and colours a rise as good', () => {
    expect(figureChange('fr', kpi('total_bookings'), 110, 100)).toEqual({
      text: `+10,0${NBSP}%`,
      tone: 'good',
    });
  });

  it('shows the average delay as a difference in minutes, a rise being bad', () => {
    expect(figureChange('en', kpi('avg_delay_minutes'), 5.5, 4)).toEqual({
      text: `+1.5${NBSP}min`,
      tone: 'bad',
    });
  });

  it('shows rates and scores in points and is flat when the change rounds to zero', () => {
    expect(figureChange('fr', kpi('on_time_rate'), 80, 78.8)).toEqual({
      text: `+1,2${NBSP}pts`,
      tone: 'good',
    });
    expect(figureChange('fr', kpi('quality_score'), 80.02, 80).tone).toBe('flat');
  });

  it('says "—" without another period, or a relative change from zero', () => {
    expect(figureChangeText('fr', kpi('on_time_rate'), 80, 0, false)).toBe('—');
    expect(figureChangeText('fr', kpi('total_bookings'), 5, 0, true)).toBe('—');
  });

  it('formats each unit, and a missing value as "—"', () => {
    expect(KPI_FIGURES.map((f) => formatFigure('en', f, 1234.56))).toEqual([
      '1,235',
      '1,234.6%',
      `1,234.6${NBSP}min`,
      '1,234.6',
      ...KPI_FIGURES.slice(4).map((f) => formatFigure('en', f, 1234.56)),
    ]);
    expect(formatFigure('fr', kpi('avg_delay_minutes'), null)).toBe('—');
  });
});
