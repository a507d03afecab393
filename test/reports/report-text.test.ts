// The report's plain-text part (report-text.ts), line by line, from hand-built data (report-data-fixture.ts):
// what a reader whose client shows text gets — each change with its arrow, its size and a good/bad word, the
// days, the delays, the insights, and "—" (never 0) for what the store does not know.
import { describe, expect, it } from 'vitest';
import { renderReportText } from '../../src/main/reports/report-text';
import { dailyFixture, weeklyFixture } from './report-data-fixture';

const lines = (text: string): string[] => text.split('\n');

describe('the text part', () => {
  it('daily, in English: every figure with both changes, the delays, the 14 days with the day marked', () => {
    expect(lines(renderReportText(dailyFixture()))).toEqual([
      'Tuesday 10 Mar: 82.5% on time',
      '',
      'Daily report — Taxis Léman',
      'Tuesday 10 March 2026',
      'Data through 10 Mar 2026 · time zone Europe/Zurich',
      '',
      'Bookings: 40  (▼\u00a0-20.0% vs previous day (worse) · =\u00a00.0% vs 7 days before)',
      'On-time rate: 82.5%  (▼\u00a0-7.5\u00a0pts vs previous day (worse) · ▲\u00a0+2.5\u00a0pts vs 7 days before (better))',
      'Average delay: 4.5\u00a0min  (▼\u00a0-1.5\u00a0min vs previous day (better) · — vs 7 days before)',
      'Quality score: 75.2  (=\u00a00.0\u00a0pts vs previous day · ▲\u00a0+5.2\u00a0pts vs 7 days before (better))',
      'Cancellation rate: 5.0%  (▲\u00a0+2.5\u00a0pts vs previous day (worse) · =\u00a00.0\u00a0pts vs 7 days before)',
      'Trips per active driver: 8.0  (— vs previous day · ▲\u00a0+33.3% vs 7 days before (better))',
      '',
      'The quality score in three parts:',
      '  Punctuality 41.3/50 · Delays 21.0/30 · Cancellations 15.0/20',
      '',
      'Points of attention:',
      '  • [high] Punctuality below 85 % — 82.5 % on time',
      '    What to do: Plan more time',
      '  • [medium] Delays — Long',
      '',
      'The 5 largest delays:',
      '  08:10  Anna Keller  +25.0\u00a0min',
      '  14:00  no driver  +7.5\u00a0min',
      '',
      'The 14 days in figures:',
      '  Sun 8 Mar  Bookings — · On time —',
      '  Mon 9 Mar  Bookings 50 · On time 90.0%',
      ' ▶Tue 10 Mar  Bookings 40 · On time 82.5%',
      '',
      'Sent by Dispatch Analytics from the office computer. The figures follow the dashboard’s definitions.',
      '',
    ]);
  });

  it('weekly, in French: the days, best and weakest, weekdays, facilities and next week', () => {
    expect(lines(renderReportText(weeklyFixture({ lang: 'fr' })))).toEqual([
      'Semaine du 02.03 : 82,5\u00a0% à l’heure',
      '',
      'Rapport hebdomadaire — Taxis Léman',
      'Semaine du 02.03.2026 au 08.03.2026',
      'Données jusqu’au 08.03.2026 · fuseau horaire Europe/Zurich',
      '',
      'Courses\u202f: 40  (▼\u00a0−20,0\u00a0% vs semaine précédente (moins bien))',
      'Ponctualité\u202f: 82,5\u00a0%  (▼\u00a0−7,5\u00a0pts vs semaine précédente (moins bien))',
      'Retard moyen\u202f: 4,5\u00a0min  (▼\u00a0−1,5\u00a0min vs semaine précédente (mieux))',
      'Score qualité\u202f: 75,2  (=\u00a00,0\u00a0pts vs semaine précédente)',
      'Taux d’annulation\u202f: 5,0\u00a0%  (▲\u00a0+2,5\u00a0pts vs semaine précédente (moins bien))',
      'Courses par chauffeur actif\u202f: 8,0  (— vs semaine précédente)',
      '',
      'Le score qualité en trois parts\u202f:',
      '  Ponctualité 41,3/50 · Retards 21,0/30 · Annulations 15,0/20',
      '',
      'Jour par jour\u202f:',
      '  lun. 02.03  Courses 10 · Ponctualité 90,0\u00a0% · Retard moy. 3,0\u00a0min · Score 80,0',
      '  mar. 03.03  Courses — · Ponctualité — · Retard moy. — · Score —',
      '  mer. 04.03  Courses 0 · Ponctualité — · Retard moy. — · Score —',
      'Meilleur jour : lundi 2 mars 2026 (score 80,0)',
      'Jour le plus faible : mercredi 4 mars 2026 (score 60,5)',
      '',
      'Points d’attention\u202f:',
      '  • [élevée] Punctuality below 85 % — 82.5 % on time',
      '    Que faire : Plan more time',
      '  • [moyenne] Delays — Long',
      '',
      'Par jour de semaine (4 dernières semaines)\u202f:',
      '  lundi\u202f: 12,5 courses · 91,3\u00a0% · 2,5\u00a0min',
      '',
      'Établissements avec le plus de retards\u202f:',
      '  Hôpital <Nord>\u202f: En retard 3 / 12 · 75,0\u00a0%',
      '',
      'Semaine prochaine\u202f: ~70 courses prévues, mercredi le plus chargé.',
      '',
      'Envoyé par Dispatch Analytics depuis le poste du bureau. Les chiffres suivent les définitions du tableau de bord.',
      '',
    ]);
  });

  it('a stale report starts with the warning, since the last answer or "never"', () => {
    const since = lines(renderReportText(dailyFixture({ stale: true })));
    expect(since[0]).toBe(
      '⚠ Warning: the data has not been up to date since 10 Mar 2026 23:00 (the dispatch server’s last answer); this report is incomplete.',
    );
    expect(since[1]).toBe('');
    expect(since[2]).toBe('Tuesday 10 Mar: 82.5% on time — incomplete data');
    const never = lines(renderReportText(dailyFixture({ stale: true, lastSyncedAt: null })));
    expect(never[0]).toBe(
      '⚠ Warning: no data has been received from the dispatch server yet; this report holds no figures.',
    );
  });

  it('a day the store knows nothing of: "—" for every figure and part, and why', () => {
    const out = lines(
      renderReportText(
        dailyFixture({ unknownDays: ['2026-03-10'], dataThrough: null, insights: [], topDelays: [] }),
      ),
    );
    expect(out).toContain('No data synced yet · Europe/Zurich');
    expect(out).toContain(
      'No data for this period: the dispatch server has not been read for these days yet (“—”: unknown).',
    );
    expect(out).toContain('Bookings: —');
    expect(out).toContain('On-time rate: —');
    expect(out).toContain('  Punctuality —/50 · Delays —/30 · Cancellations —/20');
    expect(out).toContain('  Nothing to report.');
    expect(out).toContain('  No delays that day.');
  });

  it('an empty day says so; a Monday is compared with the Friday before, named', () => {
    const empty = lines(renderReportText(dailyFixture({ empty: true })));
    expect(empty).toContain('No bookings in this period.');
    const monday = renderReportText(
      dailyFixture({
        periodKey: '2026-03-09',
        from: '2026-03-09',
        to: '2026-03-09',
        previousDay: '2026-03-06',
      }),
    );
    expect(monday).toContain('Bookings: 40  (▼\u00a0-20.0% vs Friday (worse) ·');
    expect(monday).not.toContain('vs previous day');
  });

  it('a week without best and worst day, weekdays, facilities or forecast leaves those lines out', () => {
    const out = renderReportText(
      weeklyFixture({
        best: null,
        worst: null,
        weekdays: [],
        lateFacilities: [],
        nextWeek: null,
        lang: 'en',
      }),
    );
    expect(out).not.toMatch(/Best day|Weakest day|By weekday|Facilities with|Next week/);
    expect(out).toContain('Day by day:');
    expect(out).not.toContain('The 14 days');
    expect(out).not.toContain('largest delays');
  });
});
