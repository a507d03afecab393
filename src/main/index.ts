// Electron shell entry point: the only module (with src/main/electron/) allowed to import electron.
import { app, dialog } from 'electron';
import { runShell } from './electron/shell';
import { registerAppScheme } from './electron/app-protocol-handler';
import { setResourcesRoot, unpackagedResourcesRoot } from './platform/app-resources';
import type { Lang } from '../shared/analytics-types';
import { translate } from '../shared/i18n';
import { errorText } from '../shared/i18n/localized-error';

// drizzle/, out/renderer/, package.json and the icon: in the repository unpackaged (whether launched as
// `electron .` or `electron out/main/index.js`), copied next to app.asar (process.resourcesPath) in a packaged
// app. See app-resources.ts.
setResourcesRoot(
  app.isPackaged ? process.resourcesPath : unpackagedResourcesRoot(app.getAppPath(), __dirname),
);

// Before 'ready', or Chromium will not treat app:// as a standard, secure origin.
registerAppScheme();

// One instance per user: a second launch focuses the first one's window (handled in the shell).
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app
    .whenReady()
    .then(runShell)
    .catch((err: unknown) => {
      const message = err instanceof Error ? err.message : String(err);
      // Store failures (disk full, damaged file, newer version…) carry their sentence in both languages.
      // The language setting may be what failed to load: both languages, from the error's own Message.
      const failed = (lang: Lang) =>
        translate(lang, 'shell.startFailed', { message: errorText(lang, err) ?? message });
      dialog.showErrorBox('Dispatch Analytics', `${failed('fr')}\n\n${failed('en')}`);
      app.exit(1);
    });
}
