// French (fr-CH) texts, domain "common": the reference language; en/common.ts must have exactly the same keys.
export const common = {
  loading: 'Chargement…',
  retry: 'Réessayer',
  close: 'Fermer',
  none: '—',
  showTable: 'Voir en tableau',
  showChart: 'Voir le graphique',
  tableOf: 'Tableau : {{title}}',
  save: 'Enregistrer',
  saved: 'Paramètres enregistrés.',
  sync: 'Synchroniser',
  error: 'Une erreur est survenue : {{message}}',
};
