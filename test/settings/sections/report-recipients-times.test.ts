// The reports section: who gets each report in which language, at what local time, and the dashboard link the
// e-mail carries. A list read wrong sends a report twice, to nobody, or in the wrong language; a time read wrong
// sends it at another hour; a link with serve's token leaks a key to the dashboard by e-mail.
import { describe, expect, it } from 'vitest';
import { defaultSettings, validatePatch } from '../../../src/main/settings';
import {
  isStableDashboardUrl,
  parseRecipients,
  reportsSettingsSchema,
} from '../../../src/main/settings/sections/reports';
import { sectionFrom } from '../../../src/main/settings/read-settings';

describe('parseRecipients', () => {
  it('splits on commas, semicolons and new lines, skips empty entries, trims each address', () => {
    expect(parseRecipients(' a@x.ch ,b@y.ch;c@z.ch\nd@w.ch,, ;\n', 'fr')).toEqual([
      { address: 'a@x.ch', lang: 'fr' },
      { address: 'b@y.ch', lang: 'fr' },
      { address: 'c@z.ch', lang: 'fr' },
      { address: 'd@w.ch', lang: 'fr' },
    ]);
    expect(parseRecipients('', 'fr')).toEqual([]);
    expect(parseRecipients(' , ; ', 'en')).toEqual([]);
  });

  it('takes :fr or :en after an address (any case), else the default language', () => {
    expect(parseRecipients('a@x.ch:en, b@y.ch:FR, c@z.ch :En, d@w.ch', 'fr')).toEqual([
      { address: 'a@x.ch', lang: 'en' },
      { address: 'b@y.ch', lang: 'fr' },
      { address: 'c@z.ch', lang: 'en' },
      { address: 'd@w.ch', lang: 'fr' },
    ]);
    expect(parseRecipients('d@w.ch', 'en')).toEqual([{ address: 'd@w.ch', lang: 'en' }]);
  });

  it('sends once to an address given twice (whatever its case), in the language of its first mention', () => {
    expect(parseRecipients('Chef@Example.ch:en, chef@example.ch:fr, CHEF@EXAMPLE.CH', 'fr')).toEqual([
      { address: 'Chef@Example.ch', lang: 'en' },
    ]);
  });

  it('keeps two addresses that differ by more than case (straße and strasse are two mailboxes)', () => {
    expect(parseRecipients('straße@example.ch, strasse@example.ch, STRASSE@example.ch', 'fr')).toEqual([
      { address: 'straße@example.ch', lang: 'fr' },
      { address: 'strasse@example.ch', lang: 'fr' },
    ]);
  });

  it('refuses the whole list when one entry is not an address or has another language', () => {
    for (const bad of ['a@x.ch, nobody', 'a b@x.ch', 'a@x.ch:de', 'a@x.ch:', ':en', 'a@x.ch:en:fr']) {
      expect(parseRecipients(bad, 'fr'), bad).toBeNull();
    }
  });

  it('is the rule of both recipients fields, with their own message', () => {
    for (const path of ['reports.daily.recipients', 'reports.weekly.recipients']) {
      const ok = validatePatch(defaultSettings(), { [path]: 'a@x.ch:en; b@y.ch' });
      expect(ok.errors, path).toEqual({});
      expect(validatePatch(defaultSettings(), { [path]: 'a@x.ch, oops' }).errors).toEqual({
        [path]: { key: 'settings.errors.recipients' },
      });
    }
  });
});

describe('report times', () => {
  it('take HH:MM from 00:00 to 23:59 (trimmed) and refuse anything else with the time message', () => {
    for (const path of ['reports.daily.time', 'reports.weekly.time']) {
      for (const ok of ['00:00', '07:05', '09:59', '19:30', '20:00', '23:59']) {
        const r = validatePatch(defaultSettings(), { [path]: ` ${ok} ` });
        expect(r.errors, `${path}=${ok}`).toEqual({});
      }
      for (const bad of ['24:00', '7:30', '07:60', '30:00', '07:5', '07.30', '107:30', '07:300', '']) {
        expect(validatePatch(defaultSettings(), { [path]: bad }).errors, `${path}=${bad}`).toEqual({
          [path]: { key: 'settings.errors.reportTime' },
        });
      }
    }
    expect(
      validatePatch(defaultSettings(), { 'reports.daily.time': ' 06:45 ' }).next.reports.daily.time,
    ).toBe('06:45');
  });
});

describe('dashboard link', () => {
  it('takes a stable http(s) address, or nothing', () => {
    for (const ok of [
      'https://dispatch.example.ch/analytics',
      'http://intranet.example.ch:8080/',
      'https://dispatch.example.ch/?page=week',
    ]) {
      expect(isStableDashboardUrl(ok), ok).toBe(true);
    }
    const r = validatePatch(defaultSettings(), { 'reports.dashboardUrl': ' https://d.example.ch/a ' });
    expect(r.errors).toEqual({});
    expect(r.next.reports.dashboardUrl).toBe('https://d.example.ch/a');
    expect(validatePatch(defaultSettings(), { 'reports.dashboardUrl': '' }).errors).toEqual({});
  });

  it('refuses another scheme, a user or password, a token or code in the query, and what is not a URL', () => {
    for (const bad of [
      'ftp://dispatch.example.ch',
      'file:///home/dispatch',
      'https://user@dispatch.example.ch',
      'https://:secret@dispatch.example.ch',
      'http://127.0.0.1:5173/?token=abc',
      'https://dispatch.example.ch/?page=1&Access_Token=x',
      'https://dispatch.example.ch/?authCode=1',
      'dispatch.example.ch',
    ]) {
      expect(isStableDashboardUrl(bad), bad).toBe(false);
      expect(validatePatch(defaultSettings(), { 'reports.dashboardUrl': bad }).errors, bad).toEqual({
        'reports.dashboardUrl': { key: 'settings.errors.dashboardUrl' },
      });
    }
  });
});

describe('reports section defaults', () => {
  it('are the same whether the section is read field by field or parsed whole', () => {
    const expected = {
      daily: { enabled: false, time: '08:00', recipients: '', attachPdf: false },
      weekly: {
        enabled: false,
        weekday: 1,
        time: '09:00',
        recipients: '',
        attachXlsx: false,
        attachPdf: false,
        attachXlsxTrips: false,
      },
      catchUpDays: 7,
      sendWhenEmpty: false,
      holdWhenStale: false,
      chromiumPath: '',
      dashboardUrl: '',
    };
    expect(sectionFrom('reports', undefined)).toEqual(expected);
    expect(reportsSettingsSchema.parse({})).toEqual(expected);
    expect(reportsSettingsSchema.parse({ daily: {}, weekly: {} })).toEqual(expected);
  });

  it('switches and the Chromium path are kept as given', () => {
    const r = validatePatch(defaultSettings(), {
      'reports.daily.enabled': true,
      'reports.weekly.attachXlsx': true,
      'reports.weekly.attachXlsxTrips': true,
      'reports.sendWhenEmpty': true,
      'reports.chromiumPath': ' /usr/bin/chromium ',
    });
    expect(r.errors).toEqual({});
    expect(r.next.reports).toMatchObject({
      daily: { enabled: true },
      weekly: { attachXlsx: true, attachXlsxTrips: true, attachPdf: false },
      sendWhenEmpty: true,
      chromiumPath: '/usr/bin/chromium',
    });
    expect(validatePatch(defaultSettings(), { 'reports.holdWhenStale': 'yes' }).errors).toEqual({
      'reports.holdWhenStale': { key: 'settings.errors.notBoolean' },
    });
  });
});
