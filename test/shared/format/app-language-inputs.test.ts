// Chart ticks and typed days in the app's language, whatever the browser's locale.
import { describe, expect, it } from 'vitest';
import {
  dateInputPattern,
  formatDateInput,
  formatTick,
  normaliseSpaces,
  parseDateInput,
} from '../../../src/shared/format';

describe('formatTick', () => {
  it('groups thousands the app’s way and keeps only the decimals a tick needs', () => {
    expect(normaliseSpaces(formatTick('fr', 3000))).toBe('3 000');
    expect(formatTick('en', 3000)).toBe('3,000');
    expect(formatTick('fr', 2.5)).toBe('2,5');
    expect(formatTick('en', 0.25)).toBe('0.25');
    expect(formatTick('fr', 0)).toBe('0');
  });
});

describe('date fields', () => {
  it('show a day as 08.11.2026 in French and 08/11/2026 in English', () => {
    expect(formatDateInput('fr', '2026-11-08')).toBe('08.11.2026');
    expect(formatDateInput('en', '2026-11-08')).toBe('08/11/2026');
    expect(dateInputPattern('fr')).toBe('jj.mm.aaaa');
  });

  it('read what a person types: day first, or ISO', () => {
    expect(parseDateInput('08.11.2026')).toBe('2026-11-08');
    expect(parseDateInput(' 8.11.2026 ')).toBe('2026-11-08');
    expect(parseDateInput('08/11/2026')).toBe('2026-11-08');
    expect(parseDateInput('2026-11-08')).toBe('2026-11-08');
    expect(parseDateInput(formatDateInput('en', '2026-02-28'))).toBe('2026-02-28');
  });

  it('refuse what is not a day, never rolling over', () => {
    for (const bad of ['', '31.02.2026', '8.11.26', '2026-13-01', 'demain', '08.11.2026x']) {
      expect(parseDateInput(bad)).toBeNull();
    }
  });
});
