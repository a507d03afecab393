// French (fr-CH) texts, domain "period": the reference language; en/period.ts must have exactly the same keys.
export const period = {
  label: 'Période',
  '7d': '7 j',
  '30d': '30 j',
  '90d': '90 j',
  '1y': '1 an',
  custom: 'Personnalisée',
  from: 'Du',
  to: 'Au',
  apply: 'Appliquer',
  range: 'Du {{from}} au {{to}} ({{days}} jours)',
  invalid: 'La date de début doit précéder la date de fin.',
  badDate: 'Date invalide : saisissez-la sous la forme {{pattern}}, par ex. 08.11.2026.',
};
