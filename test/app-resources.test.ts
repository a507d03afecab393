// One resources root for migrations, the built UI and the version: the same layout in the repository, in an
// installed copy of the package and in a packaged app's resources folder.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import {
  migrationsFolderIn,
  rendererDirIn,
  resourcesRoot,
  RESOURCES_ENV,
  setResourcesRoot,
  versionIn,
} from '../src/main/app-resources';
import { startServe } from '../src/main/api/serve-app';
import { defaultMigrationsFolder, openStore, StoreMigrationError } from '../src/main/store/open-store';
import { createMemorySecretStore } from './api/helpers/memory-secret-store';

const ROOT = resolve(__dirname, '..');
const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'da-resources-'));
  dirs.push(dir);
  return dir;
}

/** A resources folder as a packaged app has it: drizzle/, out/renderer/ and package.json, nothing else. */
function packagedResources(version: string): string {
  const dir = tempDir();
  cpSync(join(ROOT, 'drizzle'), join(dir, 'drizzle'), { recursive: true });
  mkdirSync(join(dir, 'out', 'renderer'), { recursive: true });
  writeFileSync(join(dir, 'out', 'renderer', 'index.html'), '<!doctype html><title>packaged</title>');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'dispatch-analytics', version }));
  return dir;
}

afterEach(() => {
  setResourcesRoot(ROOT);
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('resources root', () => {
  it('is the root set by the entry point', () => {
    setResourcesRoot('/opt/app/resources');
    expect(resourcesRoot()).toBe('/opt/app/resources');
    expect(migrationsFolderIn('/r')).toBe('/r/drizzle');
    expect(rendererDirIn('/r')).toBe('/r/out/renderer');
  });

  it('reads the version of the root, 0.0.0 when there is none', () => {
    expect(versionIn(packagedResources('7.8.9'))).toBe('7.8.9');
    expect(versionIn(tempDir())).toBe('0.0.0');
  });

  it('opens a store with the migrations of a packaged resources folder, and serves its UI and version', async () => {
    const resources = packagedResources('7.8.9');
    setResourcesRoot(resources);
    expect(defaultMigrationsFolder()).toBe(join(resources, 'drizzle'));
    const data = tempDir();
    const handle = await startServe({
      dataDir: data,
      autoSync: false,
      secretStore: createMemorySecretStore(),
    });
    try {
      expect(handle.uiDir).toBe(join(resources, 'out', 'renderer'));
      const info = await handle.core.handlers['app:get-info']({});
      expect(info).toMatchObject({ ok: true, data: { version: '7.8.9' } });
    } finally {
      await handle.close();
    }
  });

  it('says what to do when the migrations are missing, and opens nothing', () => {
    setResourcesRoot(tempDir());
    const data = tempDir();
    expect(() => openStore(join(data, 'x.sqlite'))).toThrow(StoreMigrationError);
    expect(existsSync(join(data, 'x.sqlite'))).toBe(false);
    expect(() => defaultMigrationsFolder()).toThrow(/migrations are missing from .*reinstall/);
  });
});

describe('the built CLI in an installed copy of the package', () => {
  it('finds its migrations and version in its own folder, whatever the working folder', async () => {
    const pkg = packagedResources('3.2.1');
    cpSync(join(ROOT, 'bin'), join(pkg, 'bin'), { recursive: true });
    cpSync(join(ROOT, 'out', 'cli'), join(pkg, 'out', 'cli'), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(pkg, 'node_modules'), 'dir');
    const cwd = tempDir();
    const run = (...args: string[]) =>
      promisify(execFile)(process.execPath, [join(pkg, 'bin', 'dispatch-analytics.mjs'), ...args], {
        cwd,
        env: { ...process.env, [RESOURCES_ENV]: '' },
      });
    expect((await run('--version')).stdout.trim()).toBe('3.2.1');
    const data = join(cwd, 'data');
    await run('--data-dir', data, 'demo', 'seed', '--days', '3', '--bookings-per-day', '5');
    const { stdout } = await run('--data-dir', data, 'dashboard', '--period', '7d', '--json');
    expect(JSON.parse(stdout)).toHaveProperty('summary');
  });
});
