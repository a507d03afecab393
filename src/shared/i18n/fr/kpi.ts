// French (fr-CH) texts, domain "kpi": the reference language; en/kpi.ts must have exactly the same keys.
export const kpi = {
  vsPrevious: 'vs période précédente',
  noPrevious: 'pas de période précédente',
  sparkline: 'Évolution de {{name}} sur la période',
  parts: 'Détail du score',
  punctuality: 'Ponctualité',
  delay: 'Retards',
  cancellations: 'Annulations',
};
