// Which Chromium prints the PDF (chromium-pdf.ts#findChromium): the configured path and only it (a wrong one is
// said, never silently replaced by another browser), else the first system one. Real files in a temporary
// folder; nothing is launched here (the printing itself: chromium-print.test.ts).
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumFromSetting, findChromium, SYSTEM_CHROMIUMS } from '../../src/main/reports/chromium-pdf';

let dir: string;
let exe: string;
let plain: string;
let folder: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'chromium-lookup-'));
  exe = join(dir, 'my-chromium');
  writeFileSync(exe, '#!/bin/sh\n');
  chmodSync(exe, 0o755);
  plain = join(dir, 'not-executable');
  writeFileSync(plain, '');
  chmodSync(plain, 0o644);
  folder = join(dir, 'a-folder');
  mkdirSync(folder);
  chmodSync(folder, 0o755);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the configured Chromium', () => {
  it('is used when it is an executable file, blanks around it ignored', async () => {
    expect(await findChromium(`  ${exe}\n`)).toEqual({ found: true, path: exe });
  });

  it('a missing path, a file that cannot run or a folder is said to be wrong, not replaced', async () => {
    for (const path of [join(dir, 'missing'), plain, folder])
      expect(await findChromium(path)).toEqual({ found: false, reason: 'bad-path', path });
    const none = await chromiumFromSetting(plain);
    expect(none).toEqual({ renderer: null, lookup: { found: false, reason: 'bad-path', path: plain } });
  });

  it('gives a renderer named for its path', async () => {
    const { renderer, lookup } = await chromiumFromSetting(exe);
    expect(lookup).toEqual({ found: true, path: exe });
    expect(renderer?.name).toBe(`Chromium ${exe}`);
  });
});

describe('without a configured path', () => {
  it('takes the first system Chromium, Debian’s first', async () => {
    expect(SYSTEM_CHROMIUMS[0]).toBe('/usr/bin/chromium');
    // This machine has Debian's Chromium (the PDF tests need it too).
    expect(await findChromium('')).toEqual({ found: true, path: '/usr/bin/chromium' });
    expect(await findChromium('   ')).toEqual({ found: true, path: '/usr/bin/chromium' });
  });
});
