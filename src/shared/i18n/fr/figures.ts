// French (fr-CH) texts, domain "figures": one entry per figure of src/shared/figures, the reference language;
// en/figures.ts must have exactly the same keys. `name` titles a KPI (card, e-mail, CLI), `short` heads a table
// column on screen, `column` heads an exported column (units in brackets).
export const figures = {
  total_bookings: { name: 'Courses', short: 'Courses', column: 'Courses' },
  on_time_rate: { name: 'Ponctualité', short: 'Ponctualité', column: 'Ponctualité (%)' },
  avg_delay: { name: 'Retard moyen', short: 'Retard moy.', column: 'Retard moyen (min)' },
  quality_score: { name: 'Score qualité', short: 'Score', column: 'Score qualité' },
  cancellation_rate: { name: 'Taux d’annulation', short: 'Annulées', column: 'Taux d’annulation (%)' },
  trips_per_driver: {
    name: 'Courses par chauffeur actif',
    short: 'Courses/chauffeur',
    column: 'Courses par chauffeur actif',
  },
  bookings_trend: {
    name: 'Évolution des courses',
    short: 'Évol. courses',
    column: 'Évolution des courses (%)',
  },
  delay_trend: { name: 'Évolution du retard', short: 'Évol. retard', column: 'Évolution du retard (%)' },
};
