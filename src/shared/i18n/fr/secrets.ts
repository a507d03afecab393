// French (fr-CH) texts, domain "secrets": the reference language; en/secrets.ts must have exactly the same keys.
// Where passwords are kept, and why one could not be kept.
export const secrets = {
  fileReadableByOthers:
    'Le fichier de secrets {{path}} est lisible par d’autres utilisateurs (mode {{mode}}) ; il est ignoré. Exécutez « chmod 600 {{path}} » ou supprimez-le et enregistrez à nouveau le mot de passe.',
  fileUnreadable:
    'Le fichier de secrets {{path}} est illisible ; supprimez-le et enregistrez à nouveau le mot de passe.',
  envReadOnly:
    'Ce secret vient de la variable d’environnement {{name}} et ne peut pas être enregistré ici ; définissez la variable, ou utilisez --save-password.',
  encryptionUnavailable: 'Chiffrement indisponible : le mot de passe n’est pas enregistré.',
  warnings: {
    file: 'Les mots de passe sont gardés en clair dans {{path}}, lisible par votre compte seulement.',
    env: 'Les secrets sont lus dans des variables d’environnement ; ils ne sont pas enregistrés.',
    noEncryption: 'Aucun chiffrement système disponible : le mot de passe ne peut pas être enregistré.',
    noKeyring:
      "Aucun trousseau système (GNOME Keyring, KWallet) : le mot de passe ne serait pas vraiment chiffré, il n'est donc pas enregistré. Installez et déverrouillez un trousseau, ou lancez l'application avec la variable DISPATCH_PASSWORD.",
  },
};
