// French (fr-CH) texts, domain "store": what the app says when the data file cannot be used, a restore is refused
// or another sync holds the data folder. Each names the file and what to do. en/store.ts has the same keys.
export const store = {
  dayBatchRefused:
    "Données de journée refusées, rien n'a été écrit : {{detail}}. Corrigez la source des données puis relancez.",
  demoConflict:
    'Ce dossier de données contient déjà les données de « {{company}} » ; utilisez --data-dir pour écrire la démo ailleurs.',
  restoreHint:
    'restaurez une sauvegarde : `dispatch-analytics backup list`, puis `dispatch-analytics backup restore FICHIER` (ou Paramètres › Sauvegardes)',
  readOnly:
    'Impossible d’écrire dans {{path}} (dossier en lecture seule, droits insuffisants ou chemin invalide). Vérifiez les droits du dossier des données, ou choisissez-en un autre (--data-dir ou DISPATCH_ANALYTICS_DATA_DIR).',
  diskFull:
    'Le disque est plein : impossible d’écrire dans {{path}}. Libérez de la place puis réessayez ; ce qui était déjà enregistré n’est pas perdu.',
  corrupt:
    'Le fichier {{path}} est endommagé ou n’est pas une base de Dispatch Analytics. Ne le supprimez pas ; {{restore}}.',
  newer:
    '{{path}} a été écrit par une version plus récente de Dispatch Analytics ({{applied}} migrations appliquées, cette version en connaît {{shipped}}) : rien n’a été modifié. Installez la version récente, ou {{restore}}.',
  migrationMismatch:
    '{{path}} a {{applied}} migrations appliquées mais cette version en livre {{shipped}} : il a été écrit par une autre version de Dispatch Analytics. Ouvrez-le avec la version correspondante, ou {{restore}}.',
  syncRunning:
    'Une synchronisation est déjà en cours (pid {{pid}}{{where}}) sur ce dossier de données ; attendez qu’elle se termine.',
  restoreRefused: '{{path}} ne peut pas être restauré : {{why}} Rien n’a été modifié.',
  restoring:
    'Une sauvegarde est en cours de restauration sur {{path}} (pid {{pid}}) : réessayez quand elle est terminée.',
  refusal: {
    unreadable: 'le fichier est illisible.',
    missing: 'le fichier n’existe pas.',
    current: 'c’est le fichier de données actuel.',
    notSqlite: 'ce n’est pas une base SQLite (ou elle est endommagée).',
    notOurs: 'ce n’est pas une base de Dispatch Analytics (tables absentes : {{tables}}).',
    damaged: 'la base est endommagée (integrity_check : {{detail}}).',
    newer:
      'elle a été écrite par une version plus récente ({{applied}} migrations, celle-ci en connaît {{shipped}}).',
    openElsewhere:
      'les données sont ouvertes par un autre programme (pid {{pids}}) : fermez d’abord l’application (ou arrêtez `serve`, `sync`), puis relancez la restauration.',
    foreignMigrations:
      'ses migrations ne sont pas celles de Dispatch Analytics ({{detail}}) ; ce n’est pas une sauvegarde de cette application.',
    foreignColumns:
      'ses tables n’ont pas les colonnes de Dispatch Analytics ({{detail}}) ; ce n’est pas une sauvegarde de cette application.',
  },
};
