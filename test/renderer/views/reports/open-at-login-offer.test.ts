// The Reports screen offers "start with the session" only while a schedule is on, and only where the app answers
// 'shell:get-login-item' (the desktop shell); `serve`'s "not available" hides it.
import { describe, expect, it } from 'vitest';
import type { ReportJobView } from '../../../../src/shared/contract/reports-schemas';
import { openAtLoginOffer } from '../../../../src/renderer/src/views/reports/open-at-login-offer';
import { loginItemUnavailable } from '../../../../src/main/api/login-item-unavailable';

const job = (enabled: boolean) => ({ enabled }) as ReportJobView;

describe('openAtLoginOffer', () => {
  it('shows the choice, ticked as the shell says, when a schedule is on', () => {
    const answer = { ok: true as const, data: { openAtLogin: true } };
    expect(openAtLoginOffer({ jobs: [job(false), job(true)] }, answer)).toEqual({ checked: true });
  });

  it('hides it in the browser (serve answers "not available") and while the answer is pending', () => {
    expect(openAtLoginOffer({ jobs: [job(true)] }, loginItemUnavailable('fr'))).toBeNull();
    expect(openAtLoginOffer({ jobs: [job(true)] }, undefined)).toBeNull();
  });

  it('hides it when no schedule is on', () => {
    expect(openAtLoginOffer({ jobs: [job(false)] }, { ok: true, data: { openAtLogin: false } })).toBeNull();
  });
});
