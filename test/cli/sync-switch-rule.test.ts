// Issue 13, finding 12 (second half): `sync --server` to another server whose company has the same id merged into
// the store without the switch backup. The CLI now follows the app's rule (data-source-repo.ts plannedSwitch):
// the same company at another address keeps its data after a switch backup; another company is refused without
// --replace. Real demo dispatch servers on 127.0.0.1, the CLI in-process.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/main/cli/main';
import { listBackups } from '../../src/main/store/backups';
import { createDemoDataset } from '../../src/main/demo/demo-generator';
import { startDemoServer, type DemoServer } from '../../src/main/demo-server/demo-server';
import { addDays, todayIn } from '../../src/shared/time';

const PW_ENV = 'DA_TEST_SWITCH_PASSWORD';
const CREDENTIALS = { email: 'switch@dispatch.local', password: 'switch-test-password' };
const ZONE = 'Europe/Zurich';
const servers: DemoServer[] = [];
let dir = '';
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
  rmSync(dir, { recursive: true, force: true });
  delete process.env[PW_ENV];
});

async function server(companyId: number): Promise<string> {
  const dataset = createDemoDataset({
    seed: 7,
    days: 10,
    endDay: addDays(todayIn(ZONE, Date.now()), -1),
    bookingsPerDay: 10,
    timeZone: ZONE,
    companyId,
  });
  const s = await startDemoServer({ dataset, credentials: CREDENTIALS, seed: 7 });
  servers.push(s);
  return s.url;
}

async function sync(url: string, ...extra: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(
    ['--data-dir', dir, '--lang', 'en', 'sync', '--server', url, '--email', CREDENTIALS.email]
      .concat(['--password-env', PW_ENV, '--from', addDays(today(), -5), '--to', addDays(today(), -1)])
      .concat(extra),
    { io: { stdout: (t) => void (out += t), stderr: (t) => void (err += t) } },
  );
  return { code, out, err };
}

const today = () => todayIn(ZONE, Date.now());
const switchBackups = () => listBackups(dir).filter((b) => b.reason === 'switch');

describe('sync --server follows the switch rule (issue 13, finding 12)', () => {
  it('another server of the same company: a switch backup, the data kept; another company: refused', async () => {
    dir = mkdtempSync(join(tmpdir(), 'da-cli-switch-'));
    process.env[PW_ENV] = CREDENTIALS.password;
    const first = await server(1);
    const same = await server(1);
    const other = await server(2);

    const a = await sync(first);
    expect(a.err).toBe('');
    expect(a.code).toBe(0);
    expect(switchBackups()).toEqual([]);

    const b = await sync(same);
    expect(b.err).toBe('');
    expect(b.code).toBe(0);
    expect(b.out).toContain('A new address of the same company: the data is kept');
    expect(switchBackups()).toHaveLength(1);

    const c = await sync(other);
    expect(c.code).toBe(2);
    expect(c.err).toContain('--replace');
    expect(switchBackups()).toHaveLength(1);
  }, 60_000);
});
