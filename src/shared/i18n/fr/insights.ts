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
  // Texts of the insight rules and weekday patterns (see docs/analytics.md). Values arrive formatted.
  rules: {
    punctuality_low: {
      title: 'Taux de ponctualité faible',
      message: 'Votre taux de ponctualité ({{value}}) est en dessous du seuil recommandé de {{threshold}}.',
      recommendation: 'Analysez les causes des retards récurrents : courses, chauffeurs et heures concernés.',
    },
    punctuality_excellent: {
      title: 'Excellente ponctualité',
      message: 'Votre taux de ponctualité ({{value}}) est excellent !',
    },
    delay_high: {
      title: 'Retard moyen élevé',
      message: 'Le retard moyen est de {{value}}. Cela impacte la satisfaction client.',
      recommendation:
        'Revoyez la planification : temps de trajet, marges entre les courses et nombre de chauffeurs.',
    },
    trend_improving: {
      title: 'Amélioration continue',
      message:
        "Votre score de qualité s'améliore ({{value}} sur les {{days}} derniers jours de données par rapport aux {{days}} premiers).",
      recommendation: 'Identifiez ce qui a changé pour le conserver.',
    },
    trend_declining: {
      title: 'Dégradation de la qualité',
      message:
        'Votre score de qualité diminue ({{value}} sur les {{days}} derniers jours de données par rapport aux {{days}} premiers).',
      recommendation: 'Examinez les opérations des derniers jours : retards, annulations et effectifs.',
    },
    pattern_frequent_delays: {
      title: 'Retards fréquents',
      message: '{{count}} jours sur {{days}} ont un retard moyen de plus de {{threshold}}.',
      recommendation:
        'Analysez les patterns (jour de la semaine, heure, chauffeur) pour en trouver la cause.',
    },
    volume_low: {
      title: 'Volume en forte baisse',
      message:
        "{{value}} courses/jour, {{change}} par rapport à l'habituel ({{threshold}} courses/jour sur les mêmes périodes précédentes).",
      recommendation:
        'Vérifiez la synchronisation et les annulations, puis ce qui a changé côté clients et établissements.',
    },
    volume_high: {
      title: 'Volume en forte hausse',
      message:
        "{{value}} courses/jour, {{change}} par rapport à l'habituel ({{threshold}} courses/jour sur les mêmes périodes précédentes).",
      recommendation: "Vérifiez que l'effectif de chauffeurs suit la demande aux heures de pointe.",
    },
    quality_excellent: {
      title: 'Score de qualité excellent',
      message: 'Score global de {{value}}/100. Excellent travail !',
    },
    quality_low: {
      title: 'Score de qualité faible',
      message: 'Score global de {{value}}/100, sous le seuil de {{threshold}}.',
      recommendation:
        "Plan d'amélioration nécessaire : commencez par la composante la plus faible du score (ponctualité, retards ou annulations).",
    },
  },
  // A day far outside its own baseline (docs/analytics.md#day-outliers). Values arrive formatted.
  outliers: {
    title: 'Jours hors de l’ordinaire',
    none: 'Aucun jour hors de l’ordinaire sur cette période.',
    day: '{{weekday}} {{date}}',
    sentence: '{{day}}\u00a0: {{details}}',
    separator: '\u00a0; ',
    metrics: {
      on_time_rate: '{{value}} à l’heure (habituel : {{baseline}})',
      avg_delay: '{{value}} de retard moyen (habituel : {{baseline}})',
      bookings: '{{value}} courses (habituel : {{baseline}})',
    },
    hours: '{{share}} du retard entre {{from}} h et {{toEnd}} h',
    drivers: { one: '1 chauffeur concerné', other: '{{n}} chauffeurs concernés' },
    cancelled: { one: '1 annulation', other: '{{n}} annulations' },
    severity: { critical: 'critique', warning: 'attention', info: 'info' },
  },
  weekdayPatterns: {
    highDelayDay: {
      title: '{{Weekday}}\u00a0: retards systématiques',
      message: '{{Weekday}} a systématiquement plus de retards (moy\u00a0: {{avgDelay}})',
      recommendation: 'Ajoutez du temps buffer ou des chauffeurs supplémentaires le {{weekday}}',
    },
    busyDay: {
      message: '{{Weekday}} est le jour le plus chargé (moy\u00a0: {{avgBookings}} courses)',
      recommendation: "Assurez-vous d'avoir assez de chauffeurs disponibles",
    },
    notEnoughData: 'Pas assez de données pour détecter des patterns',
  },
  // The day in progress, shown apart from the finished days (docs/analytics.md#today-so-far).
  today: {
    line: 'Aujourd’hui jusqu’à {{time}}\u00a0: {{due}}, {{late}}',
    due: { one: '1 course', other: '{{n}} courses' },
    late: { one: '1 en retard', other: '{{n}} en retard' },
    none: 'Aujourd’hui\u00a0: pas encore de données.',
    dataThrough: 'Données jusqu’au {{date}} {{time}}',
  },
  // An unusual day as an insight (docs/analytics.md#insight-order).
  baseline: {
    unusual_day: {
      title: 'Jour hors de l’ordinaire\u00a0: {{day}}',
      recommendation: 'Ouvrez les courses en retard de ce jour pour en trouver la cause.',
    },
  },
};
