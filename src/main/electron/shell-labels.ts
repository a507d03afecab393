// Words of the shell (menu, tray), French first. No electron import: plain data.
import type { Lang } from '../../shared/analytics-types';

const fr = {
  appMenu: 'Dispatch Analytics',
  file: 'Fichier',
  syncNow: 'Synchroniser maintenant',
  quit: 'Quitter',
  edit: 'Édition',
  view: 'Affichage',
  reload: 'Recharger',
  toggleDevTools: 'Outils de développement',
  resetZoom: 'Taille réelle',
  zoomIn: 'Zoom avant',
  zoomOut: 'Zoom arrière',
  fullscreen: 'Plein écran',
  window: 'Fenêtre',
  minimize: 'Réduire',
  close: 'Fermer',
  help: 'Aide',
  about: 'À propos de Dispatch Analytics',
  open: 'Ouvrir Dispatch Analytics',
  undo: 'Annuler',
  redo: 'Rétablir',
  cut: 'Couper',
  copy: 'Copier',
  paste: 'Coller',
  selectAll: 'Tout sélectionner',
  lastSync: (when: string) => `Dernière synchronisation : ${when}`,
  neverSynced: 'Jamais synchronisé',
  syncing: 'Synchronisation en cours…',
  syncFailed: 'La dernière synchronisation a échoué',
  exportSaveTitle: 'Enregistrer l’export',
};

const en: typeof fr = {
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
  lastSync: (when) => `Last sync: ${when}`,
  neverSynced: 'Never synced',
  syncing: 'Syncing…',
  syncFailed: 'The last sync failed',
  exportSaveTitle: 'Save the export',
};

export type ShellLabels = typeof fr;

export function shellLabels(lang: Lang): ShellLabels {
  return lang === 'en' ? en : fr;
}

/** "14.03.2026 08:30" (fr-CH) or "14/03/2026, 08:30" (en), in the company zone. */
export function formatSyncTime(ms: number, lang: Lang, timeZone: string): string {
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'fr-CH', {
    dateStyle: 'short',
    timeStyle: 'short',
    timeZone,
  }).format(ms);
}
