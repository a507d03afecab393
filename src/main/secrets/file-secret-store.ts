// Secrets in a JSON file readable by its owner only (0600), for the CLI and headless use. Not encrypted: the
// protection is the file mode, so a file others can read is refused rather than trusted, and describe() says so.
// Writes go through a 0600 temp file and a rename, so a crash never leaves a half-written or looser file.
import {
  chmodSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
  closeSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { SecretStoreError, type SecretStore } from './secret-store';
import { msg } from '../../shared/i18n';

export const SECRETS_FILE_NAME = 'secrets.json';

export interface FileSecretStoreOptions {
  /** the data folder; the file is <dataDir>/secrets.json */
  dataDir: string;
  fileName?: string;
  /** skip the permission check (Windows has no POSIX modes) */
  platform?: NodeJS.Platform;
}

export function createFileSecretStore(options: FileSecretStoreOptions): SecretStore & { path: string } {
  const path = join(options.dataDir, options.fileName ?? SECRETS_FILE_NAME);
  const checkModes = (options.platform ?? process.platform) !== 'win32';

  function read(): Record<string, string> {
    let mode: number;
    try {
      mode = statSync(path).mode;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return {};
      throw err;
    }
    if (checkModes && (mode & 0o077) !== 0) {
      throw new SecretStoreError(
        msg('secrets.fileReadableByOthers', { path, mode: (mode & 0o777).toString(8) }),
      );
    }
    try {
      const data = JSON.parse(readFileSync(path, 'utf8')) as unknown;
      if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new Error('not an object');
      return Object.fromEntries(Object.entries(data).filter(([, v]) => typeof v === 'string')) as Record<
        string,
        string
      >;
    } catch (err) {
      throw new SecretStoreError(msg('secrets.fileUnreadable', { path }), { cause: err });
    }
  }

  function write(data: Record<string, string>): void {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    const tmp = `${path}.${process.pid}.tmp`;
    const fd = openSync(tmp, 'w', 0o600);
    try {
      writeSync(fd, JSON.stringify(data, null, 2));
    } finally {
      closeSync(fd);
    }
    // The mode given to open() is filtered by the umask; make sure.
    if (checkModes) chmodSync(tmp, 0o600);
    renameSync(tmp, path);
  }

  return {
    path,
    async get(key) {
      return read()[key] ?? null;
    },
    async set(key, value) {
      const data = read();
      data[key] = value;
      write(data);
    },
    async delete(key) {
      const data = read();
      if (!(key in data)) return;
      delete data[key];
      if (Object.keys(data).length === 0) rmSync(path, { force: true });
      else write(data);
    },
    describe() {
      return { backend: 'file', secure: false, warning: msg('secrets.warnings.file', { path }) };
    },
  };
}
