// French (fr-CH) texts, domain "store": the reference language; en/store.ts must have exactly the same keys.
// What the local database refuses, and what to do about it.
export const store = {
  dayBatchRefused:
    "Données de journée refusées, rien n'a été écrit : {{detail}}. Corrigez la source des données puis relancez.",
  demoConflict:
    'Ce dossier de données contient déjà les données de « {{company}} » ; utilisez --data-dir pour écrire la démo ailleurs.',
};
