// French (fr-CH) texts, domain "errors": the reference language; en/errors.ts must have exactly the same keys.
export const errors = {
  noToken:
    'Cette page n’a pas (ou plus) d’accès à l’application : ouvrez à nouveau le lien affiché par « dispatch-analytics serve ».',
  validation: 'Certaines valeurs sont invalides : corrigez-les puis réessayez.',
  not_found: 'Élément introuvable : rafraîchissez la page.',
  external: 'Le serveur de dispatch ne répond pas : vérifiez l’adresse et la connexion, puis réessayez.',
  internal: 'Erreur interne : réessayez ; si cela persiste, redémarrez l’application.',
  network: 'Impossible de joindre le service local : redémarrez l’application.',
  noAnswer: 'L’application ne répond pas : redémarrez-la.',
  serveUnreachable:
    'L’application ne répond pas : vérifiez que « dispatch-analytics serve » tourne encore, puis réessayez.',
  stale: 'Les chiffres ci-dessous restent ceux du {{from}} au {{to}}, chargés avant l’erreur.',
  badResponse: 'L’application a répondu HTTP {{status}} sans résultat : consultez sa console.',
};
