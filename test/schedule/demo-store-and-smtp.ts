// The set-up several schedule tests share: one real SMTP server on 127.0.0.1 for the file (its inbox emptied
// before each test) and, for each test, a fresh store seeded with the demo. `bind` hands both to the test file's
// own variables, so its tests read `t` and `smtp` as before.
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { seedDemo } from '../../src/main/demo/seed-demo';
import { DEFAULT_ANALYTICS_SETTINGS } from '../../src/shared/analytics-types';
import { createTestDb, type TestDb } from '../helpers/test-db';
import { startTestSmtp, type TestSmtp } from '../mail/smtp-test-server';

export interface DemoSeed {
  seed: number;
  days: number;
  endDay: string;
  bookingsPerDay: number;
  now: number;
}

export function useDemoStoreAndSmtp(demo: DemoSeed, bind: (smtp: TestSmtp, t: TestDb) => void): void {
  let smtp: TestSmtp;
  let t: TestDb;
  beforeAll(async () => {
    smtp = await startTestSmtp();
  });
  afterAll(async () => {
    await smtp.stop();
  });
  beforeEach(() => {
    smtp.received.length = 0;
    t = createTestDb();
    seedDemo(t.db, { ...demo, settings: DEFAULT_ANALYTICS_SETTINGS });
    bind(smtp, t);
  });
  afterEach(() => t.dispose());
}
