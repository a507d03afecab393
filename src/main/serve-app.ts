// `serve` without the CLI around it: the app core plus the HTTP transport, started and stopped together.
import { rendererDirIn, resourcesRoot, versionIn } from './platform/app-resources';
import type { AppCoreOptions } from './app-core';
import { createCoreHost, type CoreHost } from './core-host';
import { createFileSecretStore } from './secrets/file-secret-store';
import type { SecretStore } from './secrets/secret-store';
import { isServerPasswordKey } from './secrets/server-password';
import { findRendererDir } from './api/static-files';
import { isSmtpPasswordKey } from './secrets/smtp-password';
import { SMTP_PASSWORD_ENV } from './settings/sections/mail';
import { startHttpTransport, type HttpTransport } from './api/http-transport';
import { createExportFileMaker } from './api/export-download';

export interface ServeOptions {
  dataDir: string;
  host?: string;
  port?: number;
  now?: () => number;
  autoSync?: boolean;
  /** run the scheduled reports (default true) */
  schedule?: boolean;
  /** the built renderer; default: out/renderer of the resources root */
  uiDir?: string | null;
  /** the built worker entry for long jobs (see AppCoreOptions.workerScript) */
  workerScript?: string;
  secretStore?: SecretStore;
  startDemoServer?: AppCoreOptions['startDemoServer'];
  log?: (err: unknown) => void;
}

export interface ServeHandle {
  core: CoreHost;
  transport: HttpTransport;
  /** the UI folder served, or null when the UI is not built */
  uiDir: string | null;
  close(): Promise<void>;
}

/** The file store of the data folder, falling back to $DISPATCH_PASSWORD for the server password. */
export function headlessSecretStore(dataDir: string): SecretStore {
  const file = createFileSecretStore({ dataDir });
  return {
    ...file,
    async get(key) {
      return (
        (await file.get(key)) ??
        (isServerPasswordKey(key) ? process.env.DISPATCH_PASSWORD || null : null) ??
        (isSmtpPasswordKey(key) ? process.env[SMTP_PASSWORD_ENV] || null : null)
      );
    },
  };
}

export async function startServe(opts: ServeOptions): Promise<ServeHandle> {
  const root = resourcesRoot();
  const uiDir = opts.uiDir === undefined ? findRendererDir([rendererDirIn(root)]) : opts.uiDir;
  const core = createCoreHost({
    dataDir: opts.dataDir,
    secretStore: opts.secretStore ?? headlessSecretStore(opts.dataDir),
    transport: 'http',
    version: versionIn(root),
    ...(opts.workerScript ? { workerScript: opts.workerScript } : {}),
    ...(opts.now ? { now: opts.now } : {}),
    ...(opts.autoSync !== undefined ? { autoSync: opts.autoSync } : {}),
    ...(opts.schedule !== undefined ? { schedule: opts.schedule } : {}),
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
        version: versionIn(root),
        ...(opts.log ? { log: opts.log } : {}),
        // In the worker when there is one; without, on a connection of its own (see export-download.ts).
        ...(opts.workerScript ? { worker: () => ({ jobs: core.jobs, db: core.store.db }) } : {}),
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
