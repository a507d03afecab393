// What the tray shows and offers (src/main/electron/tray-model.ts), and when closing the window keeps the app.
import { describe, expect, it } from 'vitest';
import { keepsRunningOnClose, trayModel, type TrayState } from '../../src/main/electron/tray-model';
import type { ReportJobView } from '../../src/shared/contract/reports-schemas';

const daily: ReportJobView = {
  job: 'daily',
  kind: 'daily',
  enabled: true,
  time: '08:00',
  weekday: null,
  timeZone: 'Europe/Zurich',
  recipients: 'chef@example.ch',
  next: { at: '2026-03-11T07:00:00.000Z', periodKey: '2026-03-10' },
  last: null,
};
const weekly: ReportJobView = {
  ...daily,
  job: 'weekly',
  kind: 'weekly',
  weekday: 1,
  next: { at: '2026-03-16T08:00:00.000Z', periodKey: '2026-03-09' },
};

const state = (over: Partial<TrayState> = {}): TrayState => ({
  lang: 'fr',
  timeZone: 'Europe/Zurich',
  running: false,
  lastSuccessAt: Date.parse('2026-03-10T09:15:00Z'),
  failed: false,
  jobs: [weekly, daily],
  failedDeliveries: 0,
  openAtLogin: false,
  ...over,
});
const labels = (s: TrayState) => trayModel(s).items.map((i) => ('label' in i ? i.label : '—'));

describe('tray', () => {
  it('shows the last sync, the next report with its time and zone, and the actions', () => {
    expect(labels(state())).toEqual([
      'Dernière synchronisation : 10.03.2026 10:15',
      'Prochain rapport : quotidien, 11.03.2026 08:00 (Europe/Zurich)',
      '—',
      'Ouvrir Dispatch Analytics',
      'Synchroniser maintenant',
      'Envoyer le prochain rapport maintenant',
      'Démarrer avec la session',
      '—',
      'Quitter',
    ]);
  });

  it('counts the failed deliveries in the menu and the tooltip, in English too', () => {
    const m = trayModel(state({ lang: 'en', failedDeliveries: 2, failed: true }));
    expect(m.items.slice(0, 4).map((i) => ('label' in i ? i.label : ''))).toEqual([
      expect.stringMatching(/^Last sync: /),
      'The last sync failed',
      'Next report: daily, 11 Mar 2026 08:00 (Europe/Zurich)',
      'Failed deliveries: 2',
    ]);
    expect(m.tooltip).toMatch(/Failed deliveries: 2/);
  });

  it('offers "send the next report" only when one is scheduled, and no login item where there is none', () => {
    const m = trayModel(state({ jobs: [{ ...daily, enabled: false, next: null }], openAtLogin: null }));
    expect(m.items).toContainEqual({
      type: 'action',
      label: 'Envoyer le prochain rapport maintenant',
      action: 'sendNextReport',
      enabled: false,
    });
    expect(labels(state({ jobs: [], openAtLogin: null }))).not.toContain('Démarrer avec la session');
    expect(labels(state({ jobs: [] }))).toContain('Aucun rapport planifié');
  });

  it('greys "sync now" while a sync runs, and ticks the login item when it is on', () => {
    const m = trayModel(state({ running: true, openAtLogin: true }));
    expect(m.items).toContainEqual({
      type: 'action',
      label: 'Synchroniser maintenant',
      action: 'syncNow',
      enabled: false,
    });
    expect(m.items).toContainEqual({
      type: 'checkbox',
      label: 'Démarrer avec la session',
      action: 'toggleOpenAtLogin',
      checked: true,
    });
  });
});

describe('closing the window', () => {
  it.each([
    [{ hasTray: true, keepRunningInTray: false, reportsScheduled: true }, true],
    [{ hasTray: true, keepRunningInTray: true, reportsScheduled: false }, true],
    [{ hasTray: true, keepRunningInTray: false, reportsScheduled: false }, false],
    [{ hasTray: false, keepRunningInTray: true, reportsScheduled: true }, false],
  ])('%o → keeps running: %s', (s, keep) => {
    expect(keepsRunningOnClose(s)).toBe(keep);
  });
});
