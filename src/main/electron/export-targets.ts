// The desktop app's side of an export (see src/main/api/desktop-exports.ts): the save dialog, attached to the
// window, that chooses the file (and confirms replacing one), and "Show in folder".
import { extname, join } from 'node:path';
import { app, dialog, shell, type BrowserWindow } from 'electron';
import type { ExportTargets } from '../api/desktop-exports';
import { translate } from '../../shared/i18n';

const FILTERS: Record<string, { name: string; extensions: string[] }> = {
  '.xlsx': { name: 'Excel', extensions: ['xlsx'] },
  '.csv': { name: 'CSV', extensions: ['csv'] },
  '.json': { name: 'JSON', extensions: ['json'] },
};

export function electronExportTargets(getWindow: () => BrowserWindow | null): ExportTargets {
  return {
    async choose(suggestedName, lang) {
      const filter = FILTERS[extname(suggestedName)];
      const options = {
        title: translate(lang, 'shell.exportSaveTitle'),
        defaultPath: join(app.getPath('documents'), suggestedName),
        ...(filter ? { filters: [filter] } : {}),
        properties: ['createDirectory', 'showOverwriteConfirmation'] as (
          'createDirectory' | 'showOverwriteConfirmation'
        )[],
      };
      const win = getWindow();
      const result =
        win && !win.isDestroyed()
          ? await dialog.showSaveDialog(win, options)
          : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    showInFolder(path) {
      shell.showItemInFolder(path);
    },
  };
}
