// Electron shell entry point: the only module (with src/main/electron/) allowed to import electron.
import { app, dialog } from 'electron';
import { runShell } from './electron/shell';
import { registerAppScheme } from './electron/app-protocol-handler';

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
      dialog.showErrorBox(
        'Dispatch Analytics',
        `L'application n'a pas pu démarrer : ${message}\n\nThe application could not start: ${message}`,
      );
      app.exit(1);
    });
}
