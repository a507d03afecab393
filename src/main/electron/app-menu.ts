// The application menu, in the UI language (rebuilt when it changes).
import { Menu, app, type MenuItemConstructorOptions } from 'electron';
import type { Lang } from '../../shared/analytics-types';
import { translate } from '../../shared/i18n';
import type { shell } from '../../shared/i18n/fr/shell';

export function installAppMenu(lang: Lang, actions: { syncNow: () => void; isDev: boolean }): void {
  const t = (key: Exclude<keyof typeof shell, 'tray' | 'notices'>) => translate(lang, `shell.${key}`);
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac
      ? [
          {
            label: t('appMenu'),
            submenu: [
              { role: 'about' as const, label: t('about') },
              { type: 'separator' as const },
              { role: 'quit' as const, label: t('quit') },
            ],
          },
        ]
      : []),
    {
      label: t('file'),
      submenu: [
        { label: t('syncNow'), accelerator: 'CmdOrCtrl+R', click: actions.syncNow },
        { type: 'separator' },
        { label: t('quit'), accelerator: 'CmdOrCtrl+Q', click: () => app.quit() },
      ],
    },
    {
      label: t('edit'),
      submenu: [
        { role: 'undo', label: t('undo') },
        { role: 'redo', label: t('redo') },
        { type: 'separator' },
        { role: 'cut', label: t('cut') },
        { role: 'copy', label: t('copy') },
        { role: 'paste', label: t('paste') },
        { role: 'selectAll', label: t('selectAll') },
      ],
    },
    {
      label: t('view'),
      submenu: [
        { role: 'reload', label: t('reload'), accelerator: 'CmdOrCtrl+Shift+R' },
        ...(actions.isDev ? [{ role: 'toggleDevTools' as const, label: t('toggleDevTools') }] : []),
        { type: 'separator' },
        { role: 'resetZoom', label: t('resetZoom') },
        { role: 'zoomIn', label: t('zoomIn') },
        { role: 'zoomOut', label: t('zoomOut') },
        { type: 'separator' },
        { role: 'togglefullscreen', label: t('fullscreen') },
      ],
    },
    {
      label: t('window'),
      submenu: [
        { role: 'minimize', label: t('minimize') },
        { role: 'close', label: t('close') },
      ],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
