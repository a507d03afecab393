// French (fr-CH) texts, domain "mail": the reference language; en/mail.ts must have exactly the same keys.
// Sending through the SMTP server: what went wrong, in one sentence that says what to do.
export const mail = {
  noPassword:
    'Aucun mot de passe SMTP pour {{user}} sur {{server}} : saisissez-le dans l’écran Rapports, ou donnez-le dans la variable DISPATCH_SMTP_PASSWORD. Un mot de passe enregistré pour un autre serveur ou un autre utilisateur n’y est jamais envoyé.',
  sendFailure: {
    refused:
      'Le serveur SMTP {{server}} refuse la connexion : vérifiez mail.host et mail.port (465 pour tls, 587 pour starttls) et que ce serveur est en marche.',
    unknownHost: 'Le serveur SMTP {{host}} est introuvable : vérifiez mail.host et la connexion réseau.',
    timeout:
      'Le serveur SMTP {{server}} ne répond pas : vérifiez mail.host et mail.port, et qu’aucun pare-feu ne bloque ce port ; réessayez plus tard.',
    starttls:
      'Le serveur SMTP {{server}} n’a pas chiffré la connexion (STARTTLS : {{words}}) ; rien n’a été envoyé, le mot de passe non plus. Réessayez plus tard, ou choisissez la sécurité tls avec le port 465.',
    tlsMismatch:
      'Le serveur SMTP {{server}} ne parle pas le chiffrement choisi ({{words}}) : port 465 avec la sécurité tls, port 587 avec starttls.',
    auth: 'Le serveur SMTP {{server}} refuse l’utilisateur {{user}} ou son mot de passe ({{words}}) : vérifiez mail.user et saisissez de nouveau le mot de passe dans l’écran Rapports (Gmail : un mot de passe d’application).',
    answered: 'Le serveur SMTP {{server}} a refusé le message : {{words}}',
    other:
      'L’envoi par le serveur SMTP {{server}} a échoué : {{words}}. Vérifiez les réglages d’envoi (écran Rapports), puis réessayez.',
  },
};
