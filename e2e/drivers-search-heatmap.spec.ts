// Issue 16 §9 in the browser: the Drivers table sorts by a header (mouse and keyboard, aria-sort says how), the
// Trips search finds a booking by its patient's name, and the heat map is one Tab stop walked with the arrows.
import { expect, test } from '@playwright/test';
import { AppPage } from './support/pages';

test.describe('drivers, trips search, heat map keyboard', () => {
  test('the drivers table sorts by cancellations, then flips with the keyboard', async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    await app.goTo('drivers');
    await expect(page.getByTestId('driver-row').first()).toBeVisible();
    const table = async () => {
      const names = await page.locator('[data-testid="driver-row"] td:first-child').allInnerTexts();
      const counts = await page.locator('[data-testid="driver-row"] [data-col="cancelled"]').allInnerTexts();
      return names.map((name, i) => ({ name: name.trim(), cancelled: Number(counts[i]) }));
    };
    const before = await table();
    // Busiest first; by cancellations, most first, ties by name (the same rows, another order).
    const byCancelled = [...before].sort((a, b) => b.cancelled - a.cancelled || a.name.localeCompare(b.name));
    expect(byCancelled.map((r) => r.name)).not.toEqual(before.map((r) => r.name));
    const header = page.getByTestId('drivers-sort-cancelled');
    const th = page.locator('th', { has: header });
    await expect(th).toHaveAttribute('aria-sort', 'none');
    await header.click();
    await expect(th).toHaveAttribute('aria-sort', 'descending');
    await expect.poll(table).toEqual(byCancelled);
    await header.focus();
    await page.keyboard.press('Enter');
    await expect(th).toHaveAttribute('aria-sort', 'ascending');
    const asc = await table();
    expect(asc.map((r) => r.cancelled)).toEqual(byCancelled.map((r) => r.cancelled).reverse());
  });

  test('the trips search finds a booking by its patient’s name', async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    await app.goTo('trips');
    const first = page.getByTestId('trip-row').first();
    await expect(first).toBeVisible();
    const rowsBefore = await page.getByTestId('trips-count').innerText();
    const tripId = await first.getAttribute('data-trip-id');
    const patient = (await first.locator('[data-col="customer"]').innerText()).trim();
    await page.getByTestId('trips-search').fill(patient);
    await expect(page.getByTestId('trips-count')).not.toHaveText(rowsBefore);
    await expect(page.locator(`[data-testid="trip-row"][data-trip-id="${tripId}"]`)).toBeVisible();
    const patients = await page.locator('[data-testid="trip-row"] [data-col="customer"]').allInnerTexts();
    expect(patients.length).toBeGreaterThan(0);
    for (const p of patients) expect(p).toContain(patient);
  });

  test('the heat map is one Tab stop: arrows move inside, Tab leaves, the skip link jumps past', async ({
    page,
  }) => {
    const app = new AppPage(page);
    await app.open();
    const map = page.getByTestId('chart-heatmap');
    const skip = map.getByTestId('heatmap-skip');
    await expect(map.locator('button.cell').first()).toBeVisible();
    await expect(map.locator('button.cell[tabindex="0"]')).toHaveCount(1);
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return el?.classList.contains('cell')
          ? `${el.dataset.row},${el.dataset.col}`
          : (el?.dataset.testid ?? '');
      });
    await skip.focus();
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('0,0');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe('1,2');
    await page.keyboard.press('End');
    expect(await focused()).toBe('1,23');
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toBe('1,23');
    await page.keyboard.press('Tab');
    expect(await focused()).not.toMatch(/^\d+,\d+$/);
    // Back in: the grid remembers the cell it was left on.
    await page.keyboard.press('Shift+Tab');
    expect(await focused()).toBe('1,23');
    await skip.focus();
    await page.keyboard.press('Enter');
    expect(await focused()).toBe('heatmap-legend');
    await expect(map.getByTestId('heatmap-legend')).toContainText('20');
  });
});
