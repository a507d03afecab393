// French (fr-CH) texts, domain "today": the wall screen's live view of the day in progress
// (docs/analytics.md#today-so-far). Few words: it is read from across the room.
export const today = {
  title: 'Aujourd’hui',
  asOf: 'à {{time}}',
  due: 'Courses dues',
  onTime: 'Faites à l’heure',
  late: 'En retard',
  cancelled: 'Annulées',
  waiting: 'En attente',
  onTimeRate: '{{rate}} à l’heure',
  noData: 'Pas encore de données pour aujourd’hui',
  loadFailed: 'Les chiffres du jour n’ont pas pu être lus : {{message}}',
};
