import { describe, expect, it } from 'vitest';
import {
  catalogues,
  isMessageKey,
  messageKeys,
  msg,
  translate,
  translateMessage,
  type MessageKey,
} from '../../../src/shared/i18n';
import type { Translation } from '../../../src/shared/i18n/translation';
import { formatInteger } from '../../../src/shared/format';

describe('translate', () => {
  it('reads a key in each language', () => {
    expect(translate('fr', 'figures.total_bookings.name')).toBe('Courses');
    expect(translate('en', 'figures.total_bookings.name')).toBe('Bookings');
    expect(translate('fr', 'trips.outcomes.on_time')).toBe("À l'heure");
  });
  it('fills {{name}} placeholders with strings and numbers', () => {
    expect(translate('fr', 'period.range', { from: '01.12.2026', to: '07.12.2026', days: 7 })).toBe(
      'Du 01.12.2026 au 07.12.2026 (7 jours)',
    );
    expect(translate('en', 'common.tableOf', { title: 'Trips' })).toBe('Table: Trips');
  });
  it('formats {{name, number}} for the reader, and leaves a bare {{name}} as given', () => {
    const p = { day: '2026-03-10', totalPages: 100_000_000, maxPages: 100 };
    expect(translate('en', 'sync.errors.tooManyPages', p)).toContain('100,000,000 pages');
    expect(translate('fr', 'sync.errors.tooManyPages', p)).toContain(
      `${formatInteger('fr', 100_000_000)} pages`,
    );
    expect(translate('fr', 'sync.errors.tooManyPages', p)).not.toContain('100000000');
    expect(translate('en', 'cli.demoServer.portInUse', { port: 50500 })).toContain('Port 50500');
  });
  it('leaves a placeholder without value visible rather than dropping it', () => {
    expect(translate('fr', 'period.range', { from: '01.12.2026', days: 7 })).toBe(
      'Du 01.12.2026 au {{to}} (7 jours)',
    );
    expect(translate('en', 'common.tableOf')).toBe('Table: {{title}}');
  });
  it('inserts parameters as given, once (no nested interpolation of a value)', () => {
    expect(translate('en', 'common.tableOf', { title: '{{title}} <b>' })).toBe('Table: {{title}} <b>');
  });
  it('translates a Message given as a parameter in the same language', () => {
    const why = msg('store.refusal.notOurs', { tables: 'bookings' });
    expect(translate('en', 'store.restoreRefused', { path: 'a.sqlite', why })).toBe(
      'a.sqlite cannot be restored: it is not a Dispatch Analytics database (missing tables: bookings). Nothing was changed.',
    );
  });
  it('falls back to the key for a string that bypassed the type', () => {
    expect(translate('en', 'no.such.key' as MessageKey)).toBe('no.such.key');
  });
  it('translates a Message carried by an error', () => {
    const m = msg('sync.failed', { message: 'HTTP 503' });
    expect(m).toEqual({ key: 'sync.failed', params: { message: 'HTTP 503' } });
    expect(translateMessage('fr', m)).toBe('La synchronisation a échoué : HTTP 503');
    expect(translateMessage('en', m)).toBe('Sync failed: HTTP 503');
    expect(msg('common.retry')).toEqual({ key: 'common.retry' });
  });
  it('tells a catalogue key from any other string', () => {
    expect(isMessageKey('figures.avg_delay.name')).toBe(true);
    expect(isMessageKey('kpi')).toBe(false);
    expect(isMessageKey('kpi.nope')).toBe(false);
  });
});

function leafPaths(node: unknown, prefix = ''): string[] {
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) =>
    typeof v === 'string' ? [prefix + k] : leafPaths(v, `${prefix}${k}.`),
  );
}

describe('the catalogue', () => {
  it('has exactly the same keys in French and English (at run time too)', () => {
    const fr = leafPaths(catalogues.fr).sort();
    const en = leafPaths(catalogues.en).sort();
    expect(en).toEqual(fr);
    expect(messageKeys().sort()).toEqual(fr);
  });
  it('has no empty text and the same placeholders in both languages', () => {
    const placeholders = (s: string) =>
      [...s.matchAll(/\{\{\s*(\w+)\s*(?:,\s*(\w+)\s*)?\}\}/g)].map((m) => `${m[1]},${m[2] ?? ''}`).sort();
    for (const key of messageKeys()) {
      expect(translate('fr', key).trim(), key).not.toBe('');
      expect(translate('en', key).trim(), key).not.toBe('');
      expect(placeholders(translate('en', key)), key).toEqual(placeholders(translate('fr', key)));
    }
  });
  it('keeps the keys the renderer already uses', () => {
    for (const key of [
      'app.title',
      'common.loading',
      'figures.on_time_rate.name',
      'settings.thresholds.lowQuality',
    ]) {
      expect(isMessageKey(key), key).toBe(true);
    }
  });
  it('refuses, at type-check time, an English text missing a key or with an extra one', () => {
    type French = { a: string; nested: { b: string } };
    // @ts-expect-error -- "nested.b" is missing
    const missing: Translation<French> = { a: 'one', nested: {} };
    // @ts-expect-error -- "c" does not exist in French
    const extra: Translation<French> = { a: 'one', nested: { b: 'two' }, c: 'three' };
    expect([missing, extra]).toHaveLength(2);
  });
});
