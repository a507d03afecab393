// The Reports screen (reports:update-settings) stamps a schedule's enablement when it is saved, as `settings set`
// does (test/cli/schedule-enable-first-report.test.ts): the first report after switching on is due at once.
import { afterEach, describe, expect, it } from 'vitest';
import { updateReportsSettings } from '../../src/main/api/report-handlers';
import { createFileSecretStore } from '../../src/main/secrets/file-secret-store';
import { getEnabledAt } from '../../src/main/store/repos/job-runs-repo';
import { createTestDb, type TestDb } from '../helpers/test-db';

let t: TestDb | undefined;
afterEach(() => {
  t?.dispose();
  t = undefined;
});

describe('reports:update-settings and the schedule’s enablement', () => {
  it('switched on: stamped at the save; switched off: forgotten', async () => {
    t = createTestDb();
    const clock = { now: Date.parse('2026-03-02T12:00:00+01:00') };
    const ctx = {
      db: t.db,
      now: () => clock.now,
      secretStore: createFileSecretStore({ dataDir: t.dir }),
      onSettingsChanged: () => {},
    };
    const on = await updateReportsSettings(
      ctx,
      { reports: { weekly: { enabled: true, recipients: 'chef@example.ch' } } },
      'fr',
    );
    expect(on.saved).toBe(true);
    expect(getEnabledAt(t.db, 'report.weekly')).toBe(clock.now);
    expect(getEnabledAt(t.db, 'report.daily')).toBeNull();

    clock.now += 60_000;
    await updateReportsSettings(ctx, { reports: { weekly: { enabled: false } } }, 'fr');
    expect(getEnabledAt(t.db, 'report.weekly')).toBeNull();
  });
});
