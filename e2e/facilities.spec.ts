// Issue 15 §4 in the browser on the demo data: the Facilities screen lists each facility's figures with the
// grouped rows last, sorts by a header (mouse and keyboard, aria-sort says how), and a click on a facility opens
// the Trips screen with that facility's trips only.
import { expect, test } from '@playwright/test';
import { AppPage } from './support/pages';

test.describe('facilities', () => {
  test('sorts by bookings, keeps the grouped rows last, and drills down to one facility’s trips', async ({
    page,
  }) => {
    const app = new AppPage(page);
    await app.open();
    await app.goTo('facilities');
    const rows = page.getByTestId('facility-row');
    await expect(rows.first()).toBeVisible();
    const table = async () => {
      const names = await page
        .locator('[data-testid="facility-row"]')
        .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-facility') ?? ''));
      const counts = await page.locator('[data-testid="facility-row"] [data-col="bookings"]').allInnerTexts();
      return names.map((name, i) => ({ name, bookings: Number(counts[i]!.replace(/\D/g, '')) }));
    };
    const before = await table();
    expect(before.length).toBeGreaterThan(1);
    // Every ranked row has a trend cell (an arrow and a signed change, or "—" without a previous period).
    await expect(page.locator('[data-testid="facility-row"] [data-col="trend"] [data-trend]')).toHaveCount(
      before.length,
    );

    const header = page.getByTestId('facilities-sort-bookings');
    const th = page.locator('th', { has: header });
    await expect(th).toHaveAttribute('aria-sort', 'none');
    await header.click();
    await expect(th).toHaveAttribute('aria-sort', 'descending');
    const desc = [...before].sort((a, b) => b.bookings - a.bookings || a.name.localeCompare(b.name));
    await expect.poll(table).toEqual(desc);
    await header.focus();
    await page.keyboard.press('Enter');
    await expect(th).toHaveAttribute('aria-sort', 'ascending');
    const asc = await table();
    expect(asc.map((r) => r.bookings)).toEqual(desc.map((r) => r.bookings).reverse());
    // The grouped rows ("others", "no facility") are not ranked: after every facility whatever the order.
    const kinds = await page
      .locator('[data-testid="facilities-table"] tbody tr')
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-testid')));
    const firstGrouped = kinds.findIndex((k) => k !== 'facility-row');
    if (firstGrouped >= 0) expect(kinds.slice(firstGrouped).every((k) => k !== 'facility-row')).toBe(true);

    // Drill down: the busiest facility's trips, every row of them that facility's.
    const target = desc[0]!;
    await page
      .locator(`[data-testid="facility-row"][data-facility=${JSON.stringify(target.name)}]`)
      .getByRole('button')
      .click();
    await expect(page.getByTestId('view-trips')).toBeVisible();
    await expect(page.getByTestId('trips-origin')).toHaveText(target.name);
    await expect(page.getByTestId('trip-row').first()).toBeVisible();
    // The count says the facility's bookings (digits only: the thousands separator is the locale's).
    await expect
      .poll(async () => Number((await page.getByTestId('trips-count').innerText()).replace(/\D/g, '')))
      .toBe(target.bookings);
    const facilities = await page.locator('[data-testid="trip-row"] [data-col="facility"]').allInnerTexts();
    expect(facilities.length).toBeGreaterThan(0);
    for (const f of facilities) expect(f.trim().toLowerCase()).toBe(target.name.toLowerCase());
  });
});
