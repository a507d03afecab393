// Everything that needs chart.js, loaded as a separate chunk: the KPI cards paint without waiting for it.
import { registerCharts } from './register-charts';

registerCharts();

export { ForecastChart } from './ForecastChart';
export { TrendChart } from './TrendCharts';
export { WeekdayChart } from './WeekdayChart';
