// The rules of validatePatch that tie fields together or shape its answer: the server address and account go
// together, a threshold pair must stay strictly apart, a field the app keeps is refused unless the shell writes
// it, and every error is a catalogue key with the bounds or choices its message shows.
import { describe, expect, it } from 'vitest';
import { defaultSettings, settingsMessageText, validatePatch } from '../../src/main/settings';

const T = 'analytics.insightThresholds';
const withServer = () =>
  validatePatch(defaultSettings(), { 'server.url': 'https://a.example', 'server.email': 'a@b.ch' }).next;

describe('server address and account', () => {
  it('an empty address or e-mail means none', () => {
    const r = validatePatch(withServer(), { 'server.url': ' ', 'server.email': '' });
    expect(r.errors).toEqual({});
    expect(r.next.server).toEqual({ url: null, email: null });
    expect(validatePatch(withServer(), { 'server.url': null }).next.server).toEqual({
      url: null,
      email: null,
    });
  });

  it('an e-mail without an address is refused, also when the address is being removed', () => {
    expect(validatePatch(withServer(), { 'server.url': '', 'server.email': 'c@d.ch' }).errors).toEqual({
      'server.url': { key: 'settings.errors.emailWithoutServer' },
    });
  });

  it('the e-mail alone may change on a configured server; removing it while the address stays is refused', () => {
    const r = validatePatch(withServer(), { 'server.email': 'c@d.ch' });
    expect(r.errors).toEqual({});
    expect(r.next.server).toEqual({ url: 'https://a.example', email: 'c@d.ch' });
    expect(validatePatch(withServer(), { 'server.email': '' }).errors).toEqual({
      'server.email': { key: 'settings.errors.required' },
    });
  });

  it('a wrong address is reported alone (not also “e-mail required”)', () => {
    expect(validatePatch(defaultSettings(), { 'server.url': 'http://remote.example' }).errors).toEqual({
      'server.url': { key: 'settings.errors.httpsRequired' },
    });
    expect(validatePatch(withServer(), { 'server.email': 'nobody' }).errors).toEqual({
      'server.email': { key: 'settings.errors.badEmail' },
    });
  });

  it('a change elsewhere leaves a half-set stored server alone', () => {
    const half = defaultSettings();
    half.server.email = 'a@b.ch';
    const r = validatePatch(half, { 'sync.historyDays': 30 });
    expect(r.errors).toEqual({});
    expect(r.next.server).toEqual({ url: null, email: 'a@b.ch' });
    const urlOnly = defaultSettings();
    urlOnly.server.url = 'https://a.example';
    expect(validatePatch(urlOnly, { 'ui.theme': 'dark' }).errors).toEqual({});
  });
});

describe('threshold pairs', () => {
  it('equal values are refused next to the field the change touches, with the other value', () => {
    expect(validatePatch(defaultSettings(), { [`${T}.lowOnTimeRate`]: 90 }).errors).toEqual({
      [`${T}.lowOnTimeRate`]: { key: 'settings.errors.mustBeBelow', params: { value: 90 } },
    });
    expect(validatePatch(defaultSettings(), { [`${T}.excellentOnTimeRate`]: 70 }).errors).toEqual({
      [`${T}.excellentOnTimeRate`]: { key: 'settings.errors.mustBeAbove', params: { value: 70 } },
    });
    expect(
      validatePatch(defaultSettings(), { [`${T}.lowQuality`]: 80, [`${T}.excellentQuality`]: 80 }).errors,
    ).toEqual({
      [`${T}.lowQuality`]: { key: 'settings.errors.mustBeBelow', params: { value: 80 } },
      [`${T}.excellentQuality`]: { key: 'settings.errors.mustBeAbove', params: { value: 80 } },
    });
    expect(validatePatch(defaultSettings(), { [`${T}.lowQuality`]: 84.5 }).errors).toEqual({});
  });

  it('a field already refused for its own rule gets that message only', () => {
    expect(validatePatch(defaultSettings(), { [`${T}.lowQuality`]: 150 }).errors).toEqual({
      [`${T}.lowQuality`]: { key: 'settings.errors.numberRange', params: { min: 0, max: 100 } },
    });
    expect(
      validatePatch(defaultSettings(), { [`${T}.excellentQuality`]: 'high', [`${T}.lowQuality`]: 99 }).errors,
    ).toEqual({
      [`${T}.excellentQuality`]: { key: 'settings.errors.numberRange', params: { min: 0, max: 100 } },
    });
  });
});

describe('fields the app keeps', () => {
  it('are refused to a person, written by the shell, and a wrong shape reads as an invalid value', () => {
    const bounds = { width: 800, height: 600 };
    expect(validatePatch(defaultSettings(), { 'shell.windowBounds': bounds }).errors).toEqual({
      'shell.windowBounds': { key: 'settings.errors.notEditable', params: { key: 'shell.windowBounds' } },
    });
    expect(
      validatePatch(defaultSettings(), { 'shell.windowBounds': bounds }, { allowInternal: false }).errors,
    ).toHaveProperty(['shell.windowBounds', 'key'], 'settings.errors.notEditable');
    const ok = validatePatch(defaultSettings(), { 'shell.windowBounds': bounds }, { allowInternal: true });
    expect(ok.errors).toEqual({});
    expect(ok.next.shell.windowBounds).toEqual(bounds);
    expect(
      validatePatch(defaultSettings(), { 'shell.windowBounds': { width: -1 } }, { allowInternal: true })
        .errors,
    ).toEqual({ 'shell.windowBounds': { key: 'settings.errors.badChoice' } });
  });
});

describe('answers', () => {
  it('take only the valid fields into `next`, and never touch the current settings', () => {
    const current = defaultSettings();
    const r = validatePatch(current, { 'sync.historyDays': 30, 'sync.windowDays': 0, 'ui.theme': ' dark ' });
    expect(Object.keys(r.errors)).toEqual(['sync.windowDays']);
    expect(r.next.sync).toMatchObject({ historyDays: 30, windowDays: 14 });
    expect(r.next.ui.theme).toBe('dark');
    expect(current.sync.historyDays).toBe(90);
    expect(current.ui.theme).toBe('system');
  });

  it('an empty text stays empty in a field that is not nullable', () => {
    const r = validatePatch(defaultSettings(), { 'mail.user': '  ', 'reports.chromiumPath': '' });
    expect(r.errors).toEqual({});
    expect(r.next.mail.user).toBe('');
  });

  it('messages show numbers with the reader’s decimal mark, and leave text parameters alone', () => {
    expect(
      settingsMessageText('en', { key: 'settings.errors.numberRange', params: { min: 0.25, max: 1.5 } }),
    ).toBe('Enter a number between 0.25 and 1.5.');
    expect(
      settingsMessageText('fr', { key: 'settings.errors.numberRange', params: { min: 0.25, max: 1.5 } }),
    ).toBe('Saisissez un nombre entre 0,25 et 1,5.');
    expect(
      settingsMessageText('fr', { key: 'settings.errors.unknownKey', params: { key: 'sync.nope' } }),
    ).toContain('sync.nope');
    expect(settingsMessageText('en', { key: 'settings.errors.required' })).toBe('Required field.');
  });
});
