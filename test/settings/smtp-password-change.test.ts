// The SMTP password through a change of the mail settings: it stays bound to the account (host, port, user) it was
// saved for. A change that moves to another account with no password asks for it (else the reports fail later,
// or the old server's password goes to the new one); a password given with the change is saved for the new account.
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { applySettingsPatch, readSettings } from '../../src/main/settings';
import { createFileSecretStore } from '../../src/main/secrets/file-secret-store';
import { serverPasswords } from '../../src/main/secrets/server-password';
import { smtpPasswordKey, smtpPasswords } from '../../src/main/secrets/smtp-password';
import { createTestDb, type TestDb } from '../helpers/test-db';

let t: TestDb | undefined;
let secretsDir: string | undefined;
afterEach(() => {
  t?.dispose();
  t = undefined;
  if (secretsDir) rmSync(secretsDir, { recursive: true, force: true });
  secretsDir = undefined;
});

const GMAIL = { host: 'smtp.gmail.com', port: 587, user: 'ops@example.ch' };
const OTHER = { host: 'mail.other.example', port: 465, user: 'ops@example.ch' };
const mailPatch = (a: { host: string; port: number; user: string }) => ({
  'mail.host': a.host,
  'mail.port': a.port,
  'mail.user': a.user,
});

function setup() {
  t = createTestDb();
  secretsDir = mkdtempSync(join(tmpdir(), 'da-smtp-secrets-'));
  const store = createFileSecretStore({ dataDir: secretsDir });
  const deps = {
    db: t.db,
    passwords: serverPasswords(store),
    smtpPasswords: smtpPasswords(store),
    now: 1,
    lang: 'fr' as const,
  };
  const secrets = (): Record<string, string> => {
    try {
      return JSON.parse(readFileSync(store.path, 'utf8')) as Record<string, string>;
    } catch {
      return {};
    }
  };
  return { db: t.db, deps, store, secrets };
}

describe('SMTP password with a change of the mail settings', () => {
  it('a password given with the change is saved for the account the change names', async () => {
    const s = setup();
    const r = await applySettingsPatch(s.deps, mailPatch(GMAIL), { smtpPassword: 'pw-gmail' });
    expect(r.ok).toBe(true);
    expect(s.secrets()).toEqual({ [smtpPasswordKey(GMAIL)]: 'pw-gmail' });
    expect(readSettings(s.db).mail).toMatchObject(GMAIL);
  });

  it('a password with no mail server to bind it to is refused, nothing saved', async () => {
    const s = setup();
    expect(await applySettingsPatch(s.deps, { 'mail.user': 'ops' }, { smtpPassword: 'pw' })).toEqual({
      ok: false,
      errors: { 'mail.host': { key: 'settings.errors.required' } },
    });
    expect(s.secrets()).toEqual({});
    expect(readSettings(s.db).mail.user).toBe('');
  });

  it('moving to another account without its password asks for it, naming both, and writes nothing', async () => {
    const s = setup();
    await applySettingsPatch(s.deps, mailPatch(GMAIL), { smtpPassword: 'pw-gmail' });
    const r = await applySettingsPatch(s.deps, mailPatch(OTHER));
    expect(r).toEqual({
      ok: false,
      errors: {
        'mail.password': {
          key: 'settings.errors.smtpPasswordForNewAccount',
          params: {
            user: 'ops@example.ch',
            server: 'mail.other.example:465',
            old: 'smtp.gmail.com:587',
          },
        },
      },
    });
    expect(readSettings(s.db).mail).toMatchObject(GMAIL);
    // Another user on the same server is another account too.
    expect((await applySettingsPatch(s.deps, { 'mail.user': 'boss@example.ch' })).ok).toBe(false);
  });

  it('lets the change through when nothing is lost: same account, new account already known, no old password, no user', async () => {
    const s = setup();
    await applySettingsPatch(s.deps, mailPatch(GMAIL), { smtpPassword: 'pw-gmail' });
    // Same account written differently (host case): the same password.
    expect((await applySettingsPatch(s.deps, { 'mail.host': 'SMTP.gmail.com' })).ok).toBe(true);
    await s.store.set(smtpPasswordKey(OTHER), 'pw-other');
    expect((await applySettingsPatch(s.deps, mailPatch(OTHER))).ok).toBe(true);
    // A relay with no login needs no password.
    expect((await applySettingsPatch(s.deps, { 'mail.host': 'relay.example', 'mail.user': '' })).ok).toBe(
      true,
    );

    const fresh = setup();
    await applySettingsPatch(fresh.deps, mailPatch(GMAIL));
    expect((await applySettingsPatch(fresh.deps, mailPatch(OTHER))).ok).toBe(true);
  });

  it('asks nothing when the change forgets the password or removes the mail server', async () => {
    const s = setup();
    await applySettingsPatch(s.deps, mailPatch(GMAIL), { smtpPassword: 'pw-gmail' });
    expect((await applySettingsPatch(s.deps, mailPatch(OTHER), { smtpPassword: null })).ok).toBe(true);
    expect(readSettings(s.db).mail).toMatchObject(OTHER);

    const other = setup();
    await applySettingsPatch(other.deps, mailPatch(GMAIL), { smtpPassword: 'pw-gmail' });
    expect((await applySettingsPatch(other.deps, { 'mail.host': '' })).ok).toBe(true);
    expect(readSettings(other.db).mail.host).toBe('');
  });

  it('an older version’s unbound password is bound to the account saved before the change', async () => {
    const s = setup();
    await applySettingsPatch(s.deps, mailPatch(GMAIL));
    await s.store.set('smtp-password', 'legacy');
    const r = await applySettingsPatch(s.deps, mailPatch(OTHER));
    expect(r.ok).toBe(false);
    expect(s.secrets()).toEqual({ [smtpPasswordKey(GMAIL)]: 'legacy' });
  });

  it('an empty or null password forgets the named account’s password', async () => {
    for (const given of ['', null]) {
      const s = setup();
      await applySettingsPatch(s.deps, mailPatch(GMAIL), { smtpPassword: 'pw-gmail' });
      expect((await applySettingsPatch(s.deps, {}, { smtpPassword: given })).ok).toBe(true);
      expect(s.secrets(), String(given)).toEqual({});
      t?.dispose();
      t = undefined;
    }
  });

  it('a refusing secret store is a field error in the reader’s language, and nothing is written', async () => {
    const s = setup();
    writeFileSync(s.store.path, '{}');
    chmodSync(s.store.path, 0o644);
    const r = await applySettingsPatch(s.deps, mailPatch(GMAIL), { smtpPassword: 'pw' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors['mail.password']?.key).toBe('settings.errors.insecureSecrets');
    expect(String(r.errors['mail.password']?.params?.detail)).toMatch(/lisible par d’autres utilisateurs/);
    expect(readSettings(s.db).mail.host).toBe('');
  });
});
