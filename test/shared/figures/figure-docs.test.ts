// Every figure of the catalogue has its definition in docs/analytics.md and its texts in both languages.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KPI_FIGURES, TREND_FIGURES } from '../../../src/shared/figures';
import { catalogues } from '../../../src/shared/i18n';

const doc = readFileSync(new URL('../../../docs/analytics.md', import.meta.url), 'utf8');
const all = [...KPI_FIGURES, ...TREND_FIGURES];

describe('the figures catalogue', () => {
  it.each(all.map((f) => [f.key, f] as const))('%s: its doc anchor exists', (_key, f) => {
    expect(doc).toContain(`<a id="${f.doc}"></a>`);
  });

  it('gives every figure a name, a short name and a column header in French and English', () => {
    for (const f of all)
      for (const lang of ['fr', 'en'] as const) {
        const texts = catalogues[lang].figures[f.label];
        expect([texts.name, texts.short, texts.column].every((x) => x.length > 0)).toBe(true);
      }
  });

  it('has unique keys', () => {
    expect(new Set(all.map((f) => f.key)).size).toBe(all.length);
  });
});
