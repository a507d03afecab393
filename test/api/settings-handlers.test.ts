import { afterEach, describe, expect, it } from 'vitest';
import { settingsViewSchema } from '../../src/shared/api-contract';
import { readSettings, serverProfileOf } from '../../src/main/settings';
import type { SettingsChange } from '../../src/main/api/settings-update';
import { createApiFixture, unreachableAnalytics } from './helpers/api-fixture';
import { msg } from '../../src/shared/i18n';

let fixture: ReturnType<typeof createApiFixture>;
afterEach(async () => fixture?.dispose());

describe('settings handlers', () => {
  it('returns defaults without any secret, then a saved profile with hasPassword only', async () => {
    fixture = createApiFixture({ analytics: unreachableAnalytics });
    const first = await fixture.handlers['settings:get-settings'](undefined);
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    expect(settingsViewSchema.parse(first.data)).toEqual(first.data);
    expect(first.data).toMatchObject({
      serverUrl: null,
      email: null,
      hasPassword: false,
      historyDays: 90,
      onTimeThresholdMinutes: 5,
      timeZone: 'Europe/Zurich',
      language: 'fr',
      theme: 'system',
      syncIntervalMinutes: 15,
    });

    const secret = 'S3cr3t-Pa55word!';
    const updated = await fixture.handlers['settings:update-settings']({
      serverUrl: 'https://dispatch.example.ch/',
      email: 'office@example.ch',
      password: secret,
      onTimeThresholdMinutes: 7,
      theme: 'dark',
    });
    expect(updated).toMatchObject({
      ok: true,
      data: {
        ok: true,
        settings: { serverUrl: 'https://dispatch.example.ch', hasPassword: true, theme: 'dark' },
      },
    });
    expect(JSON.stringify(updated)).not.toContain(secret);
    expect(fixture.secretStore.values.get('server-password@https://dispatch.example.ch')).toBe(secret);
    // Never in SQLite, in any table.
    const dump = fixture.store.sqlite.prepare('SELECT value FROM settings').all();
    expect(JSON.stringify(dump)).not.toContain(secret);
    const again = await fixture.handlers['settings:get-settings']({});
    expect(JSON.stringify(again)).not.toContain(secret);
    expect(readSettings(fixture.store.db).analytics.onTimeThresholdMinutes).toBe(7);
  });

  it('answers field errors in the current language and writes nothing', async () => {
    fixture = createApiFixture({ analytics: unreachableAnalytics });
    const bad = await fixture.handlers['settings:update-settings']({
      serverUrl: 'not a url',
      email: 'nobody',
      password: 'x',
      historyDays: 3,
      onTimeThresholdMinutes: 2.5,
      timeZone: 'Europe/Nowhere',
      syncIntervalMinutes: -1,
    });
    expect(bad.ok).toBe(true);
    if (!bad.ok || bad.data.ok) throw new Error('expected field errors');
    expect(Object.keys(bad.data.fieldErrors).sort()).toEqual(
      [
        'email',
        'historyDays',
        'onTimeThresholdMinutes',
        'serverUrl',
        'syncIntervalMinutes',
        'timeZone',
      ].sort(),
    );
    expect(bad.data.fieldErrors.timeZone).toMatch(/Fuseau horaire inconnu/);
    expect(fixture.secretStore.values.size).toBe(0);
    expect(fixture.store.sqlite.prepare('SELECT count(*) AS n FROM settings').get()).toEqual({ n: 0 });

    await fixture.handlers['settings:update-settings']({ language: 'en' });
    const en = await fixture.handlers['settings:update-settings']({ historyDays: 100000 });
    expect(en).toMatchObject({
      ok: true,
      data: { ok: false, fieldErrors: { historyDays: /whole number between 7 and 1830/ } },
    });
  });

  it('refuses plain http to a remote server but accepts it on loopback', async () => {
    fixture = createApiFixture({ analytics: unreachableAnalytics });
    const remote = await fixture.handlers['settings:update-settings']({
      serverUrl: 'http://dispatch.example.ch',
      email: 'a@b.ch',
    });
    expect(remote).toMatchObject({ ok: true, data: { ok: false, fieldErrors: { serverUrl: /https/ } } });
    const local = await fixture.handlers['settings:update-settings']({
      serverUrl: 'http://127.0.0.1:5000',
      email: 'a@b.ch',
      password: 'pw',
    });
    expect(local).toMatchObject({ ok: true, data: { ok: true } });
  });

  it('reports a secret store that refuses to save as a password field error', async () => {
    fixture = createApiFixture({ analytics: unreachableAnalytics, refuseSecrets: 'no keyring (basic_text)' });
    const res = await fixture.handlers['settings:update-settings']({
      serverUrl: 'https://x.example',
      email: 'a@b.ch',
      password: 'pw',
      theme: 'light',
    });
    expect(res).toMatchObject({ ok: true, data: { ok: false, fieldErrors: { password: /basic_text/ } } });
    expect(readSettings(fixture.store.db).ui.theme).toBe('system');
  });

  it('rejects wrong types and unknown fields as a validation error of the call', async () => {
    fixture = createApiFixture({ analytics: unreachableAnalytics });
    for (const input of [{ historyDays: '90' }, { language: 'de' }, { hacker: true }, 'text', [1]]) {
      const res = await fixture.handlers['settings:update-settings'](input);
      expect(res).toMatchObject({ ok: false, error: { kind: 'validation' } });
      if (!res.ok) expect(res.error.message).toMatch(/settings:update-settings/);
    }
    expect(fixture.store.sqlite.prepare('SELECT count(*) AS n FROM settings').get()).toEqual({ n: 0 });
  });

  it('tells the app what changed so it can re-aggregate or re-sync', async () => {
    const changes: SettingsChange[] = [];
    fixture = createApiFixture({
      analytics: unreachableAnalytics,
      onSettingsChanged: (c) => void changes.push(c),
    });
    await fixture.handlers['settings:update-settings']({ onTimeThresholdMinutes: 10 });
    await fixture.handlers['settings:update-settings']({
      serverUrl: 'https://x.example',
      email: 'a@b.ch',
      password: 'pw',
    });
    await fixture.handlers['settings:update-settings']({ serverUrl: null });
    expect(
      changes.map((c) =>
        Object.entries(c)
          .filter(([k, v]) => v && k !== 'sections')
          .map(([k]) => k),
      ),
    ).toEqual([['analytics'], ['server', 'password'], ['server']]);
    expect(changes.map((c) => c.sections)).toEqual([['analytics'], ['server'], ['server']]);
    expect(serverProfileOf(readSettings(fixture.store.db).server)).toBeNull();
  });
});

describe('settings by key (`values`)', () => {
  it('reads every setting by dotted key and takes changes under the same keys, errors keyed alike', async () => {
    fixture = createApiFixture({ analytics: unreachableAnalytics });
    const view = await fixture.handlers['settings:get-settings']({});
    expect(view).toMatchObject({
      ok: true,
      data: { values: { 'sync.windowDays': 14, 'backups.keep': 7, 'analytics.timeZone': 'Europe/Zurich' } },
    });
    if (view.ok) expect(Object.keys(view.data.values)).not.toContain('shell.windowBounds');
    const bad = await fixture.handlers['settings:update-settings']({
      values: { 'sync.windowDays': 0, 'exports.nope': ';' },
      theme: 'dark',
    });
    expect(bad).toMatchObject({
      ok: true,
      data: {
        ok: false,
        fieldErrors: {
          'sync.windowDays': 'Saisissez un nombre entier entre 1 et 365.',
          'exports.nope': /Réglage inconnu/,
        },
      },
    });
    expect(readSettings(fixture.store.db).ui.theme).toBe('system');
    const good = await fixture.handlers['settings:update-settings']({ values: { 'sync.windowDays': 21 } });
    expect(good).toMatchObject({
      ok: true,
      data: { ok: true, settings: { values: { 'sync.windowDays': 21 } } },
    });
    expect(readSettings(fixture.store.db).sync.windowDays).toBe(21);
  });
});

describe('secret backend warning', () => {
  it('follows the UI language', async () => {
    fixture = createApiFixture({ analytics: unreachableAnalytics });
    fixture.secretStore.describe = () => ({
      backend: 'file',
      secure: false,
      warning: msg('secrets.warnings.file', { path: '/data/secrets.json' }),
    });
    expect(await fixture.handlers['settings:get-settings']({})).toMatchObject({
      ok: true,
      data: {
        secretBackend: { backend: 'file', secure: false, warning: /en clair dans \/data\/secrets\.json/ },
      },
    });
    await fixture.handlers['settings:update-settings']({ language: 'en' });
    expect(await fixture.handlers['settings:get-settings']({})).toMatchObject({
      ok: true,
      data: { secretBackend: { warning: /unencrypted in \/data\/secrets\.json/ } },
    });
  });
});
