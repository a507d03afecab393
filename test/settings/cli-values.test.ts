// `settings get/set` as text: each value parsed by the kind of its field (French decimals and thousands, oui/non),
// what does not parse handed on unchanged so the field's own rule refuses it, and every value printed so that
// `settings set` reads it back.
import { describe, expect, it } from 'vitest';
import { findLeaf } from '../../src/main/settings';
import { formatCliValue, parseCliValue } from '../../src/main/settings/cli-values';

const leaf = (path: string) => {
  const l = findLeaf(path);
  if (!l) throw new Error(`no leaf ${path}`);
  return l;
};

describe('parseCliValue', () => {
  it('reads numbers with a comma or a point, and thousands apart by spaces or apostrophes', () => {
    const days = leaf('sync.historyDays');
    const share = leaf('analytics.insightThresholds.patternDayShare');
    expect(parseCliValue(days, ' 90 ')).toBe(90);
    expect(parseCliValue(share, '0,33')).toBe(0.33);
    expect(parseCliValue(share, '0.5')).toBe(0.5);
    expect(parseCliValue(days, '1 234')).toBe(1234);
    expect(parseCliValue(days, "1'234")).toBe(1234);
    expect(parseCliValue(days, '1\u00a0234')).toBe(1234);
    expect(parseCliValue(days, '1\u202f234')).toBe(1234);
    expect(parseCliValue(leaf('mail.port'), '465')).toBe(465);
  });

  it('hands on what is not a number as typed, so the field refuses it with its message', () => {
    const days = leaf('sync.historyDays');
    expect(parseCliValue(days, 'ninety')).toBe('ninety');
    expect(parseCliValue(days, '')).toBe('');
    expect(parseCliValue(days, '  ')).toBe('');
    expect(parseCliValue(days, 'Infinity')).toBe('Infinity');
    expect(parseCliValue(days, '1,2,3')).toBe('1,2,3');
  });

  it('reads yes and no in both languages, any case; anything else is handed on', () => {
    const b = leaf('reports.daily.enabled');
    for (const yes of ['true', 'yes', 'oui', 'on', '1', 'OUI', ' True '])
      expect(parseCliValue(b, yes), yes).toBe(true);
    for (const no of ['false', 'no', 'non', 'off', '0', 'NON', ' Off '])
      expect(parseCliValue(b, no), no).toBe(false);
    expect(parseCliValue(b, 'maybe')).toBe('maybe');
    expect(parseCliValue(b, '')).toBe('');
  });

  it('reads an empty value or `null` as none for the fields that may be empty; text trimmed otherwise', () => {
    expect(parseCliValue(leaf('server.url'), '')).toBeNull();
    expect(parseCliValue(leaf('server.email'), ' null ')).toBeNull();
    expect(parseCliValue(leaf('server.url'), ' https://a.example ')).toBe('https://a.example');
    expect(parseCliValue(leaf('mail.host'), 'null')).toBe('null');
    expect(parseCliValue(leaf('mail.host'), ' smtp.example.ch ')).toBe('smtp.example.ch');
    expect(parseCliValue(leaf('ui.theme'), ' dark ')).toBe('dark');
  });
});

describe('formatCliValue', () => {
  it('prints what `settings set` reads back', () => {
    expect(formatCliValue(null)).toBe('');
    expect(formatCliValue(undefined)).toBe('');
    expect(formatCliValue('\t')).toBe('tab');
    expect(formatCliValue(';')).toBe(';');
    expect(formatCliValue('')).toBe('');
    expect(formatCliValue(0.5)).toBe('0.5');
    expect(formatCliValue(0)).toBe('0');
    expect(formatCliValue(false)).toBe('false');
    expect(formatCliValue({ width: 10 })).toBe('{"width":10}');
  });
});
