// The sections made of choices (CSV separator and decimal mark, language and theme), the dispatch server's
// address and account, and the window's position the app keeps: what each takes, what it refuses with which
// message, and what a missing row reads as.
import { describe, expect, it } from 'vitest';
import { defaultSettings, serverProfileOf, validatePatch } from '../../../src/main/settings';
import { sectionFrom } from '../../../src/main/settings/read-settings';
import { csvLocale, exportsSettingsSchema } from '../../../src/main/settings/sections/exports';
import { DEFAULT_INSIGHT_THRESHOLDS } from '../../../src/shared/analytics-types';

const errorsOf = (patch: Record<string, unknown>) => validatePatch(defaultSettings(), patch).errors;

describe('defaults', () => {
  it('a store with no settings reads every section whole', () => {
    expect(defaultSettings()).toEqual({
      server: { url: null, email: null },
      sync: { historyDays: 90, windowDays: 14, intervalMinutes: 15, concurrency: 6 },
      analytics: {
        onTimeThresholdMinutes: 5,
        timeZone: 'Europe/Zurich',
        insightThresholds: DEFAULT_INSIGHT_THRESHOLDS,
      },
      ui: { language: 'fr', theme: 'system' },
      // Off on Linux, where several desktops show no tray icon and the app would keep running unseen.
      shell: {
        keepRunningInTray: process.platform !== 'linux',
        syncFailingNoticeMinutes: 30,
        windowBounds: null,
      },
      backups: { keep: 7 },
      mail: { host: '', port: 587, security: 'starttls', user: '', from: '' },
      reports: expect.objectContaining({ catchUpDays: 7 }),
      exports: { csvDelimiter: 'auto', csvDecimal: 'auto' },
    });
  });
});

describe('exports section', () => {
  it('takes each separator, `tab` (any case, spaces around) for a tab, and refuses others', () => {
    for (const [given, stored] of [
      [';', ';'],
      [',', ','],
      ['tab', '\t'],
      [' TAB ', '\t'],
      ['auto', 'auto'],
    ]) {
      const r = validatePatch(defaultSettings(), { 'exports.csvDelimiter': given });
      expect(r.errors, JSON.stringify(given)).toEqual({});
      expect(r.next.exports.csvDelimiter).toBe(stored);
    }
    // A bare tab is trimmed away on the way in (so the screens send `tab`), but a stored one reads back.
    expect(exportsSettingsSchema.parse({ csvDelimiter: '\t' }).csvDelimiter).toBe('\t');
    expect(exportsSettingsSchema.parse({ csvDelimiter: ' Tab ' }).csvDelimiter).toBe('\t');
    for (const bad of ['|', 'tabs', 'semicolon']) {
      expect(errorsOf({ 'exports.csvDelimiter': bad }), bad).toEqual({
        'exports.csvDelimiter': { key: 'settings.errors.csvDelimiter' },
      });
    }
    expect(exportsSettingsSchema.safeParse({ csvDelimiter: 9 }).success).toBe(false);
  });

  it('takes each decimal mark and refuses others', () => {
    for (const ok of [',', '.', 'auto']) {
      expect(validatePatch(defaultSettings(), { 'exports.csvDecimal': ok }).next.exports.csvDecimal).toBe(ok);
    }
    expect(errorsOf({ 'exports.csvDecimal': '#' })).toEqual({
      'exports.csvDecimal': { key: 'settings.errors.csvDecimal', params: { choices: 'auto, ,, .' } },
    });
  });

  it('auto follows the language; a set choice wins over the language; an explicit one over both', () => {
    const auto = { csvDelimiter: 'auto', csvDecimal: 'auto' } as const;
    expect(csvLocale('fr', auto)).toEqual({ delimiter: ';', decimal: ',' });
    expect(csvLocale('en', auto)).toEqual({ delimiter: ',', decimal: '.' });
    const set = { csvDelimiter: '\t', csvDecimal: '.' } as const;
    expect(csvLocale('fr', set)).toEqual({ delimiter: '\t', decimal: '.' });
    expect(csvLocale('en', { csvDelimiter: ';', csvDecimal: ',' })).toEqual({ delimiter: ';', decimal: ',' });
    expect(csvLocale('fr', set, { delimiter: ',', decimal: ',' })).toEqual({ delimiter: ',', decimal: ',' });
    expect(csvLocale('en', auto, { delimiter: ';' })).toEqual({ delimiter: ';', decimal: '.' });
  });
});

describe('ui section', () => {
  it('takes the two languages and three themes, and lists them when refused', () => {
    for (const language of ['fr', 'en']) {
      expect(validatePatch(defaultSettings(), { 'ui.language': language }).next.ui.language).toBe(language);
    }
    for (const theme of ['light', 'dark', 'system']) {
      expect(validatePatch(defaultSettings(), { 'ui.theme': theme }).next.ui.theme).toBe(theme);
    }
    expect(errorsOf({ 'ui.language': 'de' })).toEqual({
      'ui.language': { key: 'settings.errors.badChoice', params: { choices: 'fr, en' } },
    });
  });
});

describe('server section', () => {
  it('takes an address up to 2000 characters, refuses a longer one as a bad address', () => {
    const base = 'https://dispatch.example.ch/';
    const at = (n: number) => base + 'a'.repeat(n - base.length);
    const ok = validatePatch(defaultSettings(), { 'server.url': at(2000), 'server.email': 'a@b.ch' });
    expect(ok.errors).toEqual({});
    expect(ok.next.server.url).toBe(at(2000));
    expect(errorsOf({ 'server.url': at(2001), 'server.email': 'a@b.ch' })).toEqual({
      'server.url': { key: 'settings.errors.badUrl' },
    });
  });

  it('gives each refused address its own sentence', () => {
    expect(errorsOf({ 'server.url': 'https://u:p@a.example', 'server.email': 'a@b.ch' })).toEqual({
      'server.url': { key: 'settings.errors.urlWithCredentials' },
    });
    expect(errorsOf({ 'server.url': 'not a url', 'server.email': 'a@b.ch' })).toEqual({
      'server.url': { key: 'settings.errors.badUrl' },
    });
  });

  it('takes an account e-mail of up to 320 characters, without spaces', () => {
    const email = (n: number) => `${'a'.repeat(n - '@example.ch'.length)}@example.ch`;
    const url = 'https://a.example';
    expect(errorsOf({ 'server.url': url, 'server.email': email(320) })).toEqual({});
    for (const bad of [email(321), 'a b@c.ch', 'ab@c d.ch', 'a@b@c.ch', 'nobody', '@example.ch', 'a@']) {
      expect(errorsOf({ 'server.url': url, 'server.email': bad }), bad).toEqual({
        'server.email': { key: 'settings.errors.badEmail' },
      });
    }
  });

  it('is the demo until both the address and the e-mail are set', () => {
    expect(serverProfileOf({ url: null, email: null })).toBeNull();
    expect(serverProfileOf({ url: 'https://a.example', email: null })).toBeNull();
    expect(serverProfileOf({ url: null, email: 'a@b.ch' })).toBeNull();
    expect(serverProfileOf({ url: 'https://a.example', email: 'a@b.ch' })).toEqual({
      url: 'https://a.example',
      email: 'a@b.ch',
    });
  });
});

describe('shell section', () => {
  it('keeps running in the tray by default on Windows and macOS, not on Linux', () => {
    const platform = Object.getOwnPropertyDescriptor(process, 'platform')!;
    try {
      for (const [os, tray] of [
        ['win32', true],
        ['darwin', true],
        ['linux', false],
      ] as const) {
        Object.defineProperty(process, 'platform', { ...platform, value: os });
        expect(sectionFrom('shell', undefined).keepRunningInTray, os).toBe(tray);
      }
    } finally {
      Object.defineProperty(process, 'platform', platform);
    }
  });

  it('keeps a window position with a positive size, given by the app itself', () => {
    const bounds = { x: -8, y: 20, width: 1200, height: 800, maximized: true };
    const r = validatePatch(defaultSettings(), { 'shell.windowBounds': bounds }, { allowInternal: true });
    expect(r.errors).toEqual({});
    expect(r.next.shell.windowBounds).toEqual(bounds);
    expect(
      validatePatch(
        defaultSettings(),
        { 'shell.windowBounds': { width: 1, height: 1 } },
        { allowInternal: true },
      ).next.shell.windowBounds,
    ).toEqual({ width: 1, height: 1 });
    for (const bad of [
      { width: 0, height: 800 },
      { width: 1200, height: -1 },
      { x: 'left', width: 1200, height: 800 },
      { width: 1200, height: 800, maximized: 'yes' },
      { width: 1200 },
    ]) {
      expect(
        validatePatch(defaultSettings(), { 'shell.windowBounds': bad }, { allowInternal: true }).errors,
        JSON.stringify(bad),
      ).toHaveProperty(['shell.windowBounds']);
    }
  });
});
