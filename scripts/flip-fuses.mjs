#!/usr/bin/env node
// Flips the Electron fuses of a PACKAGED app's binary, then reads them back and fails if any is not as set.
// Fuses are bits compiled into the Electron binary: they switch features off for good, where no environment
// variable or command-line flag can turn them back on. Run it on the packaged binary, before code signing:
//
//   node scripts/flip-fuses.mjs "path/to/Dispatch Analytics"        (Linux/Windows: the executable)
//   node scripts/flip-fuses.mjs "path/to/Dispatch Analytics.app"    (macOS: the bundle)
//
// Never on node_modules/electron: that binary is the development one, shared by every project using it.
// Uses @electron/fuses, Electron's own library for the fuse wire (see the README, "Packaging").
import { pathToFileURL } from 'node:url';
import { FuseState, FuseV1Options, FuseVersion, flipFuses, getCurrentFuseWire } from '@electron/fuses';

/** What each fuse is set to, and why. Fuses not listed keep Electron's default. */
export const FUSES = {
  // ELECTRON_RUN_AS_NODE would turn the signed app into a plain Node.js interpreter.
  [FuseV1Options.RunAsNode]: false,
  // Cookies (the session's storage) encrypted at rest with the OS keychain.
  [FuseV1Options.EnableCookieEncryption]: true,
  // NODE_OPTIONS could preload arbitrary code into the main process.
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  // --inspect / --inspect-brk would open a debugger port into the main process (which holds the password).
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // Only the app.asar next to the binary is loaded: no loose app folder slipped in beside it.
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  // The renderer is served from app://, so file:// needs none of its historical extra privileges.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
};

const NAMES = Object.fromEntries(
  Object.entries(FuseV1Options)
    .filter(([, v]) => typeof v === 'number')
    .map(([k, v]) => [v, k]),
);

/** Flips the fuses of `binary` and returns the fuses that did not end up as configured (empty when all did). */
export async function flipAndVerify(binary) {
  await flipFuses(binary, { version: FuseVersion.V1, ...FUSES });
  const wire = await getCurrentFuseWire(binary);
  return Object.entries(FUSES)
    .filter(([option, on]) => wire[option] !== (on ? FuseState.ENABLE : FuseState.DISABLE))
    .map(([option]) => NAMES[option]);
}

async function main(argv) {
  const binary = argv[0];
  if (!binary || argv.length !== 1) {
    console.error('Usage: node scripts/flip-fuses.mjs <packaged app binary (or .app bundle on macOS)>');
    return 2;
  }
  try {
    const wrong = await flipAndVerify(binary);
    if (wrong.length > 0) {
      console.error(`Fuses not set on ${binary}: ${wrong.join(', ')}.`);
      return 1;
    }
  } catch (err) {
    console.error(
      `Could not flip the fuses of ${binary}: ${err instanceof Error ? err.message : String(err)}`,
    );
    return 1;
  }
  console.log(
    `Fuses set on ${binary}: ${Object.keys(FUSES)
      .map((o) => `${NAMES[o]}=${FUSES[o] ? 'on' : 'off'}`)
      .join(', ')}.`,
  );
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await main(process.argv.slice(2));
}
