// The settings a person sees (the Settings screen's `values`, `settings get`) and the origin a saved password is
// bound to: one definition each in src/main/settings, read by the API and the CLI alike.
import { describe, expect, it } from 'vitest';
import {
  defaultSettings,
  savedServerOrigin,
  SETTINGS_LEAVES,
  USER_SETTING_LEAVES,
  userSettingValues,
} from '../../src/main/settings';

describe('user settings', () => {
  it('are every leaf but the app’s own (the window’s position)', () => {
    const internal = SETTINGS_LEAVES.filter((l) => l.meta.internal).map((l) => l.path);
    expect(internal.length).toBeGreaterThan(0);
    expect(USER_SETTING_LEAVES.map((l) => l.path)).toEqual(
      SETTINGS_LEAVES.map((l) => l.path).filter((p) => !internal.includes(p)),
    );
    const values = userSettingValues(defaultSettings());
    expect(Object.keys(values)).toEqual(USER_SETTING_LEAVES.map((l) => l.path));
    expect(values['analytics.timeZone']).toBe('Europe/Zurich');
  });

  it('savedServerOrigin is the configured server’s origin, null on the demo', () => {
    expect(savedServerOrigin({ url: 'https://dispatch.example.ch/api/', email: 'a@b.ch' })).toBe(
      'https://dispatch.example.ch',
    );
    expect(savedServerOrigin({ url: 'https://dispatch.example.ch', email: '' })).toBeNull();
  });
});
