// Issue 13, finding 10: exports were written 0644 (the umask's default), also into the data folder, although they
// hold patient names and addresses and the README says 0600. The CLI's export, real files.
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/main/cli/main';

let dir = '';
let umask = 0;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'da-export-mode-'));
  // The usual desktop umask: without an explicit mode, new files are 0644.
  umask = process.umask(0o022);
});
afterEach(() => {
  process.umask(umask);
  rmSync(dir, { recursive: true, force: true });
});

async function cli(...args: string[]) {
  let err = '';
  const code = await runCli(['--data-dir', dir, '--lang', 'en', ...args], {
    io: { stdout: () => {}, stderr: (t) => void (err += t) },
  });
  return { code, err };
}

describe.skipIf(process.platform === 'win32')('export files are private (issue 13, finding 10)', () => {
  it.each(['csv', 'json', 'xlsx'])(
    'a %s export into the data folder is 0600, also when it replaces a 0644 file',
    async (format) => {
      expect((await cli('demo', 'seed', '--days', '10', '--bookings-per-day', '10')).code).toBe(0);
      const exports = join(dir, 'exports');
      mkdirSync(exports, { mode: 0o700 });
      const out = join(exports, `trips.${format}`);
      const what = format === 'csv' ? 'trips' : 'all';
      const args = ['export', '--format', format, '--what', what, '--period', '30d', '--out', out];
      expect(await cli(...args)).toEqual({ code: 0, err: '' });
      expect(statSync(out).mode & 0o777).toBe(0o600);
      rmSync(out);
      writeFileSync(out, 'old', { mode: 0o644 });
      expect((await cli(...args, '--force')).code).toBe(0);
      expect(statSync(out).mode & 0o777).toBe(0o600);
    },
  );
});
