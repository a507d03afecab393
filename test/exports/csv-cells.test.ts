import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvValue, neutralise, startsFormula } from '../../src/main/exports/csv-cells';
import { csvRecord } from '../../src/main/exports/csv-writer';

describe('CSV cells', () => {
  it('neutralises every formula start OWASP lists, full-width forms included, and nothing else', () => {
    for (const s of ['=1+1', '+41 22', '-2', '@SUM(A1)', '\tx', '\rx', '\nx', '＝1', '＋1', '－1', '＠x']) {
      expect(startsFormula(s), JSON.stringify(s)).toBe(true);
      expect(neutralise(s)).toBe(`'${s}`);
    }
    for (const s of ['Marie Favre', "'déjà", '1 234', 'a=b', '']) expect(neutralise(s)).toBe(s);
  });

  it('keeps real numbers as bare numbers, negative ones too, with the chosen decimal mark', () => {
    const fr = { delimiter: ';', decimal: ',' } as const;
    expect(csvRecord([-1.5, 12, 0.25, null, 'x'], fr)).toBe('-1,5;12;0,25;;x');
    const en = { delimiter: ',', decimal: '.' } as const;
    expect(csvRecord([-1.5, 'a,b', 'say "hi"', 'two\r\nlines'], en)).toBe(
      '-1.5,"a,b","say ""hi""","two\r\nlines"',
    );
    // A decimal comma with a comma delimiter is quoted, so the number stays one field.
    expect(csvRecord([12.5, 3], { delimiter: ',', decimal: ',' })).toBe('"12,5",3');
    expect(csvRecord(['a\tb', 'c'], { delimiter: '\t', decimal: '.' })).toBe('"a\tb"\tc');
  });

  it('quotes a neutralised text and a real parser reads it back as the prefixed text', () => {
    const line = csvRecord(['=HYPERLINK("http://x","clic")', '+41 22 123 45 67', 7], {
      delimiter: ';',
      decimal: ',',
    });
    expect(line).toBe(`"'=HYPERLINK(""http://x"",""clic"")";"'+41 22 123 45 67";7`);
    expect(parse(line, { delimiter: ';' })).toEqual([
      [`'=HYPERLINK("http://x","clic")`, "'+41 22 123 45 67", '7'],
    ]);
  });

  it('rounds numbers to 2 decimals and writes local date-times without the T', () => {
    expect(csvValue(1.005, 'number')).toBe(1.01);
    expect(csvValue(87.456, 'percent')).toBe(87.46);
    expect(csvValue('2026-03-29T08:30:00', 'datetime')).toBe('2026-03-29 08:30:00');
    expect(csvValue({ kind: 'int', value: 3 }, 'mixed')).toBe(3);
  });
});
