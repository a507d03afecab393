// French (fr-CH) texts, domain "kpi": the reference language; en/kpi.ts must have exactly the same keys.
export const kpi = {
  totalBookings: 'Total courses',
  onTimeRate: "Taux à l'heure",
  avgDelay: 'Retard moyen',
  qualityScore: 'Score qualité',
  vsPrevious: 'vs période précédente',
  noPrevious: 'pas de période précédente',
  pointsUnit: 'pt',
  sparkline: 'Évolution de {{name}} sur la période',
  parts: 'Détail du score',
  punctuality: 'Ponctualité',
  delay: 'Retards',
  cancellations: 'Annulations',
};
