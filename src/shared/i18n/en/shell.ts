// English texts, domain "shell": typed against fr/shell.ts, so a missing or extra key fails the type-check.
import type { Translation } from '../translation';
import type { shell as fr } from '../fr/shell';

export const shell: Translation<typeof fr> = {
  appMenu: 'Dispatch Analytics',
  file: 'File',
  syncNow: 'Sync now',
  quit: 'Quit',
  edit: 'Edit',
  view: 'View',
  reload: 'Reload',
  toggleDevTools: 'Developer tools',
  resetZoom: 'Actual size',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fullscreen: 'Full screen',
  window: 'Window',
  minimize: 'Minimise',
  close: 'Close',
  help: 'Help',
  about: 'About Dispatch Analytics',
  open: 'Open Dispatch Analytics',
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  selectAll: 'Select all',
  lastSync: 'Last sync: {{when}}',
  neverSynced: 'Never synced',
  syncing: 'Syncing…',
  syncFailed: 'The last sync failed',
};
