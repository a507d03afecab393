// The two schedules: on/off, time (and weekday), recipients, with the next run in the company's zone.
import { useState, type FormEvent, type ReactNode } from 'react';
import type { ReportsOverview, ReportsSettingsUpdate } from '../../../../shared/contract/reports-schemas';
import { SettingsField } from '../../components/SettingsField';
import { useAppEnv } from '../../state/app-context';
import { localeOf, weekdayName } from '../../../../shared/format';
import { useReportTexts } from './report-texts';

interface Props {
  overview: ReportsOverview;
  errors: Record<string, string>;
  onSave: (update: ReportsSettingsUpdate) => Promise<void>;
}

export function ScheduleSettings({ overview, errors, onSave }: Props): ReactNode {
  const { rt, catalogue } = useReportTexts();
  const { lang } = useAppEnv();
  const [r, setR] = useState({
    ...overview.reports,
    weekly: { ...overview.reports.weekly, weekday: String(overview.reports.weekly.weekday) },
    catchUpDays: String(overview.reports.catchUpDays),
  });
  const weekdayLabel = (d: number) => weekdayName(lang, d);
  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    await onSave({ reports: r });
  };

  return (
    <form className="reports-section" onSubmit={(e) => void submit(e)} data-testid="schedule-form">
      <h3>{rt('schedulesTitle')}</h3>
      {(['daily', 'weekly'] as const).map((kind) => {
        const job = overview.jobs.find((j) => j.kind === kind);
        const cfg = r[kind];
        const update = (patch: Partial<typeof cfg>) => setR({ ...r, [kind]: { ...cfg, ...patch } });
        return (
          <fieldset key={kind} data-testid={`schedule-${kind}`}>
            <legend>{catalogue[kind].title}</legend>
            <label>
              <input
                type="checkbox"
                checked={cfg.enabled}
                onChange={(e) => update({ enabled: e.target.checked })}
                data-testid={`setting-reports.${kind}.enabled`}
              />{' '}
              {rt('enabled')}
            </label>
            {kind === 'weekly' && (
              <SettingsField
                label={rt('weekday')}
                name="reports.weekly.weekday"
                error={errors['reports.weekly.weekday']}
              >
                {(p) => (
                  <select
                    {...p}
                    value={r.weekly.weekday}
                    onChange={(e) => setR({ ...r, weekly: { ...r.weekly, weekday: e.target.value } })}
                  >
                    {[1, 2, 3, 4, 5, 6, 7].map((d) => (
                      <option key={d} value={String(d)}>
                        {weekdayLabel(d)}
                      </option>
                    ))}
                  </select>
                )}
              </SettingsField>
            )}
            <SettingsField
              label={rt('time')}
              name={`reports.${kind}.time`}
              error={errors[`reports.${kind}.time`]}
            >
              {(p) => <input {...p} value={cfg.time} onChange={(e) => update({ time: e.target.value })} />}
            </SettingsField>
            <SettingsField
              label={rt('recipients')}
              hint={rt('recipientsHelp')}
              name={`reports.${kind}.recipients`}
              error={errors[`reports.${kind}.recipients`]}
            >
              {(p) => (
                <input
                  {...p}
                  value={cfg.recipients}
                  onChange={(e) => update({ recipients: e.target.value })}
                />
              )}
            </SettingsField>
            {kind === 'weekly' && (
              <label>
                <input
                  type="checkbox"
                  checked={r.weekly.attachXlsx}
                  onChange={(e) => setR({ ...r, weekly: { ...r.weekly, attachXlsx: e.target.checked } })}
                  data-testid="setting-reports.weekly.attachXlsx"
                />{' '}
                {rt('attachXlsx')}
              </label>
            )}
            <label>
              <input
                type="checkbox"
                checked={cfg.attachPdf}
                onChange={(e) => update({ attachPdf: e.target.checked })}
                data-testid={`setting-reports.${kind}.attachPdf`}
              />{' '}
              {catalogue.pdf.settingLabel}
            </label>
            {kind === 'weekly' && (
              <label>
                <input
                  type="checkbox"
                  checked={r.weekly.attachXlsxTrips}
                  disabled={!r.weekly.attachXlsx}
                  onChange={(e) => setR({ ...r, weekly: { ...r.weekly, attachXlsxTrips: e.target.checked } })}
                  aria-describedby="attach-xlsx-trips-help"
                  data-testid="setting-reports.weekly.attachXlsxTrips"
                />{' '}
                {rt('attachXlsxTrips')}
                <span className="hint" id="attach-xlsx-trips-help">
                  {' '}
                  {rt('attachXlsxTripsHelp')}
                </span>
              </label>
            )}
            <p className="hint" data-testid={`next-run-${kind}`}>
              {job?.next
                ? rt('nextRun', {
                    at: new Intl.DateTimeFormat(localeOf(lang), {
                      timeZone: job.timeZone,
                      dateStyle: 'full',
                      timeStyle: 'short',
                    }).format(new Date(job.next.at)),
                    zone: job.timeZone,
                    period: job.next.periodKey,
                  })
                : rt('noNextRun')}
              {job?.last
                ? ` · ${rt('lastRun', { period: job.last.periodKey, outcome: outcomeLabel(catalogue, job.last.status) })}`
                : ''}
            </p>
          </fieldset>
        );
      })}
      <SettingsField
        label={rt('catchUpDays')}
        name="reports.catchUpDays"
        error={errors['reports.catchUpDays']}
      >
        {(p) => (
          <input
            {...p}
            inputMode="numeric"
            value={r.catchUpDays}
            onChange={(e) => setR({ ...r, catchUpDays: e.target.value })}
          />
        )}
      </SettingsField>
      <label>
        <input
          type="checkbox"
          checked={r.sendWhenEmpty}
          onChange={(e) => setR({ ...r, sendWhenEmpty: e.target.checked })}
        />{' '}
        {rt('sendWhenEmpty')}
      </label>
      <label>
        <input
          type="checkbox"
          checked={r.holdWhenStale}
          onChange={(e) => setR({ ...r, holdWhenStale: e.target.checked })}
        />{' '}
        {rt('holdWhenStale')}
      </label>
      <SettingsField
        label={rt('dashboardUrl')}
        hint={rt('dashboardUrlHelp')}
        name="reports.dashboardUrl"
        error={errors['reports.dashboardUrl']}
      >
        {(p) => (
          <input
            {...p}
            type="url"
            inputMode="url"
            value={r.dashboardUrl}
            onChange={(e) => setR({ ...r, dashboardUrl: e.target.value })}
          />
        )}
      </SettingsField>
      <div className="view-head">
        <button type="submit" className="primary" data-testid="schedule-save">
          {rt('save')}
        </button>
      </div>
    </form>
  );
}

function outcomeLabel(c: ReturnType<typeof useReportTexts>['catalogue'], status: string): string {
  return (c.outcome as Record<string, string>)[status] ?? status;
}
