/// <reference lib="dom" />
// The e-mails as a phone and a desktop client show them: the daily and weekly HTML of a real demo store, rendered
// in Chromium (playwright-core, the system's /usr/bin/chromium) at 375 px and 600 px. Nothing is wider than the
// screen (also when a client strips the <style> block), the KPI cards go two by two on the phone, and axe-core
// finds no serious accessibility violation; the data tables are real tables (caption, th scope), the layout tables
// role="presentation". Screenshots are kept in test-results/report-layout/.
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ANALYTICS_SETTINGS } from '../../src/shared/analytics-types';
import { CHROMIUM_ARGS } from '../../src/main/reports/chromium-pdf';
import { buildReportData } from '../../src/main/reports/report-data';
import { renderReport, type RenderedReport } from '../../src/main/reports/render-report';
import { openStore, type Store } from '../../src/main/store/open-store';
import { cliSandbox, type CliSandbox } from '../cli/run-cli';

const require = createRequire(import.meta.url);
const SHOTS = join(process.cwd(), 'test-results', 'report-layout');
const DAY = '2026-03-10'; // a Tuesday (the demo's late day)
const WEEK = '2026-03-02';

let sb: CliSandbox;
let store: Store;
let browser: Browser;
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  sb = cliSandbox();
  expect((await sb.run('demo', 'seed', '--days', '90')).code).toBe(0);
  store = openStore(join(sb.dir, 'dispatch-analytics.sqlite'));
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
}, 120_000);
afterAll(async () => {
  await browser?.close();
  store?.close();
  sb?.dispose();
});

async function rendered(kind: 'daily' | 'weekly', lang: 'fr' | 'en'): Promise<RenderedReport> {
  const periodKey = kind === 'daily' ? DAY : WEEK;
  return renderReport({ db: store.db }, { kind, periodKey, lang, settings: DEFAULT_ANALYTICS_SETTINGS });
}

/** The HTML as a mail client shows it: the cid: chart replaced by the attached PNG. */
function asShown(r: RenderedReport): string {
  const img = r.images[0]!;
  return r.html.replace(`cid:${img.cid}`, `data:image/png;base64,${img.base64}`);
}

async function open(html: string, width: number): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 800 } });
  await page.setContent(html, { waitUntil: 'load' });
  return page;
}

const overflow = (page: Page) =>
  page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    viewport: window.innerWidth,
  }));

describe.each(['daily', 'weekly'] as const)('the %s e-mail on a phone and a desktop', (kind) => {
  it.each([375, 600])('fits %i px without horizontal scrolling (fr and en)', async (width) => {
    for (const lang of ['fr', 'en'] as const) {
      const page = await open(asShown(await rendered(kind, lang)), width);
      try {
        const { scroll, viewport } = await overflow(page);
        expect(viewport).toBe(width);
        expect(scroll, `${kind} ${lang} at ${width} px`).toBeLessThanOrEqual(viewport);
        await page.screenshot({ path: join(SHOTS, `${kind}-${lang}-${width}.png`), fullPage: true });
      } finally {
        await page.close();
      }
    }
  });

  it('still fits 375 px where the client strips the <style> block', async () => {
    const html = asShown(await rendered(kind, 'fr')).replace(/<style>[\s\S]*?<\/style>/, '');
    expect(html).not.toContain('@media');
    const page = await open(html, 375);
    try {
      const { scroll, viewport } = await overflow(page);
      expect(scroll).toBeLessThanOrEqual(viewport);
    } finally {
      await page.close();
    }
  });

  it('shows the four KPI cards in one row at 600 px and two by two at 375 px', async () => {
    const html = asShown(await rendered(kind, 'fr'));
    for (const [width, rows] of [
      [600, 1],
      [375, 2],
    ] as const) {
      const page = await open(html, width);
      try {
        const tops = await page.evaluate(() =>
          Array.from(document.querySelectorAll('[data-kpi]'), (e) =>
            Math.round(e.getBoundingClientRect().top),
          ),
        );
        expect(tops).toHaveLength(4);
        expect(new Set(tops).size, `rows of cards at ${width} px`).toBe(rows);
      } finally {
        await page.close();
      }
    }
  });
});

interface TableFacts {
  presentation: boolean;
  caption: string | null;
  scopedHeads: number;
  heads: number;
  rows: number;
}

describe.each(['daily', 'weekly'] as const)('the %s e-mail for a screen reader', (kind) => {
  it('passes axe-core (WCAG 2 A/AA: no serious or critical violation) in French and English', async () => {
    for (const lang of ['fr', 'en'] as const) {
      const page = await open(asShown(await rendered(kind, lang)), 600);
      try {
        await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
        const violations = await page.evaluate(async () => {
          const axe = (window as unknown as { axe: { run: (o: object) => Promise<AxeResults> } }).axe;
          const res = await axe.run({
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
          });
          return res.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
        });
        const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
        expect(blocking, `${kind} ${lang}`).toEqual([]);
      } finally {
        await page.close();
      }
    }
  });

  it('has real data tables (caption, th scope, no role) and layout tables that say so', async () => {
    const page = await open(asShown(await rendered(kind, 'fr')), 600);
    try {
      const tables = await page.evaluate(() =>
        Array.from(document.querySelectorAll('table'), (t): TableFacts => ({
          presentation: t.getAttribute('role') === 'presentation',
          caption: t.caption?.textContent?.trim() ?? null,
          scopedHeads: t.querySelectorAll(':scope > * > tr > th[scope]').length,
          heads: t.querySelectorAll(':scope > * > tr > th').length,
          rows: t.querySelectorAll(':scope > tbody > tr').length,
        })),
      );
      const data = tables.filter((t) => !t.presentation);
      const expected =
        kind === 'daily'
          ? ['Le score qualité en trois parts', 'Les 5 plus grands retards', 'Les 14 jours en chiffres']
          : [
              'Le score qualité en trois parts',
              'Jour par jour',
              'Par jour de semaine (4 dernières semaines)',
              'Établissements avec le plus de retards',
            ];
      expect(data.map((t) => t.caption)).toEqual(expected);
      for (const t of data) {
        expect(t.heads, t.caption!).toBeGreaterThan(1);
        expect(t.scopedHeads, t.caption!).toBe(t.heads);
      }
      if (kind === 'daily') expect(data.find((t) => t.caption === expected[2])!.rows).toBe(14);
      // A layout table holds no header cell and no caption.
      for (const t of tables.filter((x) => x.presentation)) {
        expect(t.heads).toBe(0);
        expect(t.caption).toBeNull();
      }
    } finally {
      await page.close();
    }
  });

  it('gives the chart a text alternative with every day’s bookings and on-time rate', async () => {
    const r = await rendered(kind, 'fr');
    const page = await open(asShown(r), 600);
    try {
      const alt = await page.evaluate(() => document.querySelector('img')!.getAttribute('alt')!);
      const data = buildReportData(store.db, {
        kind,
        periodKey: kind === 'daily' ? DAY : WEEK,
        lang: 'fr',
        settings: DEFAULT_ANALYTICS_SETTINGS,
      });
      expect(data.chart).toHaveLength(kind === 'daily' ? 14 : 7);
      for (const c of data.chart) {
        const rate = new Intl.NumberFormat('fr-CH', { minimumFractionDigits: 1, maximumFractionDigits: 1 })
          .format(c.onTimeRate!)
          .replace('.', ',');
        expect(alt).toContain(`${c.bookings} courses, ${rate}\u00a0%`);
      }
    } finally {
      await page.close();
    }
  });
});

type AxeResults = { violations: { id: string; impact: string | null; nodes: unknown[] }[] };
