// The packaging script against a file laid out like an Electron binary's fuse wire (the sentinel, version 1, the
// wire length, one byte per fuse), since no Electron binary can be downloaded here. Run as a user would.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';

const SCRIPT = resolve(__dirname, '../../scripts/flip-fuses.mjs');
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const WIRE_LENGTH = 9;
const ON = 0x31;
const OFF = 0x30;

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

/** A fake binary whose fuses are all on, the wire surrounded by other bytes. */
function fakeBinary(): { path: string; wireAt: number } {
  dir = mkdtempSync(join(tmpdir(), 'da-fuses-'));
  const before = Buffer.alloc(100_000, 0xab);
  const header = Buffer.concat([Buffer.from(SENTINEL), Buffer.from([1, WIRE_LENGTH])]);
  const wire = Buffer.alloc(WIRE_LENGTH, ON);
  const path = join(dir, 'dispatch-analytics');
  writeFileSync(path, Buffer.concat([before, header, wire, Buffer.alloc(5_000, 0xcd)]));
  return { path, wireAt: before.length + header.length };
}

const run = (args: string[]) => promisify(execFile)(process.execPath, [SCRIPT, ...args]);

describe('scripts/flip-fuses.mjs', () => {
  it('turns RunAsNode, NODE_OPTIONS, --inspect and file:// privileges off, cookie encryption and asar-only on', async () => {
    const { path, wireAt } = fakeBinary();
    const { stdout } = await run([path]);
    expect(stdout).toContain('RunAsNode=off');
    const wire = [...readFileSync(path).subarray(wireAt, wireAt + WIRE_LENGTH)];
    // RunAsNode, EnableCookieEncryption, EnableNodeOptionsEnvironmentVariable, EnableNodeCliInspectArguments,
    // EnableEmbeddedAsarIntegrityValidation (left), OnlyLoadAppFromAsar, LoadBrowserProcessSpecificV8Snapshot
    // (left), GrantFileProtocolExtraPrivileges, WasmTrapHandlers (left)
    expect(wire).toEqual([OFF, ON, OFF, OFF, ON, ON, ON, OFF, ON]);
  });

  it('fails with a sentence on a file that is not an Electron binary, and on missing arguments', async () => {
    dir = mkdtempSync(join(tmpdir(), 'da-fuses-'));
    const notElectron = join(dir, 'readme.txt');
    writeFileSync(notElectron, 'hello');
    await expect(run([notElectron])).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('Could not flip the fuses'),
    });
    await expect(run([])).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('Usage') });
  });
});
