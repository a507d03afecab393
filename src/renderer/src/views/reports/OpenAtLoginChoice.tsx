// "This computer sends the reports: start with the session?" — on the Reports screen of the desktop app while a
// schedule is on (see open-at-login-offer.ts). The app then starts hidden in the tray at login.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { ReportsOverview } from '../../../../shared/contract/reports-schemas';
import { useApi } from '../../api/api-context';
import { openAtLoginOffer } from './open-at-login-offer';
import { useReportTexts } from './report-texts';

const LOGIN_ITEM_KEY = ['login-item'] as const;

export function OpenAtLoginChoice({ overview }: { overview: ReportsOverview }): ReactNode {
  const api = useApi();
  const client = useQueryClient();
  const { rt } = useReportTexts();
  // The envelope itself is the data: "not available" is an answer, not an error to retry.
  const loginItem = useQuery({ queryKey: LOGIN_ITEM_KEY, queryFn: () => api.getLoginItem() });
  const offer = openAtLoginOffer(overview, loginItem.data);
  if (!offer) return null;
  return (
    <p className="field">
      <label>
        <input
          type="checkbox"
          checked={offer.checked}
          onChange={(e) =>
            void api
              .setLoginItem({ openAtLogin: e.target.checked })
              .then((res) => client.setQueryData(LOGIN_ITEM_KEY, res))
          }
          data-testid="setting-shell.openAtLogin"
        />{' '}
        {rt('openAtLogin')}
      </label>
    </p>
  );
}
