// What the tray shows, as plain data (no electron import; app-tray.ts turns it into a Tray menu): the last sync,
// the next report with its time and zone, the failed deliveries, and the actions open, sync now, send the next
// report now, open at login, quit.
import type { Lang } from '../../shared/analytics-types';
import type { ReportJobView } from '../../shared/contract/reports-schemas';
import { formatDateTime } from '../../shared/format';
import { translate } from '../../shared/i18n';

export interface TrayState {
  lang: Lang;
  timeZone: string;
  running: boolean;
  lastSuccessAt: number | null;
  failed: boolean;
  /** the enabled report schedules (null: not read yet) */
  jobs: ReportJobView[] | null;
  failedDeliveries: number;
  /** null where the platform has no login items the app can set */
  openAtLogin: boolean | null;
}

export type TrayAction = 'open' | 'syncNow' | 'sendNextReport' | 'toggleOpenAtLogin' | 'quit';

export type TrayItem =
  | { type: 'label'; label: string }
  | { type: 'separator' }
  | { type: 'action'; label: string; action: TrayAction; enabled: boolean }
  | { type: 'checkbox'; label: string; action: TrayAction; checked: boolean };

export interface TrayModel {
  tooltip: string;
  items: TrayItem[];
}

/** The enabled schedule due first (null: no report is scheduled). */
export function nextReport(jobs: ReportJobView[] | null): ReportJobView | null {
  const due = (jobs ?? []).filter((j) => j.enabled && j.next);
  due.sort((a, b) => Date.parse(a.next!.at) - Date.parse(b.next!.at));
  return due[0] ?? null;
}

export function trayModel(s: TrayState): TrayModel {
  const t = (key: string, params?: Record<string, string | number>) =>
    translate(s.lang, `shell.${key}` as Parameters<typeof translate>[1], params);
  const status = s.running
    ? t('syncing')
    : s.lastSuccessAt === null
      ? t('neverSynced')
      : t('lastSync', { when: formatDateTime(s.lang, s.lastSuccessAt, s.timeZone) });
  const next = nextReport(s.jobs);
  const nextLine = next
    ? t('tray.nextReport', {
        kind: t(`tray.kind.${next.kind}`),
        when: formatDateTime(s.lang, Date.parse(next.next!.at), next.timeZone),
        zone: next.timeZone,
      })
    : t('tray.noReportScheduled');
  const items: TrayItem[] = [
    { type: 'label', label: status },
    ...(s.failed ? [{ type: 'label' as const, label: t('syncFailed') }] : []),
    { type: 'label', label: nextLine },
    ...(s.failedDeliveries > 0
      ? [{ type: 'label' as const, label: t('tray.failedDeliveries', { count: s.failedDeliveries }) }]
      : []),
    { type: 'separator' },
    { type: 'action', label: t('open'), action: 'open', enabled: true },
    { type: 'action', label: t('syncNow'), action: 'syncNow', enabled: !s.running },
    {
      type: 'action',
      label: t('tray.sendNextReport'),
      action: 'sendNextReport',
      enabled: next !== null,
    },
    ...(s.openAtLogin === null
      ? []
      : [
          {
            type: 'checkbox' as const,
            label: t('tray.openAtLogin'),
            action: 'toggleOpenAtLogin' as const,
            checked: s.openAtLogin,
          },
        ]),
    { type: 'separator' },
    { type: 'action', label: t('quit'), action: 'quit', enabled: true },
  ];
  const warnings = [
    ...(s.failed ? [t('syncFailed')] : []),
    ...(s.failedDeliveries > 0 ? [t('tray.failedDeliveries', { count: s.failedDeliveries })] : []),
  ];
  return {
    tooltip: [`Dispatch Analytics — ${status}`, ...(next ? [nextLine] : []), ...warnings].join('\n'),
    items,
  };
}

/**
 * Whether closing the last window keeps the app running in the tray: when the user asked for it
 * (shell.keepRunningInTray), or when a report is scheduled (the reports go out only while the app runs) — and
 * only with a tray, the way back in.
 */
export function keepsRunningOnClose(s: {
  hasTray: boolean;
  keepRunningInTray: boolean;
  reportsScheduled: boolean;
}): boolean {
  return s.hasTray && (s.keepRunningInTray || s.reportsScheduled);
}
