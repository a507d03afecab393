// A report's chart as a PNG: chart.js drawing on @napi-rs/canvas (prebuilt binaries, no system Cairo). Mail
// clients drop data: URIs and hide transparent PNGs in dark mode, so the image is attached inline (cid:) and
// painted on white. Bars: bookings per day (left axis); line: on-time rate in % (right axis, 0–100).
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
  labels: string[];
  /** null: a day without data, drawn as a gap (never as 0) */
  bookings: (number | null)[];
  onTimeRate: (number | null)[];
  bookingsLabel: string;
  onTimeLabel: string;
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
          backgroundColor: '#93b4e0',
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
        x: { ticks: { font: { size: 10 * SCALE }, color: '#555555' }, grid: { display: false } },
        y: {
          beginAtZero: true,
          position: 'left',
          ticks: { font: { size: 10 * SCALE }, color: '#555555', precision: 0 },
        },
        y1: {
          min: 0,
          max: 100,
          position: 'right',
          grid: { display: false },
          ticks: { font: { size: 10 * SCALE }, color: '#1f6f43' },
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
