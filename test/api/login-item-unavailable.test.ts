// Outside the Electron shell (`serve` serves these same handlers), open at login is "not available in the
// browser": one sentence in the user's language and the code the Reports screen hides its checkbox on.
import { afterEach, describe, expect, it } from 'vitest';
import { analyticsServices } from '../../src/main/api/analytics-port';
import { createApiFixture } from './helpers/api-fixture';

let fixture: ReturnType<typeof createApiFixture> | undefined;
afterEach(async () => {
  await fixture?.dispose();
  fixture = undefined;
});

describe('shell:get-login-item / shell:set-login-item outside the desktop app', () => {
  it('answer "not available" and change nothing', async () => {
    fixture = createApiFixture({ analytics: analyticsServices });
    const get = await fixture.handlers['shell:get-login-item'](undefined);
    expect(get).toMatchObject({ ok: false, error: { code: 'not_available' } });
    expect(!get.ok && get.error.message).toMatch(/pas dans le navigateur/);
    const set = await fixture.handlers['shell:set-login-item']({ openAtLogin: true });
    expect(set).toMatchObject({ ok: false, error: { code: 'not_available' } });
  });
});
