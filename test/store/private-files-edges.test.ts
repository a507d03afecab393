// The data folder's privacy at its edges, on real files: any permission for the group or others is taken away
// (not only read), the exports folder and its files too, while what is not the app's — another file, a folder
// that happens to carry the app's name, a symbolic link and what it points to — is left exactly as it was.
import {
  chmodSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ensurePrivateDir,
  ensurePrivateFile,
  tightenDataDir,
  tightenFile,
} from '../../src/main/store/private-files';

const mode = (path: string) => statSync(path).mode & 0o7777;
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function parent(): string {
  const d = mkdtempSync(join(tmpdir(), 'da-private-edges-'));
  dirs.push(d);
  return d;
}

describe.runIf(process.platform !== 'win32')('private files', () => {
  it('ensurePrivateFile creates 0600, keeps an existing file’s content and tightens it', () => {
    const dir = parent();
    const path = join(dir, 'f');
    ensurePrivateFile(path);
    expect(mode(path)).toBe(0o600);
    writeFileSync(path, 'kept');
    chmodSync(path, 0o604);
    ensurePrivateFile(path);
    expect(readFileSync(path, 'utf8')).toBe('kept');
    expect(mode(path)).toBe(0o600);
  });

  it('ensurePrivateDir tightens an existing folder open to its group only for listing (0710)', () => {
    const dir = join(parent(), 'd');
    mkdirSync(dir, { mode: 0o710 });
    chmodSync(dir, 0o710);
    ensurePrivateDir(dir);
    expect(mode(dir)).toBe(0o700);
    ensurePrivateDir(join(dir, 'a', 'b'));
    expect(mode(join(dir, 'a'))).toBe(0o700);
    expect(mode(join(dir, 'a', 'b'))).toBe(0o700);
  });

  it('tightenFile: a file writable by others (0602) becomes 0600; a missing one is no error', () => {
    const dir = parent();
    const path = join(dir, 'dispatch-analytics.sqlite');
    writeFileSync(path, '');
    chmodSync(path, 0o602);
    tightenFile(path);
    expect(mode(path)).toBe(0o600);
    expect(() => tightenFile(join(dir, 'missing'))).not.toThrow();
  });

  it('tightenDataDir: the exports folder and its files, the store’s own files; nothing else', () => {
    const dataDir = join(parent(), 'data');
    mkdirSync(join(dataDir, 'exports', 'inner'), { recursive: true });
    const outside = join(dataDir, '..', 'outside.txt');
    writeFileSync(outside, 'x');
    chmodSync(outside, 0o644);
    const files: Record<string, number> = {
      'exports/week.xlsx': 0o640,
      'dispatch-analytics.sqlite-wal': 0o644,
      'secrets.json.tmp': 0o640,
      'notes.txt': 0o644,
      'exports-old.csv': 0o644,
    };
    for (const [f, m] of Object.entries(files)) {
      writeFileSync(join(dataDir, f), 'x');
      chmodSync(join(dataDir, f), m);
    }
    // A folder with the app's name is not one of its files; a link is never followed.
    mkdirSync(join(dataDir, 'dispatch-analytics-old'));
    chmodSync(join(dataDir, 'dispatch-analytics-old'), 0o755);
    symlinkSync(outside, join(dataDir, 'secrets-link.json'));
    symlinkSync(outside, join(dataDir, 'exports', 'link.csv'));
    chmodSync(join(dataDir, 'exports', 'inner'), 0o755);
    chmodSync(join(dataDir, 'exports'), 0o750);
    chmodSync(dataDir, 0o755);

    tightenDataDir(dataDir);

    expect(mode(dataDir)).toBe(0o700);
    expect(mode(join(dataDir, 'exports'))).toBe(0o700);
    expect(mode(join(dataDir, 'exports', 'week.xlsx'))).toBe(0o600);
    expect(mode(join(dataDir, 'dispatch-analytics.sqlite-wal'))).toBe(0o600);
    expect(mode(join(dataDir, 'secrets.json.tmp'))).toBe(0o600);
    expect(mode(join(dataDir, 'notes.txt'))).toBe(0o644);
    expect(mode(join(dataDir, 'exports-old.csv'))).toBe(0o644);
    expect(mode(join(dataDir, 'dispatch-analytics-old'))).toBe(0o755);
    expect(mode(join(dataDir, 'exports', 'inner'))).toBe(0o755);
    expect(mode(outside)).toBe(0o644);
    expect(lstatSync(join(dataDir, 'secrets-link.json')).isSymbolicLink()).toBe(true);
  });

  it('tightenDataDir: a missing folder, a file, or a sticky shared folder is left alone', () => {
    const base = parent();
    expect(() => tightenDataDir(join(base, 'missing'))).not.toThrow();
    const file = join(base, 'file');
    writeFileSync(file, 'x');
    chmodSync(file, 0o644);
    tightenDataDir(file);
    expect(mode(file)).toBe(0o644);
    const shared = join(base, 'shared');
    mkdirSync(shared);
    writeFileSync(join(shared, 'dispatch-analytics.sqlite'), '');
    chmodSync(join(shared, 'dispatch-analytics.sqlite'), 0o644);
    chmodSync(shared, 0o1777);
    tightenDataDir(shared);
    expect(mode(shared)).toBe(0o1777);
    expect(mode(join(shared, 'dispatch-analytics.sqlite'))).toBe(0o644);
  });

  it('a sticky backups folder inside the data folder is left open', () => {
    const dataDir = join(parent(), 'data');
    mkdirSync(join(dataDir, 'backups'), { recursive: true });
    chmodSync(join(dataDir, 'backups'), 0o1777);
    ensurePrivateDir(join(dataDir, 'backups'));
    expect(mode(join(dataDir, 'backups'))).toBe(0o1777);
  });
});
