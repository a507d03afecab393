// Which OS notifications the desktop app shows, when, and how often (src/main/electron/desktop-notices.ts).
import { describe, expect, it } from 'vitest';
import { createNoticeWatcher, HOUR_MS, type NoticeInputs } from '../../src/main/electron/desktop-notices';
import type { DeliveryView, ReportJobView } from '../../src/shared/contract/reports-schemas';

const T0 = Date.parse('2026-03-10T08:00:00Z');
const MIN = 60_000;

function delivery(id: number, state: DeliveryView['state'], updatedAt: number): DeliveryView {
  return {
    id,
    runId: 1,
    job: 'daily',
    periodKey: '2026-03-09',
    recipient: `r${id}@example.ch`,
    lang: 'fr',
    state,
    attempts: 1,
    messageId: null,
    response: '550 mailbox unavailable',
    updatedAt,
  };
}

function job(over: Partial<ReportJobView> = {}): ReportJobView {
  return {
    job: 'daily',
    kind: 'daily',
    enabled: true,
    time: '08:00',
    weekday: null,
    timeZone: 'Europe/Zurich',
    recipients: 'chef@example.ch',
    next: { at: '2026-03-11T07:00:00.000Z', periodKey: '2026-03-10' },
    last: { periodKey: '2026-03-09', status: 'done', startedAt: '', finishedAt: null },
    ...over,
  };
}

function inputs(now: number, over: Partial<NoticeInputs> = {}): NoticeInputs {
  return {
    lang: 'fr',
    now,
    overview: { jobs: [], history: [], reports: { holdWhenStale: false } as never },
    syncFailingSince: null,
    ...over,
  };
}
const withHistory = (now: number, history: DeliveryView[]) =>
  inputs(now, { overview: { jobs: [], history, reports: { holdWhenStale: false } as never } });

describe('delivery notices', () => {
  it('announces a new failed delivery once, opening the Reports screen', () => {
    const w = createNoticeWatcher({ startedAt: T0 });
    const history = [delivery(1, 'failed', T0 + MIN)];
    const [notice, ...more] = w.check(withHistory(T0 + 2 * MIN, history));
    expect(more).toEqual([]);
    expect(notice).toMatchObject({ kind: 'delivery-failed', screen: 'reports' });
    expect(notice!.title).toBe('Un rapport n’a pas pu être envoyé');
    expect(notice!.body).toMatch(/r1@example\.ch/);
    expect(w.check(withHistory(T0 + 3 * MIN, history))).toEqual([]);
  });

  it('says "uncertain" when every new one is unknown, and ignores failures from before the start', () => {
    const w = createNoticeWatcher({ startedAt: T0 });
    const history = [delivery(1, 'failed', T0 - MIN), delivery(2, 'unknown', T0 + MIN)];
    const notices = w.check(withHistory(T0 + 2 * MIN, history));
    expect(notices.map((n) => n.title)).toEqual(['Envoi d’un rapport incertain']);
  });

  it('shows at most one per hour, however many failures follow', () => {
    const w = createNoticeWatcher({ startedAt: T0 });
    const shown = [0, 10, 20, 59, 61, 70].map(
      (m) => w.check(withHistory(T0 + m * MIN, [delivery(m + 1, 'failed', T0 + m * MIN)])).length,
    );
    expect(shown).toEqual([1, 0, 0, 0, 1, 0]);
  });
});

describe('sync failing notices', () => {
  it('waits for the configured time, then shows one per hour while it keeps failing', () => {
    const w = createNoticeWatcher({ startedAt: T0, syncFailingAfterMs: 30 * MIN });
    const at = (m: number) => w.check(inputs(T0 + m * MIN, { syncFailingSince: T0 }));
    expect(at(29)).toEqual([]);
    const [notice] = at(30);
    expect(notice).toMatchObject({ kind: 'sync-failing', screen: 'dashboard' });
    expect(notice!.body).toMatch(/30 min/);
    expect(at(60)).toEqual([]);
    expect(at(30 + 60)).toHaveLength(1);
  });

  it('is independent of the delivery notices (one per kind)', () => {
    const w = createNoticeWatcher({ startedAt: T0, syncFailingAfterMs: 0 });
    const both = w.check({
      ...withHistory(T0 + MIN, [delivery(1, 'failed', T0 + MIN)]),
      syncFailingSince: T0,
    });
    expect(both.map((n) => n.kind).sort()).toEqual(['delivery-failed', 'sync-failing']);
  });
});

describe('report held back', () => {
  const overview = (jobs: ReportJobView[], holdWhenStale = true) => ({
    jobs,
    history: [],
    reports: { holdWhenStale } as never,
  });
  // Due 2026-03-10 08:00 Zurich (07:00Z) for 2026-03-09; next is the 11th for the 10th.
  const gap = job({ last: { periodKey: '2026-03-08', status: 'done', startedAt: '', finishedAt: null } });
  const due = Date.parse('2026-03-10T07:00:00Z');

  it('announces a due period left unsent while stale data is held back, after a grace time', () => {
    const w = createNoticeWatcher({ startedAt: T0, heldAfterMs: 15 * MIN });
    expect(w.check(inputs(due + 10 * MIN, { overview: overview([gap]) }))).toEqual([]);
    const [notice] = w.check(inputs(due + 15 * MIN, { overview: overview([gap]) }));
    expect(notice).toMatchObject({ kind: 'report-held', screen: 'reports' });
    expect(notice!.body).toMatch(/2026-03-09/);
  });

  it('says nothing when the period was sent, when holding is off, or for a schedule that never ran', () => {
    const w = createNoticeWatcher({ startedAt: T0 });
    const later = due + 2 * HOUR_MS;
    expect(w.check(inputs(later, { overview: overview([job()]) }))).toEqual([]);
    expect(w.check(inputs(later, { overview: overview([gap], false) }))).toEqual([]);
    expect(w.check(inputs(later, { overview: overview([job({ last: null })]) }))).toEqual([]);
  });
});
