// The page's entry asks for the dashboard before the app has loaded, reading the URL without the app's checks;
// the app takes that answer only when it reads the URL the same way.
import { describe, expect, it } from 'vitest';
import { createDispatchApi } from '../../../src/shared/contract/dispatch-api';
import {
  askFirstDashboard,
  dashboardInput,
  dashboardInputOfUrl,
  sameDashboardInput,
} from '../../../src/renderer/src/boot/first-dashboard';
import { periodFromUrl } from '../../../src/renderer/src/state/period';

const agree = (search: string): boolean =>
  sameDashboardInput(dashboardInputOfUrl(search), dashboardInput(periodFromUrl(search)));

describe('the first dashboard call', () => {
  it('asks for the period the app opens on', () => {
    expect(dashboardInputOfUrl('')).toEqual({ period: '30d' });
    expect(dashboardInputOfUrl('?period=1y')).toEqual({ period: '1y' });
    expect(dashboardInputOfUrl('?from=2026-03-01&to=2026-03-31')).toEqual({
      from: '2026-03-01',
      to: '2026-03-31',
    });
    for (const search of ['', '?period=1y', '?period=7d&token=x', '?from=2026-03-01&to=2026-03-31'])
      expect(agree(search), search).toBe(true);
  });

  it('is not taken when the app reads the URL otherwise (the app falls back to its default)', () => {
    for (const search of ['?period=2y', '?from=2026-03-31&to=2026-03-01', '?from=31.03.2026&to=x'])
      expect(agree(search), search).toBe(false);
  });
});

describe('askFirstDashboard', () => {
  it('sends the URL period at once and says when the answer has arrived', async () => {
    const sent: unknown[] = [];
    const api = createDispatchApi(
      (channel, input) => {
        sent.push([channel, input]);
        return Promise.resolve({ ok: true, data: { figures: 1 } });
      },
      () => () => undefined,
    );
    const first = askFirstDashboard(api, '?period=1y');
    expect(sent).toEqual([['analytics:get-dashboard', { period: '1y' }]]);
    expect(first.arrived()).toBeUndefined();
    await first.answer;
    expect(first.arrived()).toEqual({ ok: true, data: { figures: 1 } });
  });
});
