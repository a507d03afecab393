// Paints the quality score's bands behind a chart: ≥ 85 good, < 60 critical. Opt-in per chart through
// `options.plugins.scoreBands`, so other charts are untouched.
import type { Chart, Plugin } from 'chart.js';

export interface ScoreBandsOptions {
  enabled?: boolean;
  good?: string;
  bad?: string;
}

declare module 'chart.js' {
  interface PluginOptionsByType<TType> {
    scoreBands?: ScoreBandsOptions & { _type?: TType };
  }
}

export const scoreBandsPlugin: Plugin = {
  id: 'scoreBands',
  beforeDatasetsDraw(chart: Chart, _args, options: ScoreBandsOptions) {
    if (!options?.enabled) return;
    const y = chart.scales.y;
    const area = chart.chartArea;
    if (!y || !area) return;
    const ctx = chart.ctx;
    const band = (from: number, to: number, color: string): void => {
      const top = Math.max(area.top, y.getPixelForValue(to));
      const bottom = Math.min(area.bottom, y.getPixelForValue(from));
      if (bottom <= top) return;
      ctx.fillStyle = color;
      ctx.fillRect(area.left, top, area.right - area.left, bottom - top);
    };
    ctx.save();
    band(85, 100, options.good ?? 'rgba(29,122,70,0.12)');
    band(0, 60, options.bad ?? 'rgba(180,35,24,0.10)');
    ctx.restore();
  },
};
