// `serve` without the CLI around it: the app core plus the HTTP transport, started and stopped together.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createAppCore, type AppCore, type AppCoreOptions } from '../app-core';
import { createFileSecretStore } from '../secrets/file-secret-store';
import { SERVER_PASSWORD_KEY, type SecretStore } from '../secrets/secret-store';
import { findRendererDir } from './static-files';
import { startHttpTransport, type HttpTransport } from './http-transport';
import { createExportFileMaker } from './export-download';

export interface ServeOptions {
  dataDir: string;
  host?: string;
  port?: number;
  now?: () => number;
  autoSync?: boolean;
  /** the built renderer; default: out/renderer of the project */
  uiDir?: string | null;
  secretStore?: SecretStore;
  startDemoServer?: AppCoreOptions['startDemoServer'];
  log?: (err: unknown) => void;
}

export interface ServeHandle {
  core: AppCore;
  transport: HttpTransport;
  /** the UI folder served, or null when the UI is not built */
  uiDir: string | null;
  close(): Promise<void>;
}

/** The project root: the nearest folder above this file (or the working folder) with a package.json. */
export function projectRoot(): string {
  for (const start of [__dirname, process.cwd()]) {
    let dir = resolve(start);
    for (let i = 0; i < 8; i++) {
      if (existsSync(join(dir, 'package.json'))) return dir;
      dir = dirname(dir);
    }
  }
  return process.cwd();
}

export function appVersion(): string {
  try {
    return (
      (JSON.parse(readFileSync(join(projectRoot(), 'package.json'), 'utf8')) as { version?: string })
        .version ?? '0.0.0'
    );
  } catch {
    return '0.0.0';
  }
}

/** The file store of the data folder, falling back to $DISPATCH_PASSWORD for the server password. */
export function headlessSecretStore(dataDir: string): SecretStore {
  const file = createFileSecretStore({ dataDir });
  return {
    ...file,
    async get(key) {
      return (
        (await file.get(key)) ?? (key === SERVER_PASSWORD_KEY ? process.env.DISPATCH_PASSWORD || null : null)
      );
    },
  };
}

export async function startServe(opts: ServeOptions): Promise<ServeHandle> {
  const uiDir =
    opts.uiDir === undefined ? findRendererDir([join(projectRoot(), 'out', 'renderer')]) : opts.uiDir;
  const core = createAppCore({
    dataDir: opts.dataDir,
    secretStore: opts.secretStore ?? headlessSecretStore(opts.dataDir),
    transport: 'http',
    version: appVersion(),
    ...(opts.now ? { now: opts.now } : {}),
    ...(opts.autoSync !== undefined ? { autoSync: opts.autoSync } : {}),
    ...(opts.startDemoServer ? { startDemoServer: opts.startDemoServer } : {}),
    ...(opts.log ? { log: opts.log } : {}),
  });
  let transport: HttpTransport;
  try {
    transport = await startHttpTransport({
      handlers: core.handlers,
      events: core.events,
      host: opts.host ?? '127.0.0.1',
      port: opts.port ?? 0,
      staticDir: uiDir,
      exportFile: createExportFileMaker({
        dataDir: opts.dataDir,
        now: opts.now ?? Date.now,
        version: appVersion(),
        ...(opts.log ? { log: opts.log } : {}),
      }),
      ...(opts.log ? { log: opts.log } : {}),
    });
  } catch (err) {
    await core.stop();
    throw err;
  }
  await core.start();
  return {
    core,
    transport,
    uiDir,
    async close() {
      await transport.close();
      await core.stop();
    },
  };
}
