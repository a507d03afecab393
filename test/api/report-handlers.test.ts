// The Reports screen's settings update goes through the one settings validation and write: the same messages as
// `settings set`, nothing stored (the SMTP password included) when a field is refused, the change announced so
// the scheduler re-plans.
import { afterEach, describe, expect, it } from 'vitest';
import { updateReportsSettings, type ReportApiContext } from '../../src/main/api/report-handlers';
import { createFileSecretStore } from '../../src/main/secrets/file-secret-store';
import { smtpPasswordKey } from '../../src/main/secrets/smtp-password';
import { readSettings, type SettingsChange } from '../../src/main/settings';
import { createTestDb, type TestDb } from '../helpers/test-db';

let t: TestDb | undefined;
afterEach(() => {
  t?.dispose();
  t = undefined;
});

function context(changes: SettingsChange[]): ReportApiContext {
  t = createTestDb();
  return {
    db: t.db,
    now: () => Date.UTC(2026, 2, 15, 10, 0),
    secretStore: createFileSecretStore({ dataDir: t.dir }),
    onSettingsChanged: (change) => void changes.push(change),
  };
}

describe('reports:update-settings', () => {
  it('refuses bad fields with the settings messages and stores nothing, the password included', async () => {
    const changes: SettingsChange[] = [];
    const ctx = context(changes);
    const res = await updateReportsSettings(
      ctx,
      {
        mail: { host: 'smtp.example.ch', port: 'abc' },
        reports: { daily: { time: '25:00', recipients: 'chef@example, x' } },
        password: 's3cret',
      },
      'fr',
    );
    expect(res.saved).toBe(false);
    expect(res.errors).toEqual([
      { field: 'mail.port', message: 'Port de 1 à 65535 (465 pour tls, 587 pour starttls).' },
      { field: 'reports.daily.time', message: 'Heure au format HH:MM (ex. 08:00).' },
      {
        field: 'reports.daily.recipients',
        message: 'Adresses séparées par des virgules, chacune éventuellement suivie de :fr ou :en.',
      },
    ]);
    expect(readSettings(ctx.db).mail.host).toBe('');
    expect(
      await ctx.secretStore.get(smtpPasswordKey({ host: 'smtp.example.ch', port: 587, user: '' })),
    ).toBeNull();
    expect(changes).toEqual([]);
  });

  it('saves the screen’s values (port as typed) and the password, and announces the change', async () => {
    const changes: SettingsChange[] = [];
    const ctx = context(changes);
    const res = await updateReportsSettings(
      ctx,
      {
        mail: { host: 'smtp.example.ch', port: '465', security: 'tls', from: 'rapports@example.ch' },
        reports: { weekly: { enabled: true, weekday: '5' }, catchUpDays: 3 },
        password: 's3cret',
      },
      'en',
    );
    expect(res.errors).toEqual([]);
    expect(res.saved).toBe(true);
    const s = readSettings(ctx.db);
    expect(s.mail).toMatchObject({ host: 'smtp.example.ch', port: 465, security: 'tls' });
    expect(s.reports.weekly).toMatchObject({ enabled: true, weekday: 5, time: '09:00' });
    expect(s.reports.catchUpDays).toBe(3);
    expect(res.overview.mail.passwordSet).toBe(true);
    expect(res.overview.jobs.find((j) => j.kind === 'weekly')?.weekday).toBe(5);
    // Bound to the server it was saved for (host, port, user).
    expect(await ctx.secretStore.get(smtpPasswordKey({ host: 'smtp.example.ch', port: 465, user: '' }))).toBe(
      's3cret',
    );
    expect(changes.map((c) => c.sections.sort())).toEqual([['mail', 'reports']]);
  });
});
