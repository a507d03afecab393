// react-chartjs-2 registers nothing: every controller, element, scale and plugin used by our charts is listed here,
// once. A chart type missing here fails at runtime with '"x" is not a registered controller'.
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import { LINE_CURVE } from './line-curve';
import { scoreBandsPlugin } from './score-bands-plugin';

let registered = false;

export function registerCharts(): void {
  if (registered) return;
  Chart.register(
    BarController,
    BarElement,
    LineController,
    LineElement,
    PointElement,
    CategoryScale,
    LinearScale,
    Filler,
    Tooltip,
    Legend,
    scoreBandsPlugin,
  );
  // The default of every line element, so a chart added later cannot overshoot either.
  Object.assign(Chart.defaults.elements.line, LINE_CURVE);
  registered = true;
}
