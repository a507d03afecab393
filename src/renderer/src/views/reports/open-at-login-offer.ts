// Whether the Reports screen offers "start with the session", and ticked or not: only when a schedule is on
// (this computer must then be running for the reports to go out) and the app can do it — the desktop shell
// answers 'shell:get-login-item'; `serve` in a browser answers "not available" and the choice stays hidden.
import type { ApiResult } from '../../../../shared/contract/channels';
import type { ReportsOverview } from '../../../../shared/contract/reports-schemas';
import type { LoginItem } from '../../../../shared/contract/shell-schemas';

export function openAtLoginOffer(
  overview: Pick<ReportsOverview, 'jobs'>,
  loginItem: ApiResult<LoginItem> | undefined,
): { checked: boolean } | null {
  if (!overview.jobs.some((j) => j.enabled)) return null;
  if (!loginItem?.ok) return null;
  return { checked: loginItem.data.openAtLogin };
}
