// applySettingsPatch, the one writer behind the Settings screen, the Reports screen and `settings set`: a password
// stays with the server (or SMTP account) it was saved for, nothing is written when anything is refused, and the
// change says exactly which parts moved (so the app re-aggregates, re-syncs or reschedules only then). Real SQLite
// file, real 0600 secrets file.
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { applySettingsPatch, readSettings } from '../../src/main/settings';
import { createFileSecretStore } from '../../src/main/secrets/file-secret-store';
import { serverPasswords } from '../../src/main/secrets/server-password';
import { smtpPasswords } from '../../src/main/secrets/smtp-password';
import { getEnabledAt } from '../../src/main/store/repos/job-runs-repo';
import { createTestDb, type TestDb } from '../helpers/test-db';

const NOW = Date.UTC(2026, 2, 2, 9, 0);
let t: TestDb | undefined;
let secretsDir: string | undefined;
afterEach(() => {
  t?.dispose();
  t = undefined;
  if (secretsDir) rmSync(secretsDir, { recursive: true, force: true });
  secretsDir = undefined;
});

function setup() {
  t = createTestDb();
  secretsDir = mkdtempSync(join(tmpdir(), 'da-secrets-'));
  const store = createFileSecretStore({ dataDir: secretsDir });
  const deps = {
    db: t.db,
    passwords: serverPasswords(store),
    smtpPasswords: smtpPasswords(store),
    now: NOW,
    lang: 'en' as const,
  };
  const secrets = (): Record<string, string> => {
    try {
      return JSON.parse(readFileSync(store.path, 'utf8')) as Record<string, string>;
    } catch {
      return {};
    }
  };
  const rows = () => t!.sqlite.prepare('SELECT key FROM settings ORDER BY key').all() as { key: string }[];
  return { db: t.db, deps, store, secrets, rows };
}

const SERVER_A = { 'server.url': 'https://a.example/api/v1', 'server.email': 'office@example.ch' };

describe('server password', () => {
  it('is saved for the origin of the address the settings will name, then the server is written', async () => {
    const s = setup();
    const r = await applySettingsPatch(s.deps, SERVER_A, { password: 'pw-a' });
    expect(r.ok).toBe(true);
    expect(s.secrets()).toEqual({ 'server-password@https://a.example': 'pw-a' });
    expect(readSettings(s.db).server).toEqual({ url: 'https://a.example', email: 'office@example.ch' });
    if (r.ok) expect(r.change).toMatchObject({ server: true, password: true, sections: ['server'] });
  });

  it('a new origin without its password is refused and nothing is written; with a saved one it goes through', async () => {
    const s = setup();
    await applySettingsPatch(s.deps, SERVER_A, { password: 'pw-a' });
    const refused = await applySettingsPatch(s.deps, { 'server.url': 'https://b.example:8443' });
    expect(refused).toEqual({
      ok: false,
      errors: {
        password: {
          key: 'settings.errors.passwordForNewServer',
          params: { origin: 'https://b.example:8443' },
        },
      },
    });
    expect(readSettings(s.db).server.url).toBe('https://a.example');

    // Same origin, another path: still the same server, its password is kept.
    expect((await applySettingsPatch(s.deps, { 'server.url': 'https://a.example/dispatch' })).ok).toBe(true);

    await s.store.set('server-password@https://b.example:8443', 'pw-b');
    const known = await applySettingsPatch(s.deps, { 'server.url': 'https://b.example:8443' });
    expect(known.ok).toBe(true);
    if (known.ok) expect(known.change).toMatchObject({ server: true, password: false });
    expect(s.secrets()).toEqual({
      'server-password@https://a.example': 'pw-a',
      'server-password@https://b.example:8443': 'pw-b',
    });
  });

  it('an empty or null password forgets the one of the server named; a password without a server is refused', async () => {
    const s = setup();
    await applySettingsPatch(s.deps, SERVER_A, { password: 'pw-a' });
    await s.store.set('server-password@https://c.example', 'pw-c');
    expect((await applySettingsPatch(s.deps, {}, { password: '' })).ok).toBe(true);
    expect(s.secrets()).toEqual({ 'server-password@https://c.example': 'pw-c' });
    // null for a new origin: nothing to ask for, the change goes through and that origin's password is forgotten.
    const moved = await applySettingsPatch(s.deps, { 'server.url': 'https://c.example' }, { password: null });
    expect(moved.ok).toBe(true);
    expect(s.secrets()).toEqual({});
    const unknown = await applySettingsPatch(
      s.deps,
      { 'server.url': 'https://d.example' },
      { password: null },
    );
    expect(unknown.ok).toBe(true);
    // Same server without a saved password: another e-mail is not a new server, nothing is asked.
    expect((await applySettingsPatch(s.deps, { 'server.email': 'boss@example.ch' })).ok).toBe(true);
    // Back to the demo: no server, no password to ask for.
    const demoAgain = await applySettingsPatch(s.deps, { 'server.url': '' });
    expect(demoAgain.ok).toBe(true);
    expect(readSettings(s.db).server).toEqual({ url: null, email: null });

    const demo = setup();
    expect(await applySettingsPatch(demo.deps, {}, { password: 'pw' })).toEqual({
      ok: false,
      errors: { 'server.url': { key: 'settings.errors.required' } },
    });
    expect(demo.secrets()).toEqual({});
  });

  it('a secret store that refuses keeps every setting unwritten and says why in the reader’s language', async () => {
    const s = setup();
    writeFileSync(s.store.path, '{}');
    chmodSync(s.store.path, 0o644);
    const r = await applySettingsPatch(s.deps, { ...SERVER_A, 'sync.historyDays': 30 }, { password: 'pw' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.password?.key).toBe('settings.errors.insecureSecrets');
    expect(String(r.errors.password?.params?.detail)).toMatch(/readable by other users.*chmod 600/);
    expect(s.rows()).toEqual([]);
  });

  it('a store that fails without a sentence of its own passes its error text on', async () => {
    const s = setup();
    // The data folder is a file: every read of the secrets fails with the system's error.
    const notADir = join(secretsDir!, 'plain-file');
    writeFileSync(notADir, 'x');
    const { db, now, lang } = s.deps;
    const deps = { db, now, lang, passwords: serverPasswords(createFileSecretStore({ dataDir: notADir })) };
    const r = await applySettingsPatch(deps, SERVER_A, { password: 'pw' });
    expect(r).toMatchObject({ ok: false, errors: { password: { key: 'settings.errors.insecureSecrets' } } });
    if (!r.ok) expect(String(r.errors.password?.params?.detail)).toMatch(/^ENOTDIR: not a directory/);
    expect(s.rows()).toEqual([]);
  });
});

describe('a refused change', () => {
  it('touches no secret: an older version’s SMTP password stays unbound, no server password is asked', async () => {
    const s = setup();
    await applySettingsPatch(s.deps, { 'mail.host': 'smtp.gmail.com', 'mail.user': 'ops' });
    await s.store.set('smtp-password', 'legacy');
    const r = await applySettingsPatch(s.deps, {
      'sync.historyDays': 3,
      'server.url': 'https://a.example',
      'server.email': 'a@b.ch',
    });
    expect(r).toEqual({
      ok: false,
      errors: {
        'sync.historyDays': { key: 'settings.errors.integerRange', params: { min: 7, max: 1830 } },
      },
    });
    expect(s.secrets()).toEqual({ 'smtp-password': 'legacy' });
  });
});

describe('a change that names no password', () => {
  it('keeps the saved SMTP password', async () => {
    const s = setup();
    await applySettingsPatch(
      s.deps,
      { 'mail.host': 'smtp.gmail.com', 'mail.user': 'ops' },
      { smtpPassword: 'pw' },
    );
    expect((await applySettingsPatch(s.deps, { 'ui.theme': 'dark' })).ok).toBe(true);
    expect(Object.values(s.secrets())).toEqual(['pw']);
  });
});

describe('the change a patch makes', () => {
  it('names each part that moved, and only those', async () => {
    const s = setup();
    const none = await applySettingsPatch(s.deps, { 'sync.historyDays': 90 });
    expect(none).toMatchObject({
      ok: true,
      change: {
        server: false,
        password: false,
        analytics: false,
        insightThresholds: false,
        sync: false,
        ui: false,
        shell: false,
        sections: [],
      },
    });
    expect(s.rows()).toEqual([]);

    const cases: [Record<string, unknown>, string, string][] = [
      [{ 'analytics.onTimeThresholdMinutes': 8 }, 'analytics', 'analytics'],
      [{ 'analytics.timeZone': 'Europe/London' }, 'analytics', 'analytics'],
      [{ 'analytics.insightThresholds.trendMinDays': 9 }, 'insightThresholds', 'analytics'],
      [{ 'sync.concurrency': 2 }, 'sync', 'sync'],
      [{ 'ui.theme': 'dark' }, 'ui', 'ui'],
      [{ 'shell.syncFailingNoticeMinutes': 60 }, 'shell', 'shell'],
    ];
    for (const [patch, flag, section] of cases) {
      const r = await applySettingsPatch(s.deps, patch);
      if (!r.ok) throw new Error(JSON.stringify(r.errors));
      const raised = Object.entries(r.change)
        .filter(([, v]) => v === true)
        .map(([k]) => k);
      expect(raised, JSON.stringify(patch)).toEqual([flag]);
      expect(r.change.sections).toEqual([section]);
    }
    const mail = await applySettingsPatch(s.deps, { 'exports.csvDecimal': '.', 'backups.keep': 3 });
    expect(mail.ok && mail.change.sections).toEqual(['backups', 'exports']);
    expect(s.rows().map((r) => r.key)).toEqual(['analytics', 'backups', 'exports', 'shell', 'sync', 'ui']);
    expect(readSettings(s.db).analytics).toMatchObject({
      onTimeThresholdMinutes: 8,
      timeZone: 'Europe/London',
    });
  });
});

describe('scheduled report switches', () => {
  it('are stamped when switched on, forgotten when switched off, untouched otherwise', async () => {
    const s = setup();
    await applySettingsPatch(s.deps, { 'reports.daily.enabled': true });
    expect(getEnabledAt(s.db, 'report.daily')).toBe(NOW);
    expect(getEnabledAt(s.db, 'report.weekly')).toBeNull();

    await applySettingsPatch({ ...s.deps, now: NOW + 60_000 }, { 'reports.daily.time': '07:00' });
    expect(getEnabledAt(s.db, 'report.daily')).toBe(NOW);

    await applySettingsPatch({ ...s.deps, now: NOW + 120_000 }, { 'reports.weekly.enabled': true });
    expect(getEnabledAt(s.db, 'report.weekly')).toBe(NOW + 120_000);
    expect(getEnabledAt(s.db, 'report.daily')).toBe(NOW);

    await applySettingsPatch(s.deps, { 'reports.daily.enabled': false });
    expect(getEnabledAt(s.db, 'report.daily')).toBeNull();
    expect(getEnabledAt(s.db, 'report.weekly')).toBe(NOW + 120_000);
  });
});
