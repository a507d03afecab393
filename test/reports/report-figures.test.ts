// Every KPI of the figures catalogue is in both parts of the e-mail, with its change by the catalogue's rule;
// the headline four carry data-kpi (what mail filters read), the ones after them are listed under the cards.
import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { KPI_FIGURES } from '../../src/shared/figures';
import { catalogues } from '../../src/shared/i18n';
import { normaliseSpaces } from '../../src/shared/format';
import type { KpiValue, ReportData } from '../../src/main/reports/report-data';
import { renderReportHtml } from '../../src/main/reports/report-html';
import { renderReportText } from '../../src/main/reports/report-text';

const values: Record<string, [number, number]> = {
  total_bookings: [120, 100],
  on_time_rate: [87.5, 85],
  avg_delay_minutes: [4.5, 3],
  quality_score: [81.2, 80],
  cancellation_rate: [2.5, 4],
  trips_per_driver: [8, 6],
};

function data(lang: 'fr' | 'en'): ReportData {
  const kpis: KpiValue[] = KPI_FIGURES.map((f) => ({
    key: f.key,
    value: values[f.key]![0],
    previous: values[f.key]![1],
    hasPrevious: true,
  }));
  return {
    kind: 'weekly',
    periodKey: '2026-03-09',
    from: '2026-03-09',
    to: '2026-03-15',
    lang,
    company: 'Taxis Léman',
    timeZone: 'Europe/Zurich',
    dataThrough: '2026-03-15',
    stale: false,
    empty: false,
    unknownDays: [],
    lastSyncedAt: null,
    kpis,
    parts: { punctuality: 43.75, delay: 21, cancellations: 17.5, total: 82.25 },
    insights: [],
    topDelays: [],
    chart: [],
    days: [],
    best: null,
    worst: null,
    weekdays: [],
    nextWeek: null,
    lateFacilities: [],
  };
}

describe.each(['fr', 'en'] as const)('the e-mail’s KPIs (%s)', (lang) => {
  const names = KPI_FIGURES.map((f) => catalogues[lang].figures[f.label].name);

  it('names every figure of the catalogue in the HTML and the text part', () => {
    const text = normaliseSpaces(
      DomUtils.textContent(parseDocument(renderReportHtml(data(lang), { withChart: false }))),
    );
    const plain = renderReportText(data(lang));
    for (const name of names) {
      expect(text).toContain(name);
      expect(plain).toContain(name);
    }
  });

  it('marks the headline four with data-kpi', () => {
    const doc = parseDocument(renderReportHtml(data(lang), { withChart: false }));
    const keys = DomUtils.findAll((e) => e.attribs['data-kpi'] !== undefined, doc.children).map(
      (e) => e.attribs['data-kpi'],
    );
    expect(keys).toEqual(KPI_FIGURES.slice(0, 4).map((f) => f.key));
  });

  it('gives the average delay’s change in minutes, the cancellation rate’s in points, trips per driver’s in %', () => {
    const plain = normaliseSpaces(renderReportText(data(lang)));
    expect(plain).toMatch(/\+1[.,]5 min/);
    expect(plain).toMatch(/[−-]1[.,]5 pts/);
    expect(plain).toMatch(/\+33[.,]3 ?%/);
  });
});
