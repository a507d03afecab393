import { describe, expect, it } from 'vitest';
import { createExportProgressPrinter } from '../../../src/main/cli/format/export-progress';
import { formatInteger } from '../../../src/shared/format';

function printed(lang: 'fr' | 'en', tty: boolean): string {
  let out = '';
  const p = createExportProgressPrinter({ tty, lang, raw: (t) => void (out += t) });
  p.update(1500, 3000);
  p.end();
  return out;
}

describe('export progress', () => {
  it('counts rows in the reader’s language, with its thousands separator', () => {
    expect(printed('en', true)).toContain('1,500 / 3,000 rows');
    expect(printed('fr', true)).toContain(
      `${formatInteger('fr', 1500)} / ${formatInteger('fr', 3000)} lignes`,
    );
  });
  it('draws nothing when stderr is not a terminal', () => {
    expect(printed('fr', false)).toBe('');
  });
});
