// A report's chart as a PNG: chart.js drawing on @napi-rs/canvas (prebuilt binaries, no system Cairo). Mail
// clients drop data: URIs and hide transparent PNGs in dark mode, so the image is attached inline (cid:) and
// painted on white. Bars: bookings per day (left axis); line: on-time rate in % (right axis, 0–100 %). Each day
// is labelled with its weekday; the daily report's own day is drawn darker and its label bold.
import { createCanvas } from '@napi-rs/canvas';
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LineController,
  LineElement,
  LinearScale,
  PointElement,
  type Plugin,
} from 'chart.js';
import type { Lang } from '../../shared/analytics-types';
import { weekdayOf } from '../../shared/time';
import type { ReportData } from './report-data';
import { shortDay } from './report-format';
import { formatInteger, formatPercent, t, weekdayName } from './report-i18n';

Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  Legend,
  LineController,
  LineElement,
  LinearScale,
  PointElement,
);

export const CHART_WIDTH = 560;
export const CHART_HEIGHT = 220;
// Drawn at twice the size shown, so it stays sharp on high-density screens.
const SCALE = 2;

const whiteBackground: Plugin = {
  id: 'white-background',
  beforeDraw(chart) {
    const { ctx } = chart;
    ctx.save();
    ctx.globalCompositeOperation = 'destination-over';
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, chart.width, chart.height);
    ctx.restore();
  },
};

export interface ChartInput {
  lang: Lang;
  /** one per day: [weekday, date], drawn on two lines */
  labels: [string, string][];
  /** the report's own day among them (daily), marked; none for a week */
  highlight?: number;
  /** null: a day without data, drawn as a gap (never as 0) */
  bookings: (number | null)[];
  onTimeRate: (number | null)[];
  bookingsLabel: string;
  onTimeLabel: string;
}

const BAR = '#93b4e0';
const BAR_MARKED = '#1d4ed8';
const TICK = '#555555';

/** A day's label: "lun. 30.11" / "Mon 30 Nov", on two lines in the chart. */
export function chartDayLabel(lang: Lang, day: string): [string, string] {
  return [weekdayName(lang, weekdayOf(day) + 1, 'short'), shortDay(lang, day)];
}

/** The chart of a report: its days (14 ending on the day, or the week), the report's day marked (daily). */
export function chartInputOf(data: ReportData): ChartInput {
  const lang = data.lang;
  return {
    lang,
    labels: data.chart.map((c) => chartDayLabel(lang, c.date)),
    ...(data.kind === 'daily' ? { highlight: data.chart.findIndex((c) => c.date === data.periodKey) } : {}),
    bookings: data.chart.map((c) => c.bookings),
    onTimeRate: data.chart.map((c) => (c.onTimeRate === null ? null : Math.round(c.onTimeRate * 10) / 10)),
    bookingsLabel: t(lang, 'reports.chart.bookings'),
    onTimeLabel: t(lang, 'reports.chart.onTime'),
  };
}

/** The chart's text alternative: every day's bookings and on-time rate, and which is the report's day. */
export function chartAltText(data: ReportData): string {
  const lang = data.lang;
  const days = data.chart
    .map((c) => {
      const day = chartDayLabel(lang, c.date).join(' ');
      if (c.bookings === null) return t(lang, 'reports.mailLayout.chartAltNoData', { day });
      return t(lang, 'reports.mailLayout.chartAltDay', {
        day,
        bookings: formatInteger(lang, c.bookings),
        rate: c.onTimeRate === null ? '—' : formatPercent(lang, c.onTimeRate),
      });
    })
    .join(' ; ');
  if (data.kind === 'weekly') return t(lang, 'reports.mailLayout.chartAltWeekly', { days });
  const first = data.chart[0]?.date ?? data.from;
  return t(lang, 'reports.mailLayout.chartAltDaily', {
    from: shortDay(lang, first),
    to: shortDay(lang, data.to),
    day: chartDayLabel(lang, data.periodKey).join(' '),
    days,
  });
}

export async function renderChartPng(input: ChartInput): Promise<Buffer> {
  const canvas = createCanvas(CHART_WIDTH * SCALE, CHART_HEIGHT * SCALE);
  const ctx = canvas.getContext('2d');
  const chart = new Chart(ctx as unknown as CanvasRenderingContext2D, {
    type: 'bar',
    data: {
      labels: input.labels,
      datasets: [
        {
          type: 'bar',
          label: input.bookingsLabel,
          data: input.bookings,
          backgroundColor: input.labels.map((_, i) => (i === input.highlight ? BAR_MARKED : BAR)),
          yAxisID: 'y',
          order: 2,
        },
        {
          type: 'line',
          label: input.onTimeLabel,
          data: input.onTimeRate,
          borderColor: '#1f6f43',
          backgroundColor: '#1f6f43',
          borderWidth: 2 * SCALE,
          pointRadius: 2 * SCALE,
          yAxisID: 'y1',
          order: 1,
        },
      ],
    },
    options: {
      responsive: false,
      animation: false,
      devicePixelRatio: 1,
      font: { size: 11 * SCALE },
      plugins: { legend: { position: 'bottom', labels: { font: { size: 11 * SCALE }, color: '#333333' } } },
      scales: {
        x: {
          ticks: {
            font: (c) => ({ size: 10 * SCALE, weight: c.index === input.highlight ? 'bold' : 'normal' }),
            color: (c) => (c.index === input.highlight ? '#111827' : TICK),
            autoSkip: false,
            maxRotation: 0,
          },
          grid: { display: false },
        },
        y: {
          beginAtZero: true,
          position: 'left',
          ticks: { font: { size: 10 * SCALE }, color: TICK, precision: 0 },
        },
        y1: {
          min: 0,
          max: 100,
          position: 'right',
          grid: { display: false },
          ticks: {
            font: { size: 10 * SCALE },
            color: '#1f6f43',
            stepSize: 25,
            callback: (v) => formatPercent(input.lang, Number(v), 0),
          },
        },
      },
    },
    plugins: [whiteBackground],
  });
  try {
    return await canvas.encode('png');
  } finally {
    chart.destroy();
  }
}
