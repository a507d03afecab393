// The tray icon: shows the last sync, offers "sync now", and keeps the app running when the window is closed
// (setting keepRunningInTray). Some Linux desktops have no tray: then creating it may fail and the app quits on
// window close as usual.
import { Menu, Tray, nativeImage } from 'electron';
import type { Lang } from '../../shared/analytics-types';
import { formatDateTime } from '../../shared/format';
import { translate } from '../../shared/i18n';
import type { shell } from '../../shared/i18n/fr/shell';

export interface TrayState {
  lang: Lang;
  timeZone: string;
  running: boolean;
  lastSuccessAt: number | null;
  failed: boolean;
}

export interface AppTray {
  update(state: TrayState): void;
  destroy(): void;
}

export function createAppTray(
  iconPath: string,
  actions: { open: () => void; syncNow: () => void; quit: () => void },
): AppTray | null {
  let tray: Tray;
  try {
    tray = new Tray(nativeImage.createFromPath(iconPath).resize({ width: 16, height: 16 }));
  } catch {
    return null;
  }
  tray.on('click', actions.open);
  return {
    update(state) {
      const t = (key: keyof typeof shell) => translate(state.lang, `shell.${key}`);
      const status = state.running
        ? t('syncing')
        : state.lastSuccessAt === null
          ? t('neverSynced')
          : translate(state.lang, 'shell.lastSync', {
              when: formatDateTime(state.lang, state.lastSuccessAt, state.timeZone),
            });
      tray.setToolTip(`Dispatch Analytics — ${status}${state.failed ? ` (${t('syncFailed')})` : ''}`);
      tray.setContextMenu(
        Menu.buildFromTemplate([
          { label: status, enabled: false },
          ...(state.failed ? [{ label: t('syncFailed'), enabled: false }] : []),
          { type: 'separator' },
          { label: t('open'), click: actions.open },
          { label: t('syncNow'), click: actions.syncNow, enabled: !state.running },
          { type: 'separator' },
          { label: t('quit'), click: actions.quit },
        ]),
      );
    },
    destroy: () => tray.destroy(),
  };
}
