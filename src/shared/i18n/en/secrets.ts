// English texts, domain "secrets": typed against fr/secrets.ts, so a missing or extra key fails the type-check.
import type { Translation } from '../translation';
import type { secrets as fr } from '../fr/secrets';

export const secrets: Translation<typeof fr> = {
  fileReadableByOthers:
    'The secrets file {{path}} is readable by other users (mode {{mode}}) and is ignored. Run "chmod 600 {{path}}" or delete it and save the password again.',
  fileUnreadable: 'The secrets file {{path}} cannot be read; delete it and save the password again.',
  envReadOnly:
    'This secret comes from the environment variable {{name}} and cannot be saved here; set the variable, or use --save-password.',
  encryptionUnavailable: 'Encryption unavailable: the password is not saved.',
  warnings: {
    file: 'Passwords are kept unencrypted in {{path}}, readable by your user account only.',
    env: 'Secrets are read from environment variables; they are not saved.',
    noEncryption: 'No system encryption available: the password cannot be saved.',
    noKeyring:
      'No system keyring (GNOME Keyring, KWallet): the password would not really be encrypted, so it is not saved. Install and unlock a keyring, or start the app with DISPATCH_PASSWORD.',
  },
};
