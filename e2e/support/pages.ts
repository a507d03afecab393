// Page objects: the selectors live here, the specs read like the user's steps.
import { expect, type Locator, type Page } from '@playwright/test';
import type { DashboardJson, Lang } from '../../src/shared/analytics-types';
import {
  formatInteger,
  formatMinutes,
  formatNumber,
  formatPercent,
  normaliseSpaces,
  weekdayName,
} from '../../src/shared/format';
import { e2eEnv, pageUrlWith } from './api';

export const KPI_IDS = [
  'kpi-total-bookings',
  'kpi-on-time-rate',
  'kpi-avg-delay',
  'kpi-quality-score',
] as const;

/** What the four cards must print for a dashboard JSON, in card order. */
export function expectedKpiTexts(lang: Lang, d: DashboardJson): string[] {
  return [
    formatInteger(lang, d.summary.total_bookings),
    formatPercent(lang, d.summary.avg_on_time_rate),
    formatMinutes(lang, d.summary.avg_delay_minutes),
    formatNumber(lang, d.summary.avg_quality_score),
  ].map(normaliseSpaces);
}

/**
 * The weekday table's rows (weekday, mean bookings … days) for a period's per-day trends: the weekday analysis
 * averages the same daily rows, Monday first. Matched as a regex per row (the middle columns are not checked).
 */
export function expectedWeekdayRows(lang: Lang, d: DashboardJson): RegExp[] {
  const byWeekday = new Map<number, number[]>();
  for (const p of d.trends) {
    const weekday = (new Date(`${p.date}T12:00:00Z`).getUTCDay() + 6) % 7;
    byWeekday.set(weekday, [...(byWeekday.get(weekday) ?? []), p.bookings]);
  }
  const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s/g, '\\s');
  return [...byWeekday.entries()]
    .sort(([a], [b]) => a - b)
    .map(([weekday, bookings]) => {
      const mean = bookings.reduce((a, b) => a + b, 0) / bookings.length;
      return new RegExp(
        `^${escape(weekdayName(lang, weekday + 1))}\\s+${escape(formatNumber(lang, mean))}\\s.*\\s${escape(formatInteger(lang, bookings.length))}$`,
      );
    });
}

export class AppPage {
  constructor(readonly page: Page) {}

  async open(params: Record<string, string> = {}): Promise<void> {
    await this.page.goto(Object.keys(params).length ? pageUrlWith(params) : e2eEnv().pageUrl);
    await expect(this.page.getByTestId('view-dashboard')).toBeVisible();
  }

  kpi(id: (typeof KPI_IDS)[number]): Locator {
    return this.page.getByTestId(id).getByTestId('kpi-value');
  }

  async kpiTexts(): Promise<string[]> {
    const texts: string[] = [];
    for (const id of KPI_IDS) texts.push(normaliseSpaces(await this.kpi(id).innerText()));
    return texts;
  }

  async choosePeriod(p: '7d' | '30d' | '90d' | '1y'): Promise<void> {
    await this.page.getByTestId(`period-${p}`).click();
  }

  async goTo(view: 'dashboard' | 'trips' | 'drivers' | 'facilities' | 'reports' | 'settings'): Promise<void> {
    await this.page.getByTestId(`nav-${view}`).click();
    await expect(this.page.getByTestId(`view-${view}`)).toBeVisible();
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
  }
}

/** Waits until every KPI value equals its expected text (spaces normalised). */
export async function waitForKpis(app: AppPage, expected: string[]): Promise<void> {
  await expect.poll(() => app.kpiTexts(), { timeout: 15_000 }).toEqual(expected);
}
