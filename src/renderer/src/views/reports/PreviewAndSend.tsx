// A report exactly as e-mailed, in a sandboxed iframe (no script, no same-origin), and "send now".
import { useState, type ReactNode } from 'react';
import type { DeliveryOutcome, ReportPreview } from '../../../../shared/contract/reports-schemas';
import { SettingsField } from '../../components/SettingsField';
import { useAppEnv } from '../../state/app-context';
import { useReportTexts } from './report-texts';

type Kind = 'daily' | 'weekly';

interface Props {
  onPreview: (input: { kind: Kind; periodKey?: string; lang: 'fr' | 'en' }) => Promise<ReportPreview>;
  onSend: (input: { kind: Kind; periodKey?: string; to?: string }) => Promise<DeliveryOutcome>;
}

export function PreviewAndSend({ onPreview, onSend }: Props): ReactNode {
  const { rt, catalogue } = useReportTexts();
  const env = useAppEnv();
  const [kind, setKind] = useState<Kind>('daily');
  const [period, setPeriod] = useState('');
  const [lang, setLang] = useState<'fr' | 'en'>(env.lang);
  const [to, setTo] = useState('');
  const [preview, setPreview] = useState<ReportPreview | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const periodKey = period.trim() || undefined;

  const run = async (fn: () => Promise<void>): Promise<void> => {
    setMessage(null);
    try {
      await fn();
    } catch (err) {
      setMessage({ ok: false, text: err instanceof Error ? err.message : String(err) });
    }
  };

  return (
    <section className="reports-section" data-testid="report-preview">
      <h3>{rt('previewTitle')}</h3>
      <SettingsField label={rt('report')} name="preview.kind">
        {(p) => (
          <select {...p} value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
            <option value="daily">{catalogue.daily.title}</option>
            <option value="weekly">{catalogue.weekly.title}</option>
          </select>
        )}
      </SettingsField>
      <SettingsField label={rt('period')} name="preview.period">
        {(p) => (
          <input
            {...p}
            placeholder={rt('periodPlaceholder')}
            value={period}
            onChange={(e) => setPeriod(e.target.value)}
          />
        )}
      </SettingsField>
      <SettingsField label={rt('language')} name="preview.lang">
        {(p) => (
          <select {...p} value={lang} onChange={(e) => setLang(e.target.value as 'fr' | 'en')}>
            <option value="fr">Français</option>
            <option value="en">English</option>
          </select>
        )}
      </SettingsField>
      <button
        type="button"
        onClick={() => void run(async () => setPreview(await onPreview({ kind, periodKey, lang })))}
        data-testid="preview-show"
      >
        {rt('showPreview')}
      </button>
      <SettingsField label={rt('sendTo')} name="send.to">
        {(p) => <input {...p} value={to} onChange={(e) => setTo(e.target.value)} />}
      </SettingsField>
      <button
        type="button"
        className="primary"
        data-testid="send-now"
        onClick={() =>
          void run(async () => {
            const d = await onSend({ kind, periodKey, ...(to.trim() ? { to } : {}) });
            setMessage({ ok: d.failed === 0 && d.retry === 0, text: rt('sendResult', { ...d }) });
          })
        }
      >
        {rt('sendNow')}
      </button>
      {message && (
        <p
          className={`notice ${message.ok ? 'ok' : 'error'}`}
          role={message.ok ? 'status' : 'alert'}
          data-testid="send-result"
        >
          {message.text}
        </p>
      )}
      {preview && (
        <>
          <p className="hint" data-testid="preview-subject">
            {preview.subject}
          </p>
          <iframe
            title={rt('previewFrame')}
            sandbox=""
            srcDoc={preview.html}
            data-testid="preview-frame"
            style={{
              width: '100%',
              maxWidth: 660,
              height: 900,
              border: '1px solid var(--border, #ccc)',
              background: '#fff',
            }}
          />
        </>
      )}
    </section>
  );
}
