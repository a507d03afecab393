// The first screen's figures, asked for by the page's entry before the app's code has loaded (main.tsx) and handed
// to react-query when the app mounts (mount-app.tsx): the dashboard call and the download of React overlap.
// This file imports no runtime code but the API client's: everything it pulls in loads before the call can leave.
import type { DashboardJson } from '../../../shared/analytics-types';
import type { ApiResult } from '../../../shared/contract/channels';
import type { DispatchApi } from '../../../shared/contract/dispatch-api';
import type { DashboardInput } from '../../../shared/contract/analytics-inputs';
import { DEFAULT_PERIOD, type Period } from '../state/default-period';

/** What the dashboard call sends for a period. */
export function dashboardInput(period: Period): DashboardInput {
  return 'preset' in period ? { period: period.preset } : { from: period.from, to: period.to };
}

/**
 * The dashboard input of the page URL (`?period=1y`, `?from=…&to=…`), read without checking it: the app checks the
 * URL with periodFromUrl once loaded and takes this answer only if both agree (sameDashboardInput), so a URL read
 * differently here costs a call, never a wrong figure.
 */
export function dashboardInputOfUrl(search: string): DashboardInput {
  const q = new URLSearchParams(search);
  const preset = q.get('period');
  const from = q.get('from');
  const to = q.get('to');
  if (preset) return { period: preset } as DashboardInput;
  if (from && to) return { from, to };
  return dashboardInput(DEFAULT_PERIOD);
}

export function sameDashboardInput(a: DashboardInput, b: DashboardInput): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export interface FirstDashboard {
  input: DashboardInput;
  answer: Promise<ApiResult<DashboardJson>>;
  /** the answer if it has arrived: the app then renders the cards in its very first render */
  arrived(): ApiResult<DashboardJson> | undefined;
}

export function askFirstDashboard(api: DispatchApi, search: string): FirstDashboard {
  const input = dashboardInputOfUrl(search);
  let arrived: ApiResult<DashboardJson> | undefined;
  const answer = api.getDashboard(input);
  void answer.then((r) => (arrived = r));
  return { input, answer, arrived: () => arrived };
}
