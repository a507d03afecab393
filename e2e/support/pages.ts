// Page objects: the selectors live here, the specs read like the user's steps.
import { expect, type Locator, type Page } from '@playwright/test';
import type { DashboardJson, Lang } from '../../src/shared/analytics-types';
import {
  formatInteger,
  formatMinutes,
  formatNumber,
  formatPercent,
  normaliseSpaces,
} from '../../src/renderer/src/format/number-format';
import { e2eEnv, pageUrlWith } from './api';

export const KPI_IDS = ['kpi-total-bookings', 'kpi-on-time-rate', 'kpi-avg-delay', 'kpi-quality-score'] as const;

/** What the four cards must print for a dashboard JSON, in card order. */
export function expectedKpiTexts(lang: Lang, d: DashboardJson): string[] {
  return [
    formatInteger(lang, d.summary.total_bookings),
    formatPercent(lang, d.summary.avg_on_time_rate),
    formatMinutes(lang, d.summary.avg_delay_minutes),
    formatNumber(lang, d.summary.avg_quality_score),
  ].map(normaliseSpaces);
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

  async goTo(view: 'dashboard' | 'trips' | 'drivers' | 'settings'): Promise<void> {
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
