// The weekly e-mail's outlook (next week's expected bookings) and the facilities with most late arrivals:
// the figures equal the forecast and facilities services', shown in the HTML and text parts in both languages.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ANALYTICS_SETTINGS } from '../../src/shared/analytics-types';
import { addDays, mondayOf } from '../../src/shared/time';
import { buildReportData } from '../../src/main/reports/report-data';
import { renderReportHtml } from '../../src/main/reports/report-html';
import { renderReportText } from '../../src/main/reports/report-text';
import { getFacilityStats } from '../../src/main/services/facility-service';
import { getForecast } from '../../src/main/services/forecast-service';
import { openStore, type Store } from '../../src/main/store/open-store';
import { cliSandbox, TODAY, type CliSandbox } from '../cli/run-cli';

const WEEK = addDays(mondayOf(TODAY), -7); // the last complete week
const settings = DEFAULT_ANALYTICS_SETTINGS;
let sb: CliSandbox;
let store: Store;
beforeAll(async () => {
  sb = cliSandbox();
  expect((await sb.run('demo', 'seed', '--days', '90', '--seed', '6')).code).toBe(0);
  store = openStore(join(sb.dir, 'dispatch-analytics.sqlite'));
}, 120_000);
afterAll(() => {
  store.close();
  sb.dispose();
});

const weekly = (lang: 'fr' | 'en') =>
  buildReportData(store.db, { kind: 'weekly', periodKey: WEEK, lang, settings });

describe('weekly report: next week and late facilities', () => {
  it('next week is the forecast from the Monday after the week, summed, with its busiest day', () => {
    const data = weekly('fr');
    const days = getForecast(store.db, { today: addDays(WEEK, 7), days: 7 }).days;
    expect(days).toHaveLength(7);
    expect(data.nextWeek?.bookings).toBe(days.reduce((n, d) => n + d.bookings, 0));
    const max = Math.max(...days.map((d) => d.bookings));
    expect(days.find((d) => d.date === data.nextWeek!.busiest)!.bookings).toBe(max);
  });

  it('the late facilities are the week’s named facilities with most late arrivals, at most five', () => {
    const data = weekly('fr');
    const expected = getFacilityStats(store.db, {
      period: { from: WEEK, to: addDays(WEEK, 6) },
      today: addDays(WEEK, 6),
      settings,
    }).facilities.filter((f) => f.kind === 'facility' && f.delayed > 0);
    expect(data.lateFacilities.length).toBe(Math.min(5, expected.length));
    expect(data.lateFacilities.length).toBeGreaterThan(0);
    expect(data.lateFacilities).toEqual(expected.slice(0, 5));
  });

  it('both parts show them, in French and English', () => {
    const fr = weekly('fr');
    const html = renderReportHtml(fr, { withChart: false });
    const text = renderReportText(fr);
    const total = new Intl.NumberFormat('fr-CH').format(fr.nextWeek!.bookings);
    for (const part of [html, text]) {
      expect(part).toContain('Semaine prochaine');
      expect(part.replace(/\s/g, ' ')).toContain(`~${total.replace(/\s/g, ' ')} courses prévues`);
      expect(part).toContain('Établissements avec le plus de retards');
      expect(part).toContain(fr.lateFacilities[0]!.facility!);
    }
    const en = renderReportText(weekly('en'));
    expect(en).toMatch(/Next week: ~[\d,]+ bookings expected, \w+day the busiest\./);
  });

  it('a daily report carries neither', () => {
    const daily = buildReportData(store.db, {
      kind: 'daily',
      periodKey: addDays(TODAY, -1),
      lang: 'fr',
      settings,
    });
    expect(daily.nextWeek).toBeNull();
    expect(daily.lateFacilities).toEqual([]);
    expect(renderReportText(daily)).not.toContain('Semaine prochaine');
  });
});
