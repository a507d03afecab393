import { describe, expect, it } from 'vitest';
import { defaultSettings, settingsMessageText, validatePatch } from '../../src/main/settings';

describe('validatePatch', () => {
  it('takes good values, normalised, and names every wrong field with a catalogue key and its bounds', () => {
    const base = defaultSettings();
    const ok = validatePatch(base, {
      'sync.historyDays': 30,
      'server.url': ' https://atmr.example.ch/api/v1/ ',
      'server.email': 'office@example.ch',
      'analytics.insightThresholds.patternDayShare': 0.25,
    });
    expect(ok.errors).toEqual({});
    expect(ok.next.sync.historyDays).toBe(30);
    expect(ok.next.server).toEqual({ url: 'https://atmr.example.ch', email: 'office@example.ch' });
    expect(ok.next.analytics.insightThresholds.patternDayShare).toBe(0.25);
    expect(base.sync.historyDays).toBe(90);

    const bad = validatePatch(base, {
      'sync.historyDays': 3,
      'analytics.onTimeThresholdMinutes': 2.5,
      'analytics.timeZone': 'Mars/Olympus',
      'ui.theme': 'blue',
      'shell.keepRunningInTray': 'yes',
      'shell.windowBounds': { width: 10, height: 10 },
      'sync.nope': 1,
      'server.url': 'http://remote.example',
    });
    expect(bad.errors).toEqual({
      'sync.historyDays': { key: 'settings.errors.integerRange', params: { min: 7, max: 1830 } },
      'analytics.onTimeThresholdMinutes': {
        key: 'settings.errors.integerRange',
        params: { min: 0, max: 120 },
      },
      'analytics.timeZone': { key: 'settings.errors.badZone' },
      'ui.theme': { key: 'settings.errors.badChoice', params: { choices: 'light, dark, system' } },
      'shell.keepRunningInTray': { key: 'settings.errors.notBoolean' },
      'shell.windowBounds': { key: 'settings.errors.notEditable', params: { key: 'shell.windowBounds' } },
      'sync.nope': { key: 'settings.errors.unknownKey', params: { key: 'sync.nope' } },
      'server.url': { key: 'settings.errors.httpsRequired' },
    });
    expect(settingsMessageText('fr', bad.errors['sync.historyDays']!)).toBe(
      'Saisissez un nombre entier entre 7 et 1830.',
    );
    expect(settingsMessageText('en', bad.errors['ui.theme']!)).toBe(
      'Invalid value: choose one of light, dark, system.',
    );
  });

  it('ties the server address and the e-mail together; forgetting the address forgets the account', () => {
    const base = defaultSettings();
    expect(validatePatch(base, { 'server.url': 'https://a.example' }).errors).toEqual({
      'server.email': { key: 'settings.errors.required' },
    });
    expect(validatePatch(base, { 'server.email': 'a@b.ch' }).errors).toEqual({
      'server.url': { key: 'settings.errors.emailWithoutServer' },
    });
    expect(validatePatch(base, { 'server.email': 'nobody' }).errors).toEqual({
      'server.email': { key: 'settings.errors.badEmail' },
    });
    const withServer = validatePatch(base, {
      'server.url': 'https://a.example',
      'server.email': 'a@b.ch',
    }).next;
    expect(validatePatch(withServer, { 'server.url': '' }).next.server).toEqual({ url: null, email: null });
  });

  it('checks threshold pairs on the values they will have, next to the field that changed', () => {
    const base = defaultSettings();
    expect(validatePatch(base, { 'analytics.insightThresholds.lowOnTimeRate': 95 }).errors).toEqual({
      'analytics.insightThresholds.lowOnTimeRate': {
        key: 'settings.errors.mustBeBelow',
        params: { value: 90 },
      },
    });
    expect(
      validatePatch(base, {
        'analytics.insightThresholds.lowOnTimeRate': 95,
        'analytics.insightThresholds.excellentOnTimeRate': 97,
      }).errors,
    ).toEqual({});
  });

  it('writes French decimals the French way in messages', () => {
    expect(
      settingsMessageText('fr', { key: 'settings.errors.numberRange', params: { min: 0, max: 0.5 } }),
    ).toBe('Saisissez un nombre entre 0 et 0,5.');
  });
});
