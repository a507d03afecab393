// The one place the app's files that are not code are found: the database migrations, the built user interface
// and the version. They sit under one resources root with the same layout everywhere:
//
//   <root>/drizzle/            the migrations (meta/_journal.json and the .sql files)
//   <root>/out/renderer/       the built UI (index.html)
//   <root>/package.json        the version (CLI and serve; a packaged app asks Electron, from app.asar's)
//
//   <root>/resources/icon.png  the window and tray icon
//
// The root is told by the entry point, which knows where it runs: the package folder for the CLI
// (bin/dispatch-analytics.mjs), the repository for an unpackaged Electron (unpackagedResourcesRoot), and
// process.resourcesPath in a packaged app (electron-builder.cjs copies drizzle/, out/renderer/ and
// resources/icon.png there as extra resources). Only the Electron entry point, which is never moved into a chunk,
// may look above its own folder, and only for a folder that really holds the migrations.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export const RESOURCES_ENV = 'DISPATCH_ANALYTICS_RESOURCES';

let configuredRoot: string | null = null;

/** Called once by an entry point (CLI, Electron shell) before anything opens the store. */
export function setResourcesRoot(root: string): void {
  configuredRoot = resolve(root);
}

/**
 * The root set by the entry point, else $DISPATCH_ANALYTICS_RESOURCES, else the working folder (tests, benchmarks
 * and scripts run from the repository's root).
 */
export function resourcesRoot(env: Record<string, string | undefined> = process.env): string {
  if (configuredRoot) return configuredRoot;
  const fromEnv = env[RESOURCES_ENV];
  return fromEnv ? resolve(fromEnv) : process.cwd();
}

/**
 * The resources root of an unpackaged Electron app. `electron .` (npm start) makes the app path the repository,
 * but `electron out/main/index.js` makes it `out/main` (Electron's default app uses the script's folder), where
 * there are no migrations: then the nearest folder above the entry bundle that holds them.
 */
export function unpackagedResourcesRoot(appPath: string, entryBundleDir: string): string {
  const holdsMigrations = (dir: string) => existsSync(join(migrationsFolderIn(dir), 'meta', '_journal.json'));
  if (holdsMigrations(appPath)) return resolve(appPath);
  let dir = resolve(entryBundleDir);
  for (let depth = 0; depth < 4; depth++) {
    if (holdsMigrations(dir)) return dir;
    dir = dirname(dir);
  }
  return resolve(appPath);
}

export function iconFileIn(root: string): string {
  return join(root, 'resources', 'icon.png');
}

export function migrationsFolderIn(root: string): string {
  return join(root, 'drizzle');
}

export function rendererDirIn(root: string): string {
  return join(root, 'out', 'renderer');
}

/** The version in the root's package.json ('0.0.0' when it cannot be read). */
export function versionIn(root: string): string {
  try {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version?: unknown };
    return typeof pkg.version === 'string' ? pkg.version : '0.0.0';
  } catch {
    return '0.0.0';
  }
}
