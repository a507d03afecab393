// SMTP settings with the write-only password and the "send a test e-mail" button.
import { useState, type FormEvent, type ReactNode } from 'react';
import type { ReportsOverview, ReportsSettingsUpdate } from '../../../../shared/contract/reports-schemas';
import { SettingsField } from '../../components/SettingsField';
import { useReportTexts } from './report-texts';

interface Props {
  overview: ReportsOverview;
  errors: Record<string, string>;
  onSave: (update: ReportsSettingsUpdate) => Promise<void>;
  onTest: (to: string) => Promise<string>;
}

export function SmtpSettings({ overview, errors, onSave, onTest }: Props): ReactNode {
  const { rt } = useReportTexts();
  const [mail, setMail] = useState({ ...overview.mail, port: String(overview.mail.port) });
  const [password, setPassword] = useState('');
  const [testTo, setTestTo] = useState('');
  const [testResult, setTestResult] = useState<{ ok: boolean; text: string } | null>(null);
  const set = (k: keyof typeof mail) => (e: { target: { value: string } }) =>
    setMail({ ...mail, [k]: e.target.value });

  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    const { passwordSet: _unused, ...fields } = mail;
    await onSave({ mail: fields, ...(password ? { password } : {}) });
    setPassword('');
  };
  const test = async (): Promise<void> => {
    setTestResult(null);
    try {
      setTestResult({ ok: true, text: rt('testSent', { response: await onTest(testTo) }) });
    } catch (err) {
      setTestResult({ ok: false, text: err instanceof Error ? err.message : String(err) });
    }
  };

  return (
    <form className="reports-section" onSubmit={(e) => void submit(e)} data-testid="smtp-form">
      <h3>{rt('smtpTitle')}</h3>
      <p className="hint">{rt('providerHelp')}</p>
      <SettingsField label={rt('host')} name="mail.host" error={errors['mail.host']}>
        {(p) => <input {...p} value={mail.host} onChange={set('host')} />}
      </SettingsField>
      <SettingsField label={rt('port')} name="mail.port" error={errors['mail.port']}>
        {(p) => <input {...p} inputMode="numeric" value={mail.port} onChange={set('port')} />}
      </SettingsField>
      <SettingsField label={rt('security')} name="mail.security" error={errors['mail.security']}>
        {(p) => (
          <select {...p} value={mail.security} onChange={set('security')}>
            <option value="tls">{rt('securityTls')}</option>
            <option value="starttls">{rt('securityStarttls')}</option>
            <option value="none">{rt('securityNone')}</option>
          </select>
        )}
      </SettingsField>
      <SettingsField label={rt('user')} name="mail.user" error={errors['mail.user']}>
        {(p) => <input {...p} autoComplete="off" value={mail.user} onChange={set('user')} />}
      </SettingsField>
      <SettingsField label={rt('from')} name="mail.from" error={errors['mail.from']}>
        {(p) => <input {...p} type="email" value={mail.from} onChange={set('from')} />}
      </SettingsField>
      <SettingsField
        label={rt('password')}
        name="mail.password"
        error={errors['mail.password']}
        hint={overview.mail.passwordSet ? rt('passwordSet') : rt('passwordUnset')}
      >
        {(p) => (
          <input
            {...p}
            type="password"
            autoComplete="new-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        )}
      </SettingsField>
      <div className="view-head">
        <button type="submit" className="primary" data-testid="smtp-save">
          {rt('save')}
        </button>
      </div>
      <SettingsField label={rt('testTo')} name="mail.testTo">
        {(p) => <input {...p} type="email" value={testTo} onChange={(e) => setTestTo(e.target.value)} />}
      </SettingsField>
      <button type="button" onClick={() => void test()} data-testid="smtp-test">
        {rt('sendTest')}
      </button>
      {testResult && (
        <p
          className={`notice ${testResult.ok ? 'ok' : 'error'}`}
          role={testResult.ok ? 'status' : 'alert'}
          data-testid="smtp-test-result"
        >
          {testResult.text}
        </p>
      )}
    </form>
  );
}
