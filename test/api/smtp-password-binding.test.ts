// The Reports screen and the SMTP password's binding (host, port, user): a change of the server or the user asks
// for the password again, next to the password field, and nothing is saved; with the password it goes through,
// saved for the new account only. The screen shows "password set" only for the account it shows.
import { afterEach, describe, expect, it } from 'vitest';
import {
  reportsOverview,
  updateReportsSettings,
  type ReportApiContext,
} from '../../src/main/api/report-handlers';
import { createFileSecretStore } from '../../src/main/secrets/file-secret-store';
import { smtpPasswordKey } from '../../src/main/secrets/smtp-password';
import { readSettings } from '../../src/main/settings';
import { createTestDb, type TestDb } from '../helpers/test-db';

let t: TestDb | undefined;
afterEach(() => {
  t?.dispose();
  t = undefined;
});

function context(): ReportApiContext {
  t = createTestDb();
  return {
    db: t.db,
    now: () => Date.UTC(2026, 2, 15, 10, 0),
    secretStore: createFileSecretStore({ dataDir: t.dir }),
  };
}

const gmail = {
  host: 'smtp.gmail.com',
  port: '587',
  security: 'starttls',
  user: 'ops@example.ch',
  from: 'ops@example.ch',
};

describe('reports:update-settings and the SMTP password', () => {
  it('asks for the password again when only the host and port change, and saves nothing', async () => {
    const ctx = context();
    expect((await updateReportsSettings(ctx, { mail: gmail, password: 'gmail-app-pw' }, 'en')).saved).toBe(
      true,
    );
    const moved = await updateReportsSettings(
      ctx,
      { mail: { host: 'mail.other.example', port: '25' } },
      'en',
    );
    expect(moved.saved).toBe(false);
    expect(moved.errors).toEqual([
      {
        field: 'mail.password',
        message:
          'New SMTP server or user (ops@example.ch on mail.other.example:25): enter its password. The saved password stays bound to smtp.gmail.com:587 and is never sent to another server.',
      },
    ]);
    expect(readSettings(ctx.db).mail).toMatchObject({ host: 'smtp.gmail.com', port: 587 });
    expect(moved.overview.mail.passwordSet).toBe(true);
  });

  it('takes the new server’s password with the change, bound to it; the old one stays with the old server', async () => {
    const ctx = context();
    await updateReportsSettings(ctx, { mail: gmail, password: 'gmail-app-pw' }, 'fr');
    const moved = await updateReportsSettings(
      ctx,
      { mail: { host: 'mail.other.example', port: '465', security: 'tls' }, password: 'other-pw' },
      'fr',
    );
    expect(moved.errors).toEqual([]);
    expect(moved.saved).toBe(true);
    const store = ctx.secretStore;
    expect(
      await store.get(smtpPasswordKey({ host: 'mail.other.example', port: 465, user: 'ops@example.ch' })),
    ).toBe('other-pw');
    expect(
      await store.get(smtpPasswordKey({ host: 'smtp.gmail.com', port: 587, user: 'ops@example.ch' })),
    ).toBe('gmail-app-pw');
  });

  it('a change of user is a change of account too; a legacy password is bound to the saved account first', async () => {
    const ctx = context();
    await updateReportsSettings(ctx, { mail: gmail }, 'fr');
    // What an older version left: one password, bound to nothing.
    await ctx.secretStore.set('smtp-password', 'legacy-pw');
    const otherUser = await updateReportsSettings(ctx, { mail: { user: 'someone@example.ch' } }, 'fr');
    expect(otherUser.saved).toBe(false);
    expect(otherUser.errors.map((e) => e.field)).toEqual(['mail.password']);
    expect(await ctx.secretStore.get('smtp-password')).toBeNull();
    expect(
      await ctx.secretStore.get(
        smtpPasswordKey({ host: 'smtp.gmail.com', port: 587, user: 'ops@example.ch' }),
      ),
    ).toBe('legacy-pw');
    expect((await reportsOverview(ctx)).mail.passwordSet).toBe(true);
  });
});
