// electron-builder's configuration: `npm run package` (installers, on a machine that can download Electron) and
// `npm run package:smoke` (scripts/package-smoke.mjs: a Linux folder against a stand-in Electron, then the
// packaged bundle started under the electron stand-in). README › "Building installers".
//
// Layout of a packaged app, as src/main/platform/app-resources.ts expects it under process.resourcesPath:
//   app.asar                    out/main (index.js, worker.js), out/preload, package.json (the version: Electron's
//                               app.getVersion()), production node_modules
//   app.asar.unpacked/          native modules (*.node): the OS loads them from a real file, never from the asar
//   drizzle/                    the migrations (the store runs them at open)
//   out/renderer/               the built UI (served as app://renderer)
//   resources/icon.png          window and tray icon (read by the OS, so outside the asar)

/** A test build keeps the inspect arguments on, so Playwright's _electron can drive it (PACKAGE_FOR_TESTS=1). */
const forTests = process.env.PACKAGE_FOR_TESTS === '1';

/** @type {import('electron-builder').Configuration} */
const config = {
  appId: 'ch.dispatch-analytics.desktop',
  // Installer, Start menu and .app names. The data folder does not follow it: src/main/platform/app-paths.ts
  // names it (README › "Where the data lives"). package.json keeps `name` (and no productName), so Electron's
  // app.name, hence its userData folder with the keychain-encrypted secrets, is the same as under `npm start`.
  productName: 'Dispatch Analytics',
  copyright: 'Dispatch Analytics',
  directories: { output: 'dist', buildResources: 'resources' },
  // better-sqlite3 13 ships N-API prebuilds for every platform inside its npm package (prebuilds/*.node, loaded
  // by lib/binding.js): N-API is ABI-stable across Node and Electron, so nothing is rebuilt for Electron.
  npmRebuild: false,
  nodeGypRebuild: false,
  buildDependenciesFromSource: false,
  files: [
    'package.json',
    'out/main/**',
    'out/preload/**',
    '!out/**/*.map',
    // Sources, build files and compile leftovers of native modules (better-sqlite3's deps/ holds SQLite's C
    // sources, build/ what a node-gyp run left; lib/binding.js would prefer a leftover build/Release binary).
    '!**/node_modules/better-sqlite3/{deps,src,build,binding.gyp}{,/**}',
    '!**/node_modules/**/*.{md,markdown,map,ts,mts,cts,gyp,gypi,cc,cpp,c,h,hpp}',
    '!**/node_modules/**/{test,tests,__tests__,example,examples,docs,.github}{,/**}',
    '!**/node_modules/**/*.d.ts',
  ],
  extraResources: [
    { from: 'drizzle', to: 'drizzle', filter: ['**/*.sql', 'meta/*.json'] },
    { from: 'out/renderer', to: 'out/renderer', filter: ['**/*', '!**/*.map'] },
    { from: 'resources/icon.png', to: 'resources/icon.png' },
  ],
  asar: true,
  // Native modules: better-sqlite3's prebuilds, @napi-rs/canvas's platform package (the report charts). The OS
  // loads them from real files. electron-builder's smartUnpack finds them too; this says it outright.
  asarUnpack: ['**/*.node'],
  electronFuses: {
    // ELECTRON_RUN_AS_NODE would turn the signed app into a plain Node.js interpreter (the app forks nothing:
    // long jobs run in worker threads).
    runAsNode: false,
    enableCookieEncryption: true,
    // NODE_OPTIONS could preload code into the main process, which holds the passwords.
    enableNodeOptionsEnvironmentVariable: false,
    // --inspect opens a debugger port into the main process. A test build keeps it for Playwright.
    enableNodeCliInspectArguments: forTests,
    // macOS and Windows check app.asar against the hash electron-builder embeds (Linux has no such check).
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    // The UI is served from app://, so file:// needs none of its old extra privileges.
    grantFileProtocolExtraPrivileges: false,
    // Flipping fuses invalidates an unsigned arm64 Mac binary's ad-hoc signature: sign it again.
    resetAdHocDarwinSignature: true,
  },
  linux: {
    target: ['AppImage', 'deb'],
    executableName: 'dispatch-analytics',
    icon: 'resources/icon.png',
    category: 'Office',
    // The .deb's Maintainer field (package.json has no author): the office's IT may put its own contact here.
    maintainer: 'Dispatch Analytics',
    synopsis: 'Analytics and e-mail reports for transport dispatch offices',
  },
  deb: {
    // Tray icons on GNOME need the AppIndicator extension (preinstalled on Ubuntu).
    recommends: ['gnome-shell-extension-appindicator | libayatana-appindicator3-1'],
  },
  win: {
    target: [{ target: 'nsis', arch: ['x64'] }],
    icon: 'resources/icon.png',
  },
  nsis: {
    // Per user, into %LOCALAPPDATA%\Programs: no administrator rights needed on an office PC.
    oneClick: false,
    perMachine: false,
    allowElevation: false,
    allowToChangeInstallationDirectory: true,
    createDesktopShortcut: true,
    runAfterFinish: true,
  },
  mac: {
    target: ['dmg'],
    category: 'public.app-category.business',
    icon: 'resources/icon.png',
  },
};

module.exports = config;
