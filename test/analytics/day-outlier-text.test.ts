// The sentence and the insight of an unusual day, word for word (docs/analytics.md#day-outliers): the manager reads
// these in the dashboard and the e-mails, so a wrong unit (a share ×100 twice), an hour off by one at the end of
// the window, "1 chauffeurs" or a dropped cause is a visible mistake. Each case below stands for one such bug.
import { describe, expect, it } from 'vitest';
import { outlierInsight } from '../../src/main/analytics/day-outlier-insight';
import { type OutlierDayFacts, outlierDayText } from '../../src/main/analytics/day-outlier-text';

// Non-breaking spaces (French typography) read as plain spaces, so the expectations stay legible.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

const collapsedTuesday: OutlierDayFacts = {
  day: '2026-04-07',
  metrics: [
    { metric: 'on_time_rate', severity: 'critical', value: 0, baseline: 61, spread: 6.8, score: -9 },
    { metric: 'avg_delay', severity: 'critical', value: 49.5, baseline: 4.2, spread: 5.7, score: 8 },
    { metric: 'bookings', severity: 'info', value: 212.4, baseline: 180, spread: 10.8, score: 3 },
  ],
  cancelled: 1,
  delay_hours: { from: 11, to: 15, share: 0.7 },
  late_drivers: 3,
  top_drivers: [{ driver_id: 4, name: 'Bo', late: 8 }],
};

describe('outlierDayText', () => {
  it('names the day, each figure in its own unit against its baseline, then the hours, drivers and cancellations', () => {
    expect(plain(outlierDayText('fr', collapsedTuesday))).toBe(
      'Mardi 07.04 : 0,0 % à l’heure (habituel : 61,0 %), 49,5 min de retard moyen (habituel : 4,2 min), ' +
        '212 courses (habituel : 180) ; 70 % du retard entre 11 h et 16 h ; 3 chauffeurs concernés ; 1 annulation',
    );
    expect(plain(outlierDayText('en', collapsedTuesday))).toBe(
      'Tuesday 7 Apr: 0.0% on time (usually 61.0%), 49.5 min average delay (usually 4.2 min), ' +
        '212 bookings (usually 180); 70% of the delay between 11:00 and 16:00; 3 drivers concerned; 1 cancellation',
    );
  });

  it('says one driver and several cancellations in the singular and plural, and leaves out hours it does not have', () => {
    const text = outlierDayText('fr', {
      ...collapsedTuesday,
      metrics: [collapsedTuesday.metrics[2]!],
      delay_hours: null,
      late_drivers: 1,
      cancelled: 4,
    });
    expect(plain(text)).toBe(
      'Mardi 07.04 : 212 courses (habituel : 180) ; 1 chauffeur concerné ; 4 annulations',
    );
  });

  it('says nothing of drivers or cancellations when there were none', () => {
    const text = plain(outlierDayText('fr', { ...collapsedTuesday, late_drivers: 0, cancelled: 0 }));
    expect(text.endsWith('70 % du retard entre 11 h et 16 h')).toBe(true);
    expect(text).not.toMatch(/chauffeur|annulation/);
  });

  it('ends the hour window after its last hour (a window of one hour reads 7 h to 8 h)', () => {
    const text = outlierDayText('en', { ...collapsedTuesday, delay_hours: { from: 7, to: 7, share: 1 } });
    expect(plain(text)).toContain('100% of the delay between 7:00 and 8:00');
  });
});

describe('outlierInsight', () => {
  const insight = (severity: 'critical' | 'warning' | 'info') =>
    outlierInsight('fr', { ...collapsedTuesday, severity, trips: { from: '2026-04-07', to: '2026-04-07' } });

  it('maps the severity onto the insight’s type and priority (critical first in every list)', () => {
    expect(
      [insight('critical'), insight('warning'), insight('info')].map((i) => [i.type, i.priority]),
    ).toEqual([
      ['warning', 'critical'],
      ['warning', 'high'],
      ['info', 'low'],
    ]);
  });

  it('carries the day, its worst figure with value and baseline, the size of the gap and the day’s trips', () => {
    const i = insight('critical');
    expect(plain(i.title)).toBe('Jour hors de l’ordinaire : Mardi 07.04');
    expect(i).toMatchObject({
      rule: 'unusual_day',
      category: 'punctuality',
      severity: 'critical',
      day: '2026-04-07',
      metric: 'on_time_rate',
      value: 0,
      baseline: 61,
      size: 9,
      trips: { from: '2026-04-07', to: '2026-04-07' },
    });
    expect(i.message).toBe(outlierDayText('fr', collapsedTuesday));
    expect(i.recommendation?.length).toBeGreaterThan(10);
    expect(i.action).toBe(i.recommendation);
  });

  it('files a day by its worst figure: volume and delay days land in their own category', () => {
    const byMetric = (metric: 'avg_delay' | 'bookings') =>
      outlierInsight('en', {
        ...collapsedTuesday,
        metrics: [{ metric, severity: 'warning', value: 1, baseline: 2, spread: 0.2, score: 5 }],
        severity: 'warning',
        trips: { from: '2026-04-07', to: '2026-04-07' },
      }).category;
    expect([byMetric('avg_delay'), byMetric('bookings')]).toEqual(['delays', 'volume']);
  });
});
