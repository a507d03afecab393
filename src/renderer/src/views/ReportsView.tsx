// « Rapports / Reports »: SMTP settings and test, the schedules with their next run, a preview exactly as sent,
// "send now", and the delivery history with "resend".
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import type { ReportsSettingsUpdate } from '../../../shared/contract/reports-schemas';
import { unwrapResult } from '../../../shared/contract/dispatch-api';
import { useApi } from '../api/api-context';
import { REPORTS_OVERVIEW_KEY } from '../components/ReportFailuresNotice';
import { DeliveryHistory } from './reports/DeliveryHistory';
import { OpenAtLoginChoice } from './reports/OpenAtLoginChoice';
import { PreviewAndSend } from './reports/PreviewAndSend';
import { ScheduleSettings } from './reports/ScheduleSettings';
import { SmtpSettings } from './reports/SmtpSettings';
import { useReportTexts } from './reports/report-texts';

const OVERVIEW_KEY = REPORTS_OVERVIEW_KEY;

export function ReportsView(): ReactNode {
  const api = useApi();
  const client = useQueryClient();
  const { rt } = useReportTexts();
  const overview = useQuery({
    queryKey: OVERVIEW_KEY,
    queryFn: async () => unwrapResult(await api.getReportsOverview()),
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const [warning, setWarning] = useState<string | null>(null);
  const refresh = () => client.invalidateQueries({ queryKey: OVERVIEW_KEY });

  const save = async (update: ReportsSettingsUpdate): Promise<void> => {
    setSaved(false);
    const res = unwrapResult(await api.updateReportsSettings(update));
    setErrors(Object.fromEntries(res.errors.map((e) => [e.field, e.message])));
    setSaved(res.saved);
    setWarning(res.warning ?? null);
    client.setQueryData(OVERVIEW_KEY, res.overview);
  };

  if (!overview.data) return <p className="hint">…</p>;
  return (
    <div className="reports-view" data-testid="view-reports">
      <div className="view-head">
        <h2>{rt('tab')}</h2>
      </div>
      {saved && (
        <p className="notice ok" role="status" data-testid="reports-saved">
          {rt('saved')}
        </p>
      )}
      {warning && (
        <p className="notice warn" role="alert" data-testid="reports-pdf-warning">
          {warning}
        </p>
      )}
      <SmtpSettings
        overview={overview.data}
        errors={errors}
        onSave={save}
        onTest={async (to) => unwrapResult(await api.sendTestEmail({ to })).response}
      />
      <ScheduleSettings
        key={JSON.stringify(overview.data.reports)}
        overview={overview.data}
        errors={errors}
        onSave={save}
      />
      <OpenAtLoginChoice overview={overview.data} />
      <PreviewAndSend
        onPreview={async (input) => unwrapResult(await api.previewReport(input))}
        onSend={async (input) => {
          try {
            return unwrapResult(await api.sendReportNow(input));
          } finally {
            void refresh();
          }
        }}
      />
      <DeliveryHistory
        rows={overview.data.history}
        onResend={(id) => void api.resendDelivery({ id }).finally(() => void refresh())}
      />
    </div>
  );
}
