// French (fr-CH) texts, domain "api": the reference language; en/api.ts must have exactly the same keys.
// Sentences of the API layer (IPC and loopback HTTP): each says what happened and what to do.
export const api = {
  loginItemUnavailable:
    'Démarrer avec la session : disponible dans l’application de bureau seulement, pas dans le navigateur.',
  invalidInput: 'Requête {{channel}} invalide : {{details}}.',
  internal: "Erreur interne de l'application : réessayez ; si elle persiste, redémarrez l'application.",
  offline: 'Serveur de dispatch injoignable : vérifiez la connexion et l’adresse du serveur, puis réessayez.',
  required: 'Champ obligatoire.',
  badUrl: 'Adresse invalide : saisissez une URL complète, par ex. https://dispatch.exemple.ch.',
  httpsRequired: 'Utilisez https:// : le mot de passe ne doit pas circuler en clair sur le réseau.',
  badEmail: 'Adresse e-mail invalide.',
  badZone: 'Fuseau horaire inconnu : utilisez un nom IANA, par ex. Europe/Zurich.',
  range: 'Saisissez un nombre entier entre {{min}} et {{max}}.',
  numberRange: 'Saisissez un nombre entre {{min}} et {{max}}.',
  mustBeBelow: 'Doit être inférieur au seuil haut ({{high}}).',
  mustBeAbove: 'Doit être supérieur au seuil bas ({{low}}).',
  emailWithoutServer: 'Indiquez aussi l’adresse du serveur.',
  missingBuild:
    "L'interface n'est pas encore construite : lancez `npm run build` dans le dossier du projet, puis relancez `serve`.",
  insecureSecrets: 'Mot de passe non enregistré : {{warning}}',
};
