// French (fr-CH) texts, domain "drivers": the reference language; en/drivers.ts must have exactly the same keys.
export const drivers = {
  title: 'Chauffeurs',
  subtitle: 'Par chauffeur sur la période choisie — cliquez une ligne pour voir ses courses.',
  name: 'Chauffeur',
  bookings: 'Courses',
  onTimeRate: "À l'heure",
  avgDelay: 'Retard moyen',
  distance: 'Distance',
  cancelled: 'Annulées',
  serviceTime: 'Temps de service',
  sortBy: 'Trier par {{col}}',
  empty: 'Aucun chauffeur sur cette période.',
  open: 'Voir les courses de {{name}}',
};
