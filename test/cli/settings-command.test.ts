// `dispatch-analytics settings get/set`: dotted keys of the schema, values parsed per field, all or nothing,
// exit 2 with the field's message, never a password.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readSettings } from '../../src/main/settings';
import { openStore } from '../../src/main/store/open-store';
import { cliSandbox, type CliSandbox } from './run-cli';

let box: CliSandbox | undefined;
afterEach(() => {
  box?.dispose();
  box = undefined;
});

function stored(dir: string) {
  const store = openStore(join(dir, 'dispatch-analytics.sqlite'));
  try {
    return readSettings(store.db);
  } finally {
    store.close();
  }
}

describe('settings command', () => {
  it('get prints every setting as key=value, a section, or one key', async () => {
    box = cliSandbox();
    const all = await box.run('settings', 'get');
    expect(all.code).toBe(0);
    expect(all.stdout).toContain('sync.historyDays=90\n');
    expect(all.stdout).toContain('analytics.timeZone=Europe/Zurich\n');
    expect(all.stdout).toContain('server.url=\n');
    expect(all.stdout).toContain('backups.keep=7\n');
    expect(all.stdout).not.toContain('windowBounds');
    expect((await box.run('settings', 'get', 'ui')).stdout).toBe('ui.language=fr\nui.theme=system\n');
    expect((await box.run('settings', 'get', 'sync.intervalMinutes')).stdout).toBe(
      'sync.intervalMinutes=15\n',
    );
    const unknown = await box.run('settings', 'get', 'sync.nope');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Réglage inconnu « sync.nope »');
  });

  it('set parses each value by its field (French decimals too) and saves them together', async () => {
    box = cliSandbox();
    const res = await box.run(
      'settings',
      'set',
      'sync.historyDays=30',
      'analytics.onTimeThresholdMinutes=7',
      'analytics.insightThresholds.patternDayShare=0,25',
      'shell.keepRunningInTray=non',
      'ui.theme=dark',
      'analytics.timeZone=America/New_York',
    );
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('analytics.insightThresholds.patternDayShare=0.25\n');
    const s = stored(box.dir);
    expect(s.sync.historyDays).toBe(30);
    expect(s.analytics.onTimeThresholdMinutes).toBe(7);
    expect(s.analytics.insightThresholds.patternDayShare).toBe(0.25);
    expect(s.shell.keepRunningInTray).toBe(false);
    expect(s.ui.theme).toBe('dark');
    expect(s.analytics.timeZone).toBe('America/New_York');
  });

  it('one bad value: exit 2, every refused field with its message, nothing written', async () => {
    box = cliSandbox();
    const res = await box.run(
      '--lang',
      'en',
      'settings',
      'set',
      'sync.historyDays=45',
      'sync.intervalMinutes=abc',
      'analytics.onTimeThresholdMinutes=500',
      'server.url=http://dispatch.example.ch',
      'server.email=a@b.ch',
    );
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('sync.intervalMinutes: Enter a whole number between 0 and 1440.');
    expect(res.stderr).toContain('analytics.onTimeThresholdMinutes: Enter a whole number between 0 and 120.');
    expect(res.stderr).toContain('server.url: Use https://');
    expect(res.stderr).toContain('Nothing was saved.');
    expect(stored(box.dir).sync.historyDays).toBe(90);
  });

  it('never takes a password, and a new server needs its password given the CLI way', async () => {
    box = cliSandbox();
    const secret = await box.run('settings', 'set', 'server.password=hunter2');
    expect(secret.code).toBe(2);
    expect(secret.stderr).toContain('DISPATCH_PASSWORD');
    const server = await box.run('settings', 'set', 'server.url=https://a.example', 'server.email=a@b.ch');
    expect(server.code).toBe(2);
    expect(server.stderr).toContain('Nouveau serveur (https://a.example)');
    expect(server.stderr).toContain('--save-password');
    expect(stored(box.dir).server).toEqual({ url: null, email: null });
    expect(() => readFileSync(join(box!.dir, 'secrets.json'))).toThrow();
  });

  it('a key=value without "=" is a usage error that shows the form', async () => {
    box = cliSandbox();
    const res = await box.run('settings', 'set', 'sync.historyDays');
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('CLÉ=VALEUR');
  });
});
