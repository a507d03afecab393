// French (fr-CH) texts, domain "analytics": the reference language; en/analytics.ts must have exactly the same
// keys. Refusals of the analytics layer (bad periods, dates, zones, paging).
export const analytics = {
  errors: {
    forecastDays: 'Le nombre de jours de prévision va de 1 à {{max}} (reçu : {{value}}).',
    backtestWeeks: 'Le nombre de semaines du backtest va de 1 à {{max}} (reçu : {{value}}).',
    lookbackDays: 'lookback_days doit être un entier entre 1 et {{max}} (reçu : {{value}}).',
    paging: 'Pagination invalide (offset {{offset}}, limit {{limit}}) : limit va de 0 à {{max}}, offset ≥ 0.',
    unknownPreset: 'Période inconnue « {{preset}} » : choisissez 7d, 30d, 90d ou 1y.',
    badDates: 'Dates invalides ({{from}} → {{to}}) : utilisez le format AAAA-MM-JJ.',
    startAfterEnd: 'La date de début ({{from}}) est après la date de fin ({{to}}) : inversez-les.',
    periodTooLong: 'La période couvre {{days}} jours ; choisissez au plus {{max}} jours.',
    unknownZone: 'Fuseau horaire inconnu « {{zone}} » : choisissez un fuseau IANA comme Europe/Zurich.',
    badLocalTime: 'Heure locale illisible « {{value}} » : attendu AAAA-MM-JJTHH:MM:SS.',
    badDate: 'Date invalide « {{value}} » : attendu AAAA-MM-JJ.',
  },
};
