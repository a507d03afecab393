// Where an export's bytes go (mutation testing of atomic-file.ts), through the public export: the file under its
// name once complete with no temporary file left, created private (0600: patients' names), a leftover of a killed export swept by the next one beside it, a folder given as the
// target refused with one sentence.
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../helpers/test-db';
import { exportInput, run, seedExportStore } from './export-fixtures';

let t: TestDb;
let out: string;
beforeEach(() => {
  t = createTestDb();
  seedExportStore(t);
  out = join(t.dir, 'exports');
  mkdirSync(out);
});
afterEach(() => t.dispose());

describe.skipIf(process.platform === 'win32')('the export file', () => {
  it.each(['csv', 'json', 'xlsx'] as const)(
    '%s: the complete file under its name only (no temporary file left), its size returned, private',
    async (format) => {
      const target = join(out, `trips.${format}`);
      const result = await run(t, exportInput(t, { format, part: 'trips', out: target }));
      // Renamed: nothing left under the temporary name.
      expect(readdirSync(out)).toEqual([`trips.${format}`]);
      expect(result.path).toBe(target);
      expect(result.bytes).toBe(statSync(target).size);
      expect(result.bytes).toBeGreaterThan(0);
      // The process's umask (022 here) would leave a file created without an explicit mode 0644.
      expect(statSync(target).mode & 0o777).toBe(0o600);
    },
  );

  it('a temporary file left by a killed export is removed by the next export beside it; others are kept', async () => {
    // A pid far above any Linux pid_max: no such process.
    const dead = '.trips.csv.99999999-0badc0de.part';
    const otherTarget = '.other.csv.99999999-0badc0de.part';
    writeFileSync(join(out, dead), 'half');
    writeFileSync(join(out, otherTarget), 'half');
    await run(t, exportInput(t, { format: 'csv', part: 'trips', out: join(out, 'trips.csv') }));
    expect(readdirSync(out).sort()).toEqual([otherTarget, 'trips.csv'].sort());
  });

  it('a folder given as the target is refused with one sentence, and the folder is left as it was', async () => {
    const folder = join(out, 'trips.csv');
    mkdirSync(folder);
    await expect(
      run(t, exportInput(t, { format: 'csv', part: 'trips', out: folder, force: true })),
    ).rejects.toMatchObject({ kind: 'io', userMessage: { key: 'exports.errors.isFolder' } });
    expect(statSync(folder).isDirectory()).toBe(true);
    expect(readdirSync(out)).toEqual(['trips.csv']);
    expect(readdirSync(folder)).toEqual([]);
  });
});
