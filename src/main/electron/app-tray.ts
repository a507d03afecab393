// The tray icon: shows the last sync, offers "sync now", and keeps the app running when the window is closed
// (setting keepRunningInTray). No tray when the icon file cannot be read (an empty image would make an invisible
// tray) or `new Tray` throws. GNOME without the AppIndicator extension accepts `new Tray` and shows nothing:
// that cannot be detected, so the shell says once, when the window closes, how to come back (launch the app
// again: the single instance opens its window).
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
    const image = nativeImage.createFromPath(iconPath);
    if (image.isEmpty()) return null;
    tray = new Tray(image.resize({ width: 16, height: 16 }));
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
