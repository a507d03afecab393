// Where the time to the KPI cards goes, read from the page's own timings (ms since navigation start): the HTML,
// the scripts loaded before the cards, the app's mount (its 'app:mount' mark, when the build sets one), the
// dashboard call, and the cards painted.
import type { Page } from 'playwright-core';
import { median } from './ui-browser';

export interface Waterfall {
  /** the HTML received */
  html: number;
  /** the page's entry script loaded */
  entry: number;
  /** the last script that finished loading before the cards painted, and how many there were */
  scripts: number;
  scriptCount: number;
  /** DOMContentLoaded: the entry module has run */
  domContentLoaded: number;
  /** the app's 'app:mount' mark (React is about to render), when present */
  mount: number | null;
  /** the dashboard call: sent, answered (null when no call went out, e.g. over IPC) */
  apiStart: number | null;
  apiEnd: number | null;
  /** the cards painted */
  kpis: number;
}

// A string, not a function: tsx adds `__name(...)` helpers to functions, which do not exist in the page.
const READ = `(() => {
  const painted = window.__kpiPaintedAt;
  const nav = performance.getEntriesByType('navigation')[0];
  const res = performance.getEntriesByType('resource');
  const js = res.filter((e) => /\\.js(\\?|$)/.test(e.name) && e.startTime < painted);
  const api = res.find((e) => e.name.includes('analytics:get-dashboard'));
  const mount = performance.getEntriesByName('app:mount')[0];
  const entrySrc = document.querySelector('script[type="module"][src]')?.src;
  const entry = res.find((e) => e.name === entrySrc);
  return {
    html: nav.responseEnd,
    entry: entry ? entry.responseEnd : 0,
    scripts: Math.max(0, ...js.map((e) => e.responseEnd)),
    scriptCount: js.length,
    domContentLoaded: nav.domContentLoadedEventStart,
    mount: mount ? mount.startTime : null,
    apiStart: api ? api.startTime : null,
    apiEnd: api ? api.responseEnd : null,
    kpis: painted,
  };
})()`;

export async function readWaterfall(page: Page): Promise<Waterfall> {
  return (await page.evaluate(READ)) as Waterfall;
}

/** One line per step: the median over the runs. */
export function waterfallLines(runs: Waterfall[]): string[] {
  const med = (pick: (w: Waterfall) => number | null): string => {
    const xs = runs.map(pick).filter((x): x is number => x !== null);
    return xs.length ? `${median(xs).toFixed(0)} ms` : '—';
  };
  return [
    `waterfall (median ms after navigation, ${runs.length} loads):`,
    `  HTML received ${med((w) => w.html)}`,
    `  entry script loaded ${med((w) => w.entry)}; every script before the cards (${runs[0]?.scriptCount ?? 0} files) ${med((w) => w.scripts)}`,
    `  DOMContentLoaded ${med((w) => w.domContentLoaded)}; app mount ${med((w) => w.mount)}`,
    `  dashboard call sent ${med((w) => w.apiStart)}, answered ${med((w) => w.apiEnd)}`,
    `  KPI cards painted ${med((w) => w.kpis)}`,
  ];
}
