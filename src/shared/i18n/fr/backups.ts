// French (fr-CH) texts, domain "backups": the settings' « Sauvegardes » section; en/backups.ts has the same keys.
export const backups = {
  title: 'Sauvegardes',
  intro:
    'Une sauvegarde est faite chaque jour, avant chaque mise à jour de la base et avant un changement de serveur, dans {{folder}}, lisibles par votre compte seulement. Les {{keep}} dernières sauvegardes quotidiennes sont gardées ; les autres restent jusqu’à ce que vous les supprimiez.',
  create: 'Sauvegarder maintenant',
  created: 'Sauvegarde créée : {{file}}.',
  none: 'Aucune sauvegarde pour l’instant.',
  restore: 'Restaurer',
  confirm: 'Confirmer la restauration',
  cancel: 'Annuler',
  confirmHint:
    'Les données actuelles seront remplacées par celles du {{date}} ; elles sont d’abord gardées dans une sauvegarde « avant restauration ».',
  restored:
    'Données restaurées depuis la sauvegarde du {{date}}. Les données d’avant sont gardées dans {{file}}.',
  date: 'Date',
  reason: 'Motif',
  size: 'Taille',
  sizeMb: '{{size}} Mo',
  sizeKb: '{{size}} Ko',
  restoreUnavailable:
    'La restauration n’est pas disponible ici : utilisez `dispatch-analytics backup restore FICHIER`.',
  syncRunningElsewhere:
    'Une synchronisation est en cours dans un autre programme (pid {{pid}}) : attendez qu’elle se termine, puis restaurez. Rien n’a été modifié.',
  reasons: {
    daily: 'Quotidienne',
    migration: 'Avant mise à jour',
    switch: 'Avant changement de source',
    manual: 'Manuelle',
    restore: 'Avant restauration',
  },
};
