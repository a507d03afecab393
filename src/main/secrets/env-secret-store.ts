// Secrets read from environment variables (CI, scripts, `sync --password-env VAR`). Read-only: a process cannot
// change its parent's environment, so saving is refused with a sentence saying what to do instead.
import { SecretStoreError, type SecretStore } from './secret-store';
import { msg } from '../../shared/i18n';

export interface EnvSecretStoreOptions {
  /** secret key → environment variable name, e.g. { 'server-password': 'DISPATCH_PASSWORD' } */
  variables: Record<string, string>;
  env?: NodeJS.ProcessEnv;
}

export function createEnvSecretStore(options: EnvSecretStoreOptions): SecretStore {
  const env = options.env ?? process.env;
  return {
    async get(key) {
      const name = options.variables[key];
      const value = name === undefined ? undefined : env[name];
      return value === undefined || value === '' ? null : value;
    },
    async set(key) {
      const name = options.variables[key] ?? key;
      throw new SecretStoreError(msg('secrets.envReadOnly', { name }));
    },
    async delete() {
      // Nothing stored: forgetting is a no-op.
    },
    describe() {
      return { backend: 'env', secure: false, warning: msg('secrets.warnings.env') };
    },
  };
}
