// Finding: reports went silent when the data stopped — with the dispatch server unreachable, the days after the
// last sync had no rows, so `run-due` skipped them as "empty period", day after day, and never synced first.
// Real processes, a real SMTP server on 127.0.0.1, a dispatch server that is down (a closed loopback port) or up
// (the demo dispatch server on loopback).
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/main/demo/seed-demo';
import { startEmbeddedDemoServer } from '../../src/main/demo-server/embedded-demo';
import { DEFAULT_ANALYTICS_SETTINGS } from '../../src/shared/analytics-types';
import { openStore, type Store } from '../../src/main/store/open-store';
import { setSetting } from '../../src/main/store/repos/settings-repo';
import { startTestSmtp, type TestSmtp } from '../mail/smtp-test-server';

const BIN = resolve(__dirname, '../../bin/dispatch-analytics.mjs');
/** The last sync: Monday 2026-03-02 06:00 in Zurich; the server is down from then on. */
const LAST_SYNC = Date.parse('2026-03-02T06:00:00+01:00');
const ENABLED = Date.parse('2026-03-02T12:00:00+01:00');

let smtp: TestSmtp;
const dirs: string[] = [];

beforeAll(async () => {
  smtp = await startTestSmtp();
});
afterAll(async () => {
  await smtp.stop();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
afterEach(() => void smtp.received.splice(0));

function cli(dir: string, now: string, env: Record<string, string> = {}, ...args: string[]) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((done) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      {
        env: { ...process.env, DISPATCH_ANALYTICS_DATA_DIR: dir, DISPATCH_ANALYTICS_NOW: now, ...env },
        timeout: 120_000,
      },
      (err, stdout, stderr) => done({ code: err ? Number(err.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** A port nothing listens on: connections are refused at once (the server is down). */
async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as { port: number }).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

function folder(prepare: (s: Store) => void, reports: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'da-silent-'));
  dirs.push(dir);
  const store = openStore(join(dir, 'dispatch-analytics.sqlite'));
  try {
    prepare(store);
    setSetting(
      store.db,
      'mail',
      { host: '127.0.0.1', port: smtp.port, security: 'none', from: 'rapports@example.ch' },
      ENABLED,
    );
    setSetting(
      store.db,
      'reports',
      { daily: { enabled: true, time: '08:00', recipients: 'chef@example.ch' }, ...reports },
      ENABLED,
    );
    store.sqlite
      .prepare("INSERT INTO schedule_enablement (job, enabled_at) VALUES ('report.daily', ?)")
      .run(ENABLED);
  } finally {
    store.close();
  }
  return dir;
}

async function downServerFolder(reports: Record<string, unknown>): Promise<string> {
  const port = await closedPort();
  return folder((s) => {
    seedDemo(s.db, {
      seed: 2,
      days: 14,
      endDay: '2026-03-02',
      now: LAST_SYNC,
      settings: DEFAULT_ANALYTICS_SETTINGS,
    });
    setSetting(s.db, 'server', { url: `http://127.0.0.1:${port}`, email: 'dispatch@example.ch' }, ENABLED);
  }, reports);
}

const header = (m: TestSmtp['received'][number]) => String(m.parsed.headers.get('x-dispatch-report'));
const DOWN_ENV = { DISPATCH_PASSWORD: 'secret' };

describe('the dispatch server is down', () => {
  it('holdWhenStale=false: every day still gets its report, first line "not up to date since", unknown figures "—"', async () => {
    const dir = await downServerFolder({});
    const run = await cli(dir, '2026-03-05T08:00:30+01:00', DOWN_ENV, 'schedule', 'run-due');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    // It tried to sync first, and says the sync failed.
    expect(run.stdout).toMatch(/synchronisation avant les rapports a échoué/i);
    expect(smtp.received.map(header)).toEqual(['daily 2026-03-02', 'daily 2026-03-03', 'daily 2026-03-04']);
    // The catch-up ones first say how late they are (late-notice.ts); then the stale warning comes first.
    expect(smtp.received[0]!.parsed.text).toMatch(/^Envoyé avec 2 jours de retard /);
    for (const m of smtp.received) {
      const lines = m.parsed.text!.split('\n').filter((l) => l && !l.startsWith('Envoyé avec'));
      expect(lines[0]).toBe(
        '⚠ Attention : les données ne sont pas à jour depuis le 02.03.2026 06:00 (dernière réponse du serveur de dispatch) ; ce rapport est incomplet.',
      );
      expect(m.parsed.html).toContain('data-stale="true"');
    }
    // 03-04 was never synced: no figure at all, never 0 % or 0 min or a score of 0.
    const unknown = smtp.received[2]!.parsed;
    expect(unknown.text).toContain('Aucune donnée pour cette période');
    expect(unknown.text).not.toMatch(/(?<!\d)0,0\s?(%|min)/);
    for (const kpi of ['total_bookings', 'on_time_rate', 'avg_delay_minutes', 'quality_score'])
      expect(unknown.html).toMatch(new RegExp(`data-kpi="${kpi}">—<`));
  }, 180_000);

  it('holdWhenStale=true: held while the catch-up window lasts, then a short notice instead — never silence', async () => {
    const dir = await downServerFolder({ holdWhenStale: true, catchUpDays: 3 });
    const first = await cli(dir, '2026-03-04T08:00:30+01:00', DOWN_ENV, 'schedule', 'run-due');
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/Rapport quotidien — lundi 02\.03 : retenu/);
    expect(smtp.received).toHaveLength(0);
    // Nothing checks for a week; the held periods' windows closed meanwhile: one notice each, then nothing more.
    const later = await cli(dir, '2026-03-10T09:00:00+01:00', DOWN_ENV, 'schedule', 'run-due');
    expect(later.code, later.stderr).toBe(0);
    const notices = smtp.received.filter((m) =>
      /pas envoyé, données pas à jour/.test(m.parsed.subject ?? ''),
    );
    expect(notices.map(header)).toEqual(['daily 2026-03-02', 'daily 2026-03-03']);
    expect(notices[0]!.parsed.text).toContain('les données ne sont pas à jour depuis le 02.03.2026 06:00');
    const count = smtp.received.length;
    await cli(dir, '2026-03-10T09:10:00+01:00', DOWN_ENV, 'schedule', 'run-due');
    expect(smtp.received).toHaveLength(count);
  }, 180_000);
});

describe('the dispatch server is up', () => {
  it('run-due syncs first: the report is built from fresh data, with no warning', async () => {
    const now = Date.parse('2026-03-04T08:00:30+01:00');
    const demo = await startEmbeddedDemoServer({ now: () => now, days: 20 });
    try {
      const dir = folder((s) => {
        setSetting(s.db, 'server', { url: demo.server.url, email: demo.credentials.email }, ENABLED);
        setSetting(s.db, 'sync', { historyDays: 5 }, ENABLED);
      }, {});
      const run = await cli(
        dir,
        '2026-03-04T08:00:30+01:00',
        { DISPATCH_PASSWORD: demo.credentials.password },
        'schedule',
        'run-due',
      );
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).not.toMatch(/échoué/);
      expect(smtp.received.map(header)).toEqual(['daily 2026-03-02', 'daily 2026-03-03']);
      for (const m of smtp.received) {
        expect(m.parsed.text).not.toContain('⚠');
        expect(m.parsed.html).not.toContain('data-stale');
      }
    } finally {
      await demo.server.close();
    }
  }, 180_000);
});
