// French (fr-CH) texts, domain "facilities" (the Facilities screen): the reference language; en/facilities.ts must
// have exactly the same keys.
export const facilities = {
  title: 'Établissements',
  subtitle:
    'Ponctualité par établissement médical sur la période choisie — cliquez un établissement pour voir ses courses.',
  name: 'Établissement',
  bookings: 'Courses',
  onTimeRate: "À l'heure",
  avgDelay: 'Retard moyen',
  cancelled: 'Annulées',
  trend: 'Tendance',
  sortBy: 'Trier par {{col}}',
  empty: 'Aucune course sur cette période.',
  open: 'Voir les courses de {{name}}',
  /** the row of the facilities with fewer than 10 bookings in the period (docs/analytics.md#facilities) */
  others: 'Autres ({{n}} établissements de moins de 10 courses)',
  noFacility: 'Sans établissement',
  /** the trend cell's text alternative: "+2,1 pts vs période précédente (meilleur)" */
  trendBetter: '{{change}} vs période précédente (mieux)',
  trendWorse: '{{change}} vs période précédente (moins bien)',
  trendFlat: 'Stable vs période précédente',
  trendNone: 'Moins de 10 courses sur la période précédente : pas de comparaison',
};
