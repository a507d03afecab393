// Where passwords live (never in SQLite, never in logs). Backends: an environment variable (read-only), a 0600
// JSON file in the data folder (Node), and Electron's safeStorage (src/main/electron/, written by the shell).
// The dispatch server's password is kept under a key bound to the server's origin: see server-password.ts.
import type { Message } from '../../shared/i18n';
import { LocalizedError } from '../../shared/i18n/localized-error';

export interface SecretStoreDescription {
  /** 'env', 'file', 'safeStorage:gnome_libsecret', 'basic_text'… */
  backend: string;
  /** true only when the secret is encrypted with a key the OS protects */
  secure: boolean;
  /** what to tell the user when the backend is weak or read-only, translated where it is shown */
  warning?: Message;
}

export interface SecretStore {
  get(key: string): Promise<string | null>;
  set(key: string, value: string): Promise<void>;
  delete(key: string): Promise<void>;
  describe(): SecretStoreDescription;
}

export class SecretStoreError extends LocalizedError {
  override name = 'SecretStoreError';
  readonly kind = 'validation' as const;
}
