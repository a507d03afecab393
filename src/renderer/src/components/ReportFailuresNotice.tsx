// Under the sync bar, on every screen: report deliveries that failed or whose outcome is unknown, with a link to
// the Reports screen (where each one can be resent). Nothing shows while every delivery went through.
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { unwrapResult } from '../../../shared/contract/dispatch-api';
import { useApi } from '../api/api-context';
import { useNavigation } from '../state/navigation';

export const REPORTS_OVERVIEW_KEY = ['reports-overview'] as const;

export function ReportFailuresNotice(): ReactNode {
  const { t } = useTranslation();
  const api = useApi();
  const { go } = useNavigation();
  const overview = useQuery({
    queryKey: REPORTS_OVERVIEW_KEY,
    queryFn: async () => unwrapResult(await api.getReportsOverview()),
    refetchInterval: 60_000,
  });
  const count = overview.data?.failedDeliveries ?? 0;
  if (count === 0) return null;
  return (
    <p className="notice error" role="status" data-testid="report-failures">
      <button type="button" className="link" onClick={() => go('reports')}>
        {t('reports.screen.failedBanner', { count })}
      </button>
    </p>
  );
}
