// French (fr-CH) texts, domain "insights": the reference language; en/insights.ts must have exactly the same keys.
export const insights = {
  title: 'Analyses et recommandations',
  empty: 'Aucune remarque pour cette période.',
  seeTrips: 'Voir les courses',
  recommendation: 'Recommandation\u00a0:',
  types: { warning: 'Attention', success: 'Bien', info: 'Info' },
  priorities: { low: 'faible', medium: 'moyenne', high: 'haute', critical: 'critique' },
  priority: 'Priorité {{p}}',
  patterns: 'Tendances par jour de semaine',
};
