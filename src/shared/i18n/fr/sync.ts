// French (fr-CH) texts, domain "sync": the reference language; en/sync.ts must have exactly the same keys.
export const sync = {
  region: 'État de la synchronisation',
  dataThrough: "Données jusqu'au {{day}}",
  noData: 'Aucune donnée synchronisée',
  lastSync: 'Dernière synchro : {{when}}',
  never: 'Jamais synchronisé',
  running: 'Synchronisation… {{done}}/{{total}} jours',
  runningShort: 'Synchronisation…',
  retrying: 'Nouvelle tentative… ({{attempt}})',
  syncNow: 'Synchroniser',
  retry: 'Réessayer',
  failed: 'La synchronisation a échoué : {{message}}',
  openSettings: 'Ouvrir les paramètres',
  done: 'Synchronisation terminée.',
};
