// An in-memory SecretStore for tests, with a switch to behave like an insecure backend that refuses to save.
import type { SecretStore } from '../../../src/main/secrets/secret-store';
import { msg } from '../../../src/shared/i18n';

export function createMemorySecretStore(
  opts: { refuse?: string } = {},
): SecretStore & { values: Map<string, string> } {
  const values = new Map<string, string>();
  return {
    values,
    async get(key) {
      return values.get(key) ?? null;
    },
    async set(key, value) {
      if (opts.refuse) throw Object.assign(new Error(opts.refuse), { kind: 'validation' });
      values.set(key, value);
    },
    async delete(key) {
      values.delete(key);
    },
    describe() {
      return opts.refuse
        ? { backend: 'basic_text', secure: false, warning: msg('secrets.warnings.noKeyring') }
        : { backend: 'memory', secure: true };
    },
  };
}
