/// <reference lib="dom" />
// The Reports screen: settings errors next to their fields, a preview exactly as sent (sandboxed iframe, with
// data-kpi values), and "send now" delivered to a real SMTP server on 127.0.0.1.
import { expect, test } from '@playwright/test';
import { startTestSmtp, type TestSmtp } from '../test/mail/smtp-test-server';
import { callApi, e2eEnv } from './support/api';
import { AppPage } from './support/pages';

let smtp: TestSmtp;

test.describe('reports screen', () => {
  test.beforeAll(async () => {
    smtp = await startTestSmtp();
  });
  test.afterAll(async () => {
    const { baseUrl, token } = e2eEnv();
    await callApi(baseUrl, token, 'reports:update-settings', {
      mail: { host: '', port: 587, security: 'starttls', user: '', from: '' },
    });
    await smtp.stop();
  });

  test('refuses bad values next to their fields, previews the report, sends it now to the test server', async ({
    page,
  }) => {
    const app = new AppPage(page);
    await app.open();
    await app.goTo('reports');

    await page.getByTestId('setting-mail.port').fill('abc');
    await page.getByTestId('smtp-save').click();
    await expect(page.getByTestId('error-mail.port')).toContainText('Port de 1 à 65535');
    await page.getByTestId('setting-reports.daily.time').fill('25:00');
    await page.getByTestId('setting-reports.daily.recipients').fill('chef@example, x');
    await page.getByTestId('schedule-save').click();
    await expect(page.getByTestId('error-reports.daily.time')).toContainText('HH:MM');
    await expect(page.getByTestId('error-reports.daily.recipients')).toBeVisible();
    await app.screenshot('reports-errors');

    await page.getByTestId('setting-mail.host').fill('127.0.0.1');
    await page.getByTestId('setting-mail.port').fill(String(smtp.port));
    await page.getByTestId('setting-mail.security').selectOption('none');
    await page.getByTestId('setting-mail.from').fill('rapports@example.ch');
    await page.getByTestId('smtp-save').click();
    await expect(page.getByTestId('reports-saved')).toBeVisible();

    await page.getByTestId('setting-preview.period').fill('2026-03-12');
    await page.getByTestId('preview-show').click();
    const frame = page.frameLocator('[data-testid="preview-frame"]');
    await expect(frame.locator('[data-kpi="total_bookings"]')).toHaveText(/^\d/);
    await expect(frame.locator('[data-kpi="on_time_rate"]')).toContainText('%');
    await expect(page.getByTestId('preview-frame')).toHaveAttribute('sandbox', '');
    await app.screenshot('reports-preview');

    await page.getByTestId('setting-send.to').fill('chef@example.ch');
    await page.getByTestId('send-now').click();
    await expect(page.getByTestId('send-result')).toContainText('1 envoyé(s), 0 à réessayer, 0 en échec.');
    await smtp.waitFor(1);
    expect(smtp.received[0]!.to).toEqual(['chef@example.ch']);
    expect(String(smtp.received[0]!.parsed.headers.get('x-dispatch-report'))).toBe('daily 2026-03-12');
    await expect(page.getByTestId('delivery-row').first()).toHaveAttribute('data-state', 'sent');
    await app.screenshot('reports-sent');
  });
});
