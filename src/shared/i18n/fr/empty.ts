// French (fr-CH) texts, domain "empty": the reference language; en/empty.ts must have exactly the same keys.
export const empty = {
  title: 'Aucune donnée pour le moment',
  body: 'Synchronisez avec le serveur de dispatch pour remplir le tableau de bord.',
  configure: 'Configurer le serveur',
};
