// The tray icon: renders tray-model.ts (last sync, next report, failed deliveries and the actions) and keeps the
// app running when the window is closed (see close-to-tray in the shell). No tray when the icon file cannot be
// read (an empty image would make an invisible tray) or `new Tray` throws. GNOME without the AppIndicator
// extension accepts `new Tray` and shows nothing: that cannot be detected, so the shell says once, when the
// window closes, how to come back (launch the app again: the single instance opens its window).
import { Menu, Tray, nativeImage, type MenuItemConstructorOptions } from 'electron';
import { trayModel, type TrayAction, type TrayItem, type TrayState } from './tray-model';

export interface AppTray {
  update(state: TrayState): void;
  destroy(): void;
}

function menuItem(item: TrayItem, run: (action: TrayAction) => void): MenuItemConstructorOptions {
  switch (item.type) {
    case 'label':
      return { label: item.label, enabled: false };
    case 'separator':
      return { type: 'separator' };
    case 'action':
      return { label: item.label, enabled: item.enabled, click: () => run(item.action) };
    case 'checkbox':
      return { label: item.label, type: 'checkbox', checked: item.checked, click: () => run(item.action) };
  }
}

export function createAppTray(iconPath: string, run: (action: TrayAction) => void): AppTray | null {
  let tray: Tray;
  try {
    const image = nativeImage.createFromPath(iconPath);
    if (image.isEmpty()) return null;
    tray = new Tray(image.resize({ width: 16, height: 16 }));
  } catch {
    return null;
  }
  tray.on('click', () => run('open'));
  return {
    update(state) {
      const model = trayModel(state);
      tray.setToolTip(model.tooltip);
      tray.setContextMenu(Menu.buildFromTemplate(model.items.map((item) => menuItem(item, run))));
    },
    destroy: () => tray.destroy(),
  };
}
