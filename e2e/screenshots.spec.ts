/// <reference lib="dom" />
// A screenshot of every view, in test-results/screenshots/, at the smallest supported size and a common one.
import { expect, test } from '@playwright/test';
import { AppPage } from './support/pages';

for (const size of [
  { width: 1280, height: 860, tag: '' },
  { width: 1024, height: 700, tag: '-1024' },
]) {
  test(`every view renders at ${size.width}×${size.height}`, async ({ page }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    const app = new AppPage(page);
    await app.open();
    await expect(page.getByTestId('kpi-total-bookings').getByTestId('kpi-value')).not.toBeEmpty();
    await expect(page.getByTestId('chart-heatmap')).toBeVisible();
    await app.screenshot(`dashboard${size.tag}`);
    // nothing overflows sideways at this width
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await app.goTo('trips');
    await expect(page.getByTestId('trip-row').first()).toBeVisible();
    await app.screenshot(`trips${size.tag}`);
    await app.goTo('drivers');
    await expect(page.getByTestId('driver-row').first()).toBeVisible();
    await app.screenshot(`drivers${size.tag}`);
    await app.goTo('settings');
    await expect(page.getByTestId('setting-serverUrl')).toBeVisible();
    await app.screenshot(`settings${size.tag}`);
  });
}
