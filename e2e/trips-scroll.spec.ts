// Scrolling far into the Trips table: the rows there come from the page under the viewport, fetched by its
// offset, not after every page before it (a year of bookings holds hundreds of pages). The number of page calls
// is what is checked, not a time: speed lives in the benchmark.
import { expect, test, type Page, type Request } from '@playwright/test';
import type { TripJson } from '../src/shared/analytics-types';
import { presetWindow } from '../src/shared/time';
import { callApi, e2eEnv } from './support/api';
import { AppPage } from './support/pages';

type TripsPage = { total: number; rows: TripJson[] };

// A jump lands on one or two pages (the viewport may straddle a page boundary), plus the top page kept for the
// total; anything near 50 means the pages before the row were fetched.
const FEW_PAGE_CALLS = 4;

function countTripCalls(page: Page): { count(): number; reset(): void } {
  let n = 0;
  const onRequest = (r: Request) => {
    if (r.url().includes('/api/trips:list-trips')) n++;
  };
  page.on('request', onRequest);
  return { count: () => n, reset: () => (n = 0) };
}

/** Scrolls the table so that row `index` (0-based) is at the top of the viewport, the table's scale taken as is. */
async function scrollToRow(page: Page, index: number, total: number): Promise<void> {
  await page
    .getByTestId('trips-scroll')
    .evaluate((el, [i, n]) => el.scrollTo({ top: (el.scrollHeight / n!) * i! }), [index, total]);
}

test.describe('trips: scrolling far', () => {
  test('row 10,000 and the last row of a year show their bookings after a few page calls', async ({
    page,
  }) => {
    const { baseUrl, token } = e2eEnv();
    const info = await callApi<{ today: string }>(baseUrl, token, 'app:get-info');
    const { from, to } = presetWindow('1y', info.today)!;
    const first = await callApi<TripsPage>(baseUrl, token, 'trips:list-trips', {
      filter: { from, to },
      limit: 1,
    });
    expect(first.total, 'the seeded year should hold more than 10,000 bookings').toBeGreaterThan(10_000);

    const calls = countTripCalls(page);
    const app = new AppPage(page);
    await app.open({ period: '1y' });
    await app.goTo('trips');
    await expect(page.getByTestId('trip-row').first()).toBeVisible();

    for (const index of [9_999, first.total - 1]) {
      const expected = await callApi<TripsPage>(baseUrl, token, 'trips:list-trips', {
        filter: { from, to },
        offset: index,
        limit: 1,
      });
      calls.reset();
      await scrollToRow(page, index, first.total);
      // aria-rowindex counts the header row and starts at 1
      const row = page.locator(`[role="row"][aria-rowindex="${index + 2}"]`);
      await expect(row).toHaveAttribute('data-testid', 'trip-row');
      await expect(row).toHaveAttribute('data-trip-id', String(expected.rows[0]!.id));
      expect(calls.count(), `page calls to show row ${index + 1}`).toBeLessThanOrEqual(FEW_PAGE_CALLS);
    }
  });
});
