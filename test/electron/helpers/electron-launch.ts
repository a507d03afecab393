// What real Electron answers for `app.getAppPath()` and `app.isPackaged`, for each way of launching the app, so
// the stand-in (electron-stand-in.ts) cannot hide a launch that finds no resources. From Electron's default app
// (default_app/main.ts, loadApplicationPackage) and the packaged layout:
//   electron <folder>            a folder with package.json → that folder
//   electron <script.js>         no package.json at that path → the script's folder (`out/main` for the bundle)
//   packaged                     <resources>/app.asar, and app.isPackaged true
import { dirname, join, resolve } from 'node:path';
import type { Answers } from './electron-stand-in';

export type ElectronLaunch =
  | { kind: 'folder'; dir: string }
  | { kind: 'script'; file: string }
  | { kind: 'packaged'; resourcesPath: string };

export function appPathFor(launch: ElectronLaunch): string {
  switch (launch.kind) {
    case 'folder':
      return resolve(launch.dir);
    case 'script':
      return dirname(resolve(launch.file));
    case 'packaged':
      return join(resolve(launch.resourcesPath), 'app.asar');
  }
}

/** The stand-in's answers for `app.getAppPath` and `app.isPackaged` under `launch`. */
export function launchAnswers(launch: ElectronLaunch): Answers {
  return {
    'app.getAppPath': () => appPathFor(launch),
    'app.isPackaged': { value: launch.kind === 'packaged' },
  };
}
