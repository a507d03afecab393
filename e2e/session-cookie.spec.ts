// Under `serve` the browser's only credential is an HttpOnly session cookie: the ?token= of the link is
// exchanged for it while the page loads, then taken out of the address bar; nothing lands in sessionStorage.
import { expect, test } from '@playwright/test';
import { e2eEnv } from './support/api';

test.describe('serve session', () => {
  test('the link’s token becomes an HttpOnly cookie and leaves the address bar', async ({
    page,
    context,
  }) => {
    const { pageUrl, baseUrl, token } = e2eEnv();
    await page.goto(pageUrl);
    await expect(page.getByTestId('view-dashboard')).toBeVisible();
    await expect(page.getByTestId('kpi-total-bookings').getByTestId('kpi-value')).not.toBeEmpty();
    expect(page.url()).not.toContain(token);
    expect(new URL(page.url()).searchParams.has('token')).toBe(false);
    expect(await page.evaluate(() => window.sessionStorage.length)).toBe(0);
    // HttpOnly: the page's scripts cannot read it.
    expect(await page.evaluate(() => document.cookie)).toBe('');
    const port = new URL(baseUrl).port;
    const cookie = (await context.cookies(baseUrl)).find((c) => c.name === `dispatch_analytics_${port}`);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    expect(cookie!.value).not.toContain(token);
    // A reload (no token in the URL any more) still works, on the cookie alone.
    await page.reload();
    await expect(page.getByTestId('kpi-total-bookings').getByTestId('kpi-value')).not.toBeEmpty();
  });

  test('a page opened without the link says to open the printed link', async ({ page }) => {
    await page.goto(e2eEnv().baseUrl);
    await expect(page.getByTestId('sync-error')).toContainText('ouvrez à nouveau le lien');
  });
});
