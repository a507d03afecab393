// The one place the app's files that are not code are found: the database migrations, the built user interface
// and the version. They sit under one resources root with the same layout everywhere:
//
//   <root>/drizzle/            the migrations (meta/_journal.json and the .sql files)
//   <root>/out/renderer/       the built UI (index.html)
//   <root>/package.json        the version
//
// The root is told by the entry point, which knows where it runs: the package folder for the CLI
// (bin/dispatch-analytics.mjs), app.getAppPath() for Electron from the repository or out/, and
// process.resourcesPath in a packaged app (whose packaging must copy drizzle/, out/renderer/ and package.json
// there as extra resources). Nothing walks up from a bundle's own folder: a bundler may move code into chunks.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

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
