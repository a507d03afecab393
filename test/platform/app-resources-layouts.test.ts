// Where the Electron entry point finds its resources for each way of launching: `electron .`, `electron
// out/main/index.js` (the app path is then out/main), and a packaged app (process.resourcesPath) — in folders
// laid out as each launch really sees them.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  iconFileIn,
  migrationsFolderIn,
  rendererDirIn,
  unpackagedResourcesRoot,
} from '../../src/main/platform/app-resources';
import { appPathFor } from '../electron/helpers/electron-launch';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function repository(): string {
  dir = mkdtempSync(join(tmpdir(), 'da-layout-'));
  mkdirSync(join(dir, 'drizzle', 'meta'), { recursive: true });
  writeFileSync(join(dir, 'drizzle', 'meta', '_journal.json'), '{"entries":[]}');
  mkdirSync(join(dir, 'out', 'main'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{"version":"1.2.3","main":"out/main/index.js"}');
  return dir;
}

describe('the unpackaged resources root', () => {
  it('is the repository for `electron .`', () => {
    const root = repository();
    const appPath = appPathFor({ kind: 'folder', dir: root });
    expect(unpackagedResourcesRoot(appPath, join(root, 'out', 'main'))).toBe(root);
  });

  it('is still the repository for `electron out/main/index.js`, whose app path is out/main', () => {
    const root = repository();
    const appPath = appPathFor({ kind: 'script', file: join(root, 'out', 'main', 'index.js') });
    expect(appPath).toBe(join(root, 'out', 'main'));
    expect(unpackagedResourcesRoot(appPath, join(root, 'out', 'main'))).toBe(root);
  });

  it('stays the app path when no folder above the bundle holds migrations (the store then says so)', () => {
    dir = mkdtempSync(join(tmpdir(), 'da-layout-'));
    mkdirSync(join(dir, 'a', 'b'), { recursive: true });
    expect(unpackagedResourcesRoot(join(dir, 'a'), join(dir, 'a', 'b'))).toBe(join(dir, 'a'));
  });
});

describe('a packaged app', () => {
  it('finds migrations, UI and icon beside app.asar, under process.resourcesPath', () => {
    const resources = '/opt/Dispatch Analytics/resources';
    expect(appPathFor({ kind: 'packaged', resourcesPath: resources })).toBe(join(resources, 'app.asar'));
    expect(migrationsFolderIn(resources)).toBe(join(resources, 'drizzle'));
    expect(rendererDirIn(resources)).toBe(join(resources, 'out', 'renderer'));
    expect(iconFileIn(resources)).toBe(join(resources, 'resources', 'icon.png'));
  });
});
