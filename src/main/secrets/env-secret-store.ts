// Secrets read from environment variables (CI, scripts, `sync --password-env VAR`). Read-only: a process cannot
// change its parent's environment, so saving is refused with a sentence saying what to do instead.
import { SecretStoreError, type SecretStore } from './secret-store';

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
      throw new SecretStoreError({
        fr: `Ce secret vient de la variable d’environnement ${name} et ne peut pas être enregistré ici ; définissez la variable, ou utilisez --save-password.`,
        en: `This secret comes from the environment variable ${name} and cannot be saved here; set the variable, or use --save-password.`,
      });
    },
    async delete() {
      // Nothing stored: forgetting is a no-op.
    },
    describe() {
      const warnings = {
        fr: 'Les secrets sont lus dans des variables d’environnement ; ils ne sont pas enregistrés.',
        en: 'Secrets are read from environment variables; they are not saved.',
      };
      return { backend: 'env', secure: false, warning: warnings.fr, warnings };
    },
  };
}
