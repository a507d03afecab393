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

describe('settings command: mail, reports and exports', () => {
  it('mail.port=abc: exit 2 with the field’s message, nothing saved', async () => {
    box = cliSandbox();
    const fr = await box.run('settings', 'set', 'mail.host=smtp.example.ch', 'mail.port=abc');
    expect(fr.code).toBe(2);
    expect(fr.stderr).toContain('mail.port : Port de 1 à 65535 (465 pour tls, 587 pour starttls).');
    expect(fr.stderr).toContain('Rien n’a été enregistré.');
    const en = await box.run('--lang', 'en', 'settings', 'set', 'mail.port=abc');
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('mail.port: Port from 1 to 65535 (465 for tls, 587 for starttls).');
    expect(stored(box.dir).mail.host).toBe('');
  });

  it('refuses a bad value of every kind with the Reports screen’s messages, and the SMTP password', async () => {
    box = cliSandbox();
    const res = await box.run(
      '--lang',
      'en',
      'settings',
      'set',
      'mail.security=ssl',
      'mail.from=reports',
      'reports.daily.time=25:00',
      'reports.weekly.recipients=chef@example, x',
      'reports.weekly.weekday=8',
      'reports.catchUpDays=61',
      'reports.sendWhenEmpty=maybe',
      'exports.csvDecimal=#',
      'mail.password=hunter2',
    );
    expect(res.code).toBe(2);
    for (const line of [
      'mail.security: Choose tls, starttls or none.',
      'mail.from: Invalid sender address',
      'reports.daily.time: Time as HH:MM',
      'reports.weekly.recipients: Addresses separated by commas',
      'reports.weekly.weekday: Day from 1 (Monday) to 7 (Sunday).',
      'reports.catchUpDays: Number of days from 0 to 60.',
      'reports.sendWhenEmpty: Invalid value: enter true or false.',
      'exports.csvDecimal: Invalid decimal mark',
      'mail.password: The SMTP password does not go through `settings set`',
    ]) {
      expect(res.stderr).toContain(line);
    }
    expect(res.stderr).not.toContain('hunter2');
    expect(() => readFileSync(join(box!.dir, 'secrets.json'))).toThrow();
  });

  it('reports settings set are shown by `settings get reports` and planned by `schedule status`', async () => {
    box = cliSandbox();
    const set = await box.run(
      'settings',
      'set',
      'reports.daily.enabled=oui',
      'reports.daily.time=08:00',
      'reports.daily.recipients=a@x.ch:en,b@y.ch',
      'reports.weekly.enabled=true',
      'reports.weekly.weekday=5',
      'reports.weekly.time=17:30',
      'mail.port=465',
      'mail.security=tls',
    );
    expect(set.stderr).toBe('');
    expect(set.code).toBe(0);
    const get = await box.run('settings', 'get', 'reports');
    expect(get.stdout).toBe(
      [
        'reports.daily.enabled=true',
        'reports.daily.time=08:00',
        'reports.daily.recipients=a@x.ch:en,b@y.ch',
        'reports.daily.attachPdf=false',
        'reports.weekly.enabled=true',
        'reports.weekly.weekday=5',
        'reports.weekly.time=17:30',
        'reports.weekly.recipients=',
        'reports.weekly.attachXlsx=false',
        'reports.weekly.attachPdf=false',
        'reports.weekly.attachXlsxTrips=false',
        'reports.catchUpDays=7',
        'reports.sendWhenEmpty=false',
        'reports.holdWhenStale=false',
        'reports.chromiumPath=',
        'reports.dashboardUrl=',
        '',
      ].join('\n'),
    );
    expect((await box.run('settings', 'get', 'mail.port')).stdout).toBe('mail.port=465\n');

    const status = await box.run('schedule', 'status', '--json');
    expect(status.code).toBe(0);
    const { jobs } = JSON.parse(status.stdout) as {
      jobs: {
        kind: string;
        enabled: boolean;
        time: string;
        weekday: number | null;
        recipients: string;
        next: { at: string; periodKey: string } | null;
      }[];
    };
    // NOW is Sunday 2026-03-15 11:00 in Zurich: the next daily run is Monday 08:00 (CET), the weekly one Friday.
    expect(jobs.find((j) => j.kind === 'daily')).toMatchObject({
      enabled: true,
      time: '08:00',
      recipients: 'a@x.ch:en,b@y.ch',
      next: { at: '2026-03-16T07:00:00.000Z', periodKey: '2026-03-15' },
    });
    expect(jobs.find((j) => j.kind === 'weekly')).toMatchObject({
      enabled: true,
      time: '17:30',
      weekday: 5,
      next: { at: '2026-03-20T16:30:00.000Z' },
    });
  });

  it('exports.csvDelimiter is used by the next CSV export; a tab is written `tab`', async () => {
    box = cliSandbox();
    expect((await box.run('demo', 'seed', '--days', '10', '--seed', '2')).code).toBe(0);
    const exportDaily = async (name: string) => {
      const out = join(box!.dir, name);
      const r = await box!.run(
        '--lang',
        'en',
        'export',
        '--format',
        'csv',
        '--what',
        'daily',
        '--period',
        '7d',
        '--out',
        out,
      );
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      return readFileSync(out, 'utf8')
        .replace(/^\uFEFF/, '')
        .split(/\r?\n/)[0]!;
    };
    // English 'auto' is the reference server's comma.
    expect(await exportDaily('auto.csv')).toMatch(/^Date,Bookings,/);
    const set = await box.run('settings', 'set', 'exports.csvDelimiter=;');
    expect(set.code).toBe(0);
    expect(await exportDaily('semicolon.csv')).toMatch(/^Date;Bookings;/);
    expect((await box.run('settings', 'set', 'exports.csvDelimiter=tab')).code).toBe(0);
    expect((await box.run('settings', 'get', 'exports.csvDelimiter')).stdout).toBe(
      'exports.csvDelimiter=tab\n',
    );
    expect(await exportDaily('tab.csv')).toMatch(/^Date\tBookings\t/);
  });
});
