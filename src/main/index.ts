// Electron shell entry point: the only module (with src/main/electron/) allowed to import electron.
import { app } from 'electron';

app.whenReady().then(() => {
  // The window, IPC and tray are wired here by the shell modules.
});
