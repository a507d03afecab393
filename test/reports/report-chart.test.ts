// The report's chart (report-chart.ts): what it is drawn from (the days, the report's own day marked, rates to
// one decimal, gaps kept as gaps), its text alternative, and the PNG itself read back pixel by pixel: twice the
// shown size, painted on white (a transparent PNG vanishes in dark mode), the own day's bar darker.
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import {
  CHART_HEIGHT,
  CHART_WIDTH,
  chartAltText,
  chartInputOf,
  renderChartPng,
} from '../../src/main/reports/report-chart';
import { dailyFixture, weeklyFixture } from './report-data-fixture';

const chart = [
  { date: '2026-03-08', bookings: null, onTimeRate: null },
  { date: '2026-03-09', bookings: 50, onTimeRate: 90.04 },
  { date: '2026-03-10', bookings: 40, onTimeRate: null },
];

describe('what the chart is drawn from', () => {
  it('daily: the days, the report’s day marked, rates to one decimal, gaps as null', () => {
    expect(chartInputOf(dailyFixture({ chart }))).toEqual({
      lang: 'en',
      labels: [
        ['Sun', '8 Mar'],
        ['Mon', '9 Mar'],
        ['Tue', '10 Mar'],
      ],
      highlight: 2,
      bookings: [null, 50, 40],
      onTimeRate: [null, 90, null],
      bookingsLabel: 'Bookings',
      onTimeLabel: 'On-time rate (%)',
    });
  });

  it('weekly: no day marked', () => {
    expect(chartInputOf(weeklyFixture({ chart }))).not.toHaveProperty('highlight');
  });

  it('has a text alternative with every day, the unknown one said so', () => {
    expect(chartAltText(dailyFixture({ chart }))).toBe(
      'Chart of the 14 days from 8 Mar to 10 Mar (report day: Tue 10 Mar), bookings and on-time rate per day: ' +
        'Sun 8 Mar no data ; Mon 9 Mar 50 bookings, 90.0% on time ; Tue 10 Mar 40 bookings, — on time.',
    );
    expect(chartAltText(weeklyFixture({ chart: chart.slice(1, 2) }))).toBe(
      'Chart of the week, bookings and on-time rate per day: Mon 9 Mar 50 bookings, 90.0% on time.',
    );
    expect(chartAltText(dailyFixture({ chart: [] }))).toContain('from 10 Mar to 10 Mar');
  });
});

async function colours(png: Buffer) {
  const img = await loadImage(png);
  const canvas = createCanvas(img.width, img.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(img, 0, 0);
  const { data } = ctx.getImageData(0, 0, img.width, img.height);
  const seen = new Set<string>();
  for (let i = 0; i < data.length; i += 4)
    seen.add(
      `#${[data[i]!, data[i + 1]!, data[i + 2]!].map((v) => v.toString(16).padStart(2, '0')).join('')}/${data[i + 3]}`,
    );
  return { width: img.width, height: img.height, corner: [...data.slice(0, 4)], seen };
}

describe('the PNG', () => {
  it('is twice the shown size, on opaque white, the report’s day darker than the others, the rate in green', async () => {
    const daily = await colours(await renderChartPng(chartInputOf(dailyFixture({ chart }))));
    expect([daily.width, daily.height]).toEqual([CHART_WIDTH * 2, CHART_HEIGHT * 2]);
    expect(daily.corner).toEqual([255, 255, 255, 255]);
    expect(daily.seen.has('#1d4ed8/255')).toBe(true);
    expect(daily.seen.has('#93b4e0/255')).toBe(true);
    expect(daily.seen.has('#1f6f43/255')).toBe(true);
    const weekly = await colours(await renderChartPng(chartInputOf(weeklyFixture({ chart }))));
    expect(weekly.seen.has('#1d4ed8/255')).toBe(false);
    expect(weekly.seen.has('#93b4e0/255')).toBe(true);
  });
});
