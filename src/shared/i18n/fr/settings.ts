// French (fr-CH) texts, domain "settings": the reference language; en/settings.ts must have exactly the same keys.
export const settings = {
  title: 'Paramètres',
  server: 'Serveur de dispatch',
  serverUrl: 'Adresse du serveur',
  email: 'E-mail',
  password: 'Mot de passe',
  passwordHint: 'Laissez vide pour garder le mot de passe enregistré. Il n’est jamais affiché.',
  passwordSet: 'Un mot de passe est enregistré.',
  passwordForNewServer:
    'Nouveau serveur ({{origin}}) : saisissez son mot de passe. Le mot de passe enregistré reste lié à l’ancienne adresse.',
  analytics: 'Analyses',
  historyDays: 'Historique à synchroniser (jours)',
  syncFailingNoticeMinutes: 'Avertir quand la synchronisation échoue depuis (minutes)',
  windowDays: 'Jours relus à chaque synchronisation',
  yes: 'Oui',
  no: 'Non',
  threshold: "Seuil « à l'heure » (minutes)",
  timeZone: 'Fuseau horaire',
  timeZoneSearch: 'Tapez pour chercher, ex. Zurich',
  display: 'Affichage',
  language: 'Langue',
  theme: 'Thème',
  themes: { light: 'Clair', dark: 'Sombre', system: 'Système' },
  languages: { fr: 'Français', en: 'English' },
  syncInterval: 'Synchronisation automatique (minutes, 0 = désactivée)',
  notANumber: 'Entrez un nombre.',
  secretWarning: 'Attention : {{warning}}',
  errorsIntro: 'Corrigez les champs signalés.',
  insightThresholds: 'Seuils des analyses',
  thresholds: {
    lowOnTimeRate: 'Ponctualité faible sous (%)',
    excellentOnTimeRate: 'Ponctualité excellente dès (%)',
    highAvgDelayMinutes: 'Retard moyen élevé dès (min)',
    trendMinDays: 'Tendance : jours minimum',
    trendWindowDays: 'Tendance : jours comparés',
    trendChangePercent: 'Tendance : variation (%)',
    patternDayDelayMinutes: 'Jour en retard dès (min)',
    patternDayShare: 'Part de jours en retard (0–1)',
    excellentQuality: 'Qualité excellente dès (score)',
    lowQuality: 'Qualité critique sous (score)',
    weekdayHighDelayMinutes: 'Jour de semaine en retard dès (min)',
  },
  /** the exports section (`exports.*`); the mail and reports sections are labelled on the Reports screen */
  csv: {
    title: 'Exports CSV',
    delimiter: 'Séparateur de colonnes',
    decimal: 'Séparateur décimal',
    auto: 'Selon la langue de l’export',
    semicolon: 'Point-virgule (;)',
    comma: 'Virgule (,)',
    tab: 'Tabulation',
    point: 'Point (.)',
  },
  /** `dispatch-analytics settings …` */
  cli: {
    description: 'lit ou modifie les réglages',
    getDescription:
      'affiche les réglages (tous, une section comme « sync », ou un réglage comme « sync.historyDays »)',
    setDescription: 'modifie des réglages : CLÉ=VALEUR …, ex. sync.historyDays=90 (tout ou rien)',
    notAnAssignment: '« {{text}} » : écrivez CLÉ=VALEUR, par ex. sync.historyDays=90.',
    fieldError: '{{key}} : {{message}}',
    passwordTheCliWay:
      'Donnez le mot de passe ainsi : DISPATCH_PASSWORD=… dispatch-analytics sync --server URL --email E --save --save-password',
    saveSmtpPassword:
      'enregistre le mot de passe SMTP donné dans DISPATCH_SMTP_PASSWORD pour le serveur d’envoi et l’utilisateur que nomment ces réglages',
    noSmtpPasswordVariable:
      '--save-smtp-password lit le mot de passe dans {{variable}}, qui est vide : définissez-la d’abord.',
    smtpPasswordTheCliWay:
      'Donnez son mot de passe ainsi : DISPATCH_SMTP_PASSWORD=… dispatch-analytics settings set CLÉ=VALEUR … --save-smtp-password (ou changez de serveur dans l’écran Rapports, qui le demande).',
    nothingSaved: 'Rien n’a été enregistré.',
  },
  /** field errors of the settings schema (src/main/settings), for the screen and `settings set` */
  errors: {
    integerRange: 'Saisissez un nombre entier entre {{min}} et {{max}}.',
    numberRange: 'Saisissez un nombre entre {{min}} et {{max}}.',
    required: 'Champ obligatoire.',
    badUrl: 'Adresse invalide : saisissez une URL complète, par ex. https://dispatch.exemple.ch.',
    httpsRequired: 'Utilisez https:// : le mot de passe ne doit pas circuler en clair sur le réseau.',
    urlWithCredentials:
      'Retirez le nom d’utilisateur et le mot de passe de l’adresse : saisissez l’e-mail et le mot de passe dans leurs champs.',
    badEmail: 'Adresse e-mail invalide.',
    emailWithoutServer: 'Indiquez aussi l’adresse du serveur.',
    badZone: 'Fuseau horaire inconnu : choisissez un nom IANA dans la liste, par ex. Europe/Zurich.',
    badChoice: 'Valeur invalide : choisissez parmi {{choices}}.',
    notBoolean: 'Valeur invalide : saisissez true ou false.',
    mustBeBelow: 'Doit être inférieur au seuil haut ({{value}}).',
    mustBeAbove: 'Doit être supérieur au seuil bas ({{value}}).',
    passwordForNewServer:
      'Nouveau serveur ({{origin}}) : saisissez son mot de passe. Le mot de passe enregistré n’est jamais envoyé à une autre adresse.',
    smtpPasswordForNewAccount:
      'Nouveau serveur SMTP ou utilisateur ({{user}} sur {{server}}) : saisissez son mot de passe. Le mot de passe enregistré reste lié à {{old}} et n’est jamais envoyé à un autre serveur.',
    insecureSecrets: 'Mot de passe non enregistré : {{detail}}',
    unknownKey: 'Réglage inconnu « {{key}} » : `dispatch-analytics settings get` liste les réglages.',
    secretNotHere:
      'Les mots de passe ne passent pas par `settings set` : utilisez la variable DISPATCH_PASSWORD et `sync --save-password`.',
    notEditable: 'Le réglage « {{key}} » est tenu par l’application et ne se modifie pas ici.',
    mailHost: 'Nom de serveur invalide (ex. smtp.example.ch).',
    mailPort: 'Port de 1 à 65535 (465 pour tls, 587 pour starttls).',
    mailSecurity: 'Choisissez tls, starttls ou none.',
    mailFrom:
      'Adresse d’expéditeur invalide : rapports@example.ch, ou un nom et l’adresse (ex. Dispatch Léman <rapports@example.ch>).',
    reportTime: 'Heure au format HH:MM (ex. 08:00).',
    recipients: 'Adresses séparées par des virgules, chacune éventuellement suivie de :fr ou :en.',
    weekday: 'Jour de 1 (lundi) à 7 (dimanche).',
    catchUpDays: 'Nombre de jours de 0 à 60.',
    csvDelimiter: 'Séparateur de colonnes invalide : choisissez auto, ; (point-virgule), , (virgule) ou tab.',
    csvDecimal: 'Séparateur décimal invalide : choisissez auto, , (virgule) ou . (point).',
    smtpPasswordNotHere:
      'Le mot de passe SMTP ne passe pas par `settings set` : saisissez-le dans l’écran Rapports, ou donnez-le dans la variable DISPATCH_SMTP_PASSWORD (ligne de commande et serve).',
    dashboardUrl:
      'Adresse du tableau de bord invalide : une adresse http(s) stable qui s’ouvre sans jeton (ex. https://dispatch.example.ch/analytics), ou vide.',
  },
};
