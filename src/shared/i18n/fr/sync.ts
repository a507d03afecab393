// French (fr-CH) texts, domain "sync": the reference language; en/sync.ts must have exactly the same keys.
export const sync = {
  region: 'État de la synchronisation',
  dataThrough: "Données jusqu'au {{day}}",
  noData: 'Aucune donnée synchronisée',
  lastSync: 'Dernière synchro : {{when}}',
  never: 'Jamais synchronisé',
  running: 'Synchronisation… {{done}}/{{total}} jours',
  runningShort: 'Synchronisation…',
  retrying: 'Nouvelle tentative… ({{attempt}})',
  syncNow: 'Synchroniser',
  retry: 'Réessayer',
  failed: 'La synchronisation a échoué : {{message}}',
  openSettings: 'Ouvrir les paramètres',
  done: 'Synchronisation terminée.',
  // Failures of a sync (SyncError): each says what to do. Secrets never appear in them.
  errors: {
    blockedPort:
      'Le port {{port}} ({{server}}) est bloqué par le moteur de l’application : Node, comme les navigateurs, refuse ce port réservé à d’autres services, et aucun nouvel essai n’y changera rien. Rendez le serveur de dispatch accessible sur un autre port, le port habituel {{usual}} ou par exemple {{other}}, puis enregistrez cette adresse.',
    switchBackupFailed:
      'La sauvegarde avant le changement de serveur a échoué ({{detail}}) : rien n’a été effacé. Libérez de la place ou vérifiez les droits du dossier des données, puis synchronisez à nouveau.',
    offlineTimeout:
      'Le serveur {{server}} ne répond pas ({{detail}}). Vérifiez la connexion réseau et l’adresse du serveur ; les données déjà synchronisées restent disponibles.',
    offlineUnreachable:
      'Le serveur {{server}} est injoignable ({{detail}}). Vérifiez la connexion réseau et l’adresse du serveur ; les données déjà synchronisées restent disponibles.',
    forbidden:
      'Le serveur refuse l’accès ({{where}}, {{detail}}). Utilisez un compte d’entreprise (rôle COMPANY).',
    rateLimited: 'Le serveur limite le nombre de requêtes ({{where}}, {{detail}}). Réessayez plus tard.',
    server:
      'Le serveur a répondu par une erreur ({{where}}, {{detail}}). Réessayez plus tard ; si cela persiste, contactez son administrateur.',
    credentials:
      'Le serveur refuse l’e-mail « {{email}} » ou le mot de passe. Vérifiez-les dans les réglages du serveur (aucun nouvel essai automatique, pour ne pas bloquer le compte).',
    loginRateLimited:
      'Le serveur limite les connexions à 5 par minute et la limite est atteinte. Réessayez dans une minute.',
    listChanging:
      'La liste des réservations du {{day}} changeait pendant la lecture ({{tries}} essais). Relancez la synchronisation un peu plus tard.',
    payload:
      "Le serveur a envoyé des données illisibles ; rien n'a été écrit pour ce jour. Signalez-le à l'administrateur du serveur ({{detail}}).",
    badRange:
      'Période de synchronisation invalide ({{detail}}) : donnez deux dates AAAA-MM-JJ, la première avant la seconde.',
    noServer:
      'Aucun serveur de dispatch n’est configuré. Renseignez son adresse, l’e-mail et le mot de passe dans les réglages (ou `dispatch-analytics sync --server URL --email E`).',
    noPassword: 'Aucun mot de passe enregistré pour {{origin}} : saisissez-le dans les réglages.',
    switchNotHere:
      'Le serveur {{server}} contient une autre entreprise que ce dossier de données : ouvrez l’application (ou lancez `dispatch-analytics sync --replace`) pour changer ; les rapports utilisent les données déjà synchronisées.',
    reportSyncTimeout:
      'La synchronisation avant les rapports a pris trop de temps et a été arrêtée ; les jours déjà reçus sont enregistrés et les rapports disent jusqu’où vont les données.',
    cancelled:
      'Synchronisation annulée ; les jours déjà reçus sont enregistrés, la prochaine synchronisation reprendra.',
    alreadyRunning: 'Une synchronisation est déjà en cours ; attendez qu’elle se termine.',
    redirectToHttps:
      'Le serveur {{from}} redirige vers {{to}} (HTTP {{status}}) : utilisez {{to}} comme adresse du serveur dans les réglages (ou --server). La redirection n’est pas suivie, pour que le mot de passe ne parte jamais en clair.',
    redirect:
      'Le serveur {{from}} répond par une redirection (HTTP {{status}}) vers {{to}}. Elle n’est pas suivie, pour ne pas envoyer le mot de passe ailleurs : vérifiez l’adresse du serveur dans les réglages (ou --server).',
    redirectUnreadable:
      'Le serveur {{from}} répond par une redirection (HTTP {{status}}) vers une adresse illisible. Elle n’est pas suivie, pour ne pas envoyer le mot de passe ailleurs : vérifiez l’adresse du serveur dans les réglages (ou --server).',
    bodyTooLarge:
      'Le serveur a envoyé une réponse de plus de {{megabytes}} Mo (limite par réponse) pour {{where}} ; la lecture a été interrompue et rien n’a été écrit pour cette requête. Signalez-le à l’administrateur du serveur.',
    bodyTooLargeBytes:
      'Le serveur a envoyé une réponse de plus de {{bytes, number}} octets (limite par réponse) pour {{where}} ; la lecture a été interrompue et rien n’a été écrit pour cette requête. Signalez-le à l’administrateur du serveur.',
    tooManyPages:
      'Le serveur annonce {{totalPages, number}} pages de réservations pour le {{day}}, au-delà de la limite de {{maxPages, number}} pages par jour ; la synchronisation s’arrête sans les lire. Signalez-le à l’administrateur du serveur.',
    tooManyRequests:
      'La synchronisation a atteint la limite de {{maxRequests, number}} requêtes au serveur et s’arrête ; les jours déjà reçus sont enregistrés. Synchronisez une période plus courte (--from/--to), et si cela se répète, signalez-le à l’administrateur du serveur.',
    interrupted:
      'Synchronisation interrompue (processus arrêté) ; la synchronisation suivante a repris les jours manquants.',
  },
};
