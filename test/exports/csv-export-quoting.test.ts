// What a spreadsheet needs to read a CSV export back as it was written (mutation testing of csv-writer.ts): a
// text holding a quote or a line break is quoted with its quotes doubled, whatever the delimiter; a decimal comma
// in a `,` file stays one field; the file is the BOM, the header and CRLF-ended records. Every file is written by
// the public export and read back with csv-parse, so these tests hold however the writer's hot path is built.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { aggregateAll } from '../../src/main/aggregation/aggregate-service';
import type { CsvDelimiter } from '../../src/main/settings/sections/exports';
import { createTestDb, type TestDb } from '../helpers/test-db';
import { COMPANY_ID, insertBooking, insertCompanyWithDrivers } from '../aggregation/store-fixtures';
import { exportInput, NOW, readCsv, run, settings } from './export-fixtures';

const QUOTED_NAME = 'Café "Le Central"';
const CRLF_NAME = 'EMS Les Tilleuls\r\nBâtiment B';
const LF_NAME = 'Clinique des Grangettes\nentrée nord';
const CR_NAME = 'Hôpital de Morges\rpavillon 2';
const NAMES = [QUOTED_NAME, CRLF_NAME, LF_NAME, CR_NAME];

/** The CSV field of a text as RFC 4180 writes it: quoted, its quotes doubled. */
const quotedField = (text: string) => `"${text.replaceAll('"', '""')}"`;

describe('CSV texts with quotes or line breaks', () => {
  let t: TestDb;
  beforeEach(() => {
    t = createTestDb();
    insertCompanyWithDrivers(t.db, ['Anna Keller']);
    for (const [i, customerName] of NAMES.entries()) {
      insertBooking(t.db, {
        local: `2026-03-27T1${i}:00:00`,
        lateBy: 60,
        driverId: 1,
        distanceMeters: 12_345,
        customerName,
      });
    }
    aggregateAll(t.db, { companyId: COMPANY_ID, now: NOW, settings });
  });
  afterEach(() => t.dispose());

  for (const delimiter of [';', ',', '\t'] as const satisfies readonly CsvDelimiter[]) {
    it(`are quoted, quotes doubled, and read back whole with the delimiter ${JSON.stringify(delimiter)}`, async () => {
      const out = join(t.dir, 'trips.csv');
      await run(t, exportInput(t, { format: 'csv', part: 'trips', out, delimiter, decimal: '.' }));
      const { raw, rows } = readCsv(out, delimiter);
      const customer = rows[0]!.indexOf('Customer');
      expect(rows.slice(1).map((r) => r[customer])).toEqual(NAMES);
      // In the file itself: Excel splits a record at an unquoted CR or LF, which csv-parse (told the records end
      // in CRLF) would forgive.
      for (const name of NAMES) expect(raw).toContain(`${delimiter}${quotedField(name)}${delimiter}`);
      // A plain text is not quoted: Excel would show the quotes of a half-quoted field.
      expect(raw).toContain(`${delimiter}Anna Keller${delimiter}`);
    });
  }

  it('starts with the BOM and the header, and ends every record (the last one too) with CRLF', async () => {
    const out = join(t.dir, 'trips.csv');
    await run(t, exportInput(t, { format: 'csv', part: 'trips', out, delimiter: ';', decimal: ',' }));
    const { raw, rows } = readCsv(out, ';');
    expect(raw.startsWith('\uFEFFBooking;Date;Scheduled;')).toBe(true);
    expect(raw.endsWith('\r\n')).toBe(true);
    expect(raw.endsWith('\r\n\r\n')).toBe(false);
    expect(rows).toHaveLength(1 + NAMES.length);
    // Four records (plus the header) end in CRLF outside quotes: the line breaks inside the names do not count.
    expect(raw.replaceAll(/"[^"]*"/g, '').split('\r\n')).toHaveLength(1 + NAMES.length + 1);
  });

  it('a decimal comma in a `,` file stays one field (quoted), and reads back as the number', async () => {
    const out = join(t.dir, 'trips.csv');
    await run(t, exportInput(t, { format: 'csv', part: 'trips', out, delimiter: ',', decimal: ',' }));
    const { raw, rows } = readCsv(out, ',');
    const distance = rows[0]!.indexOf('Distance (km)');
    expect(rows.slice(1).map((r) => r[distance])).toEqual(NAMES.map(() => '12,35'));
    expect(raw).toContain(',"12,35",');
  });

  it('a decimal comma in a `;` file is a bare number, not a quoted text', async () => {
    const out = join(t.dir, 'trips.csv');
    await run(t, exportInput(t, { format: 'csv', part: 'trips', out, delimiter: ';', decimal: ',' }));
    const { raw, rows } = readCsv(out, ';');
    const distance = rows[0]!.indexOf('Distance (km)');
    expect(rows.slice(1).map((r) => r[distance])).toEqual(NAMES.map(() => '12,35'));
    expect(raw).toContain(';12,35;');
    expect(raw).not.toContain('"12,35"');
  });
});
