// French (fr-CH) texts, domain "app": the reference language; en/app.ts must have exactly the same keys.
export const app = {
  title: 'Dispatch Analytics',
  nav: 'Navigation principale',
  views: {
    dashboard: 'Tableau de bord',
    trips: 'Courses',
    drivers: 'Chauffeurs',
    facilities: 'Établissements',
    reports: 'Rapports',
    settings: 'Paramètres',
    today: 'Aujourd’hui',
  },
  demoData: 'Données de démonstration',
  demoConnect: 'connectez votre serveur dans Paramètres',
};
