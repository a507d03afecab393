// An export for a download under `serve`: written to a private temporary folder, then handed to the HTTP
// transport, which streams it and calls dispose(). With a worker (the app), the export runs as the worker task
// `exports:write-file` through the jobs controller, on the worker's own connection, so the event loop keeps
// answering the UI and the job shows in 'jobs:progress'; a closed download cancels the job.
// Without a worker (tests), it runs here on a SQLite connection of its own: the task's trip statement keeps its
// connection busy while it streams, and the UI keeps calling the API on the main one meanwhile.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runExport } from '../exports/export-task';
import type { ExportInput, ExportOutput } from '../exports/export-types';
import { storePathIn } from '../platform/app-paths';
import { openStoreConnection, type Db } from '../store/open-store';
import { readSettings } from '../settings';
import { TaskCancelledError } from '../worker/task-errors';
import { exportCancelled } from '../exports/export-errors';
import { toApiError } from './api-errors';
import type { JobsController } from './jobs-controller';
import { exportFileName, exportInputFor, parseExportRequest } from './export-request';
import type { ApiError } from '../../shared/contract/channels';
import type { Lang } from '../../shared/analytics-types';

export interface ExportFile {
  path: string;
  fileName: string;
  contentType: string;
  dispose(): Promise<void>;
}

const CONTENT_TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
} as const;

export type ExportFileResult =
  { ok: true; file: ExportFile } | { ok: false; status: number; error: ApiError };

export type ExportFileMaker = (rawRequest: string | null, signal: AbortSignal) => Promise<ExportFileResult>;

/** Runs the export task as a job; aborting `signal` cancels the job (its temporary file is removed). */
export async function runExportJob(
  jobs: JobsController,
  input: ExportInput,
  signal: AbortSignal,
): Promise<ExportOutput> {
  if (signal.aborted) throw exportCancelled();
  let jobId: string | null = null;
  const onAbort = () => {
    if (jobId) jobs.cancel(jobId);
  };
  signal.addEventListener('abort', onAbort, { once: true });
  try {
    return await jobs.run('exports:write-file', input, { onStarted: (id) => (jobId = id) });
  } catch (err) {
    throw err instanceof TaskCancelledError ? exportCancelled() : err;
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
}

export function createExportFileMaker(opts: {
  dataDir: string;
  now: () => number;
  version: string;
  log?: (err: unknown) => void;
  /** the app's jobs and its store: the export runs in the worker (absent: here, on a connection of its own) */
  // Read at each download: a restored backup restarts the core, with a new jobs controller and store.
  worker?: () => { jobs: JobsController; db: Db };
}): ExportFileMaker {
  return async (rawRequest, signal) => {
    let lang: Lang = 'fr';
    try {
      return { ok: true, file: await make(rawRequest, signal, (l) => (lang = l)) };
    } catch (err) {
      const error = toApiError(err, lang, opts.log);
      return {
        ok: false,
        status: error.kind === 'validation' ? 400 : error.kind === 'internal' ? 500 : 503,
        error,
      };
    }
  };

  async function make(
    rawRequest: string | null,
    signal: AbortSignal,
    setLang: (l: Lang) => void,
  ): Promise<ExportFile> {
    const request = parseExportRequest(rawRequest);
    const fileName = exportFileName(request);
    const folder = await mkdtemp(join(tmpdir(), 'da-export-'));
    const out = join(folder, fileName);
    try {
      let result: ExportOutput;
      if (opts.worker) {
        const { jobs, db } = opts.worker();
        setLang(readSettings(db).ui.language);
        const input = exportInputFor(db, request, { out, version: opts.version });
        result = await runExportJob(jobs, input, signal);
      } else {
        const store = openStoreConnection(storePathIn(opts.dataDir));
        try {
          setLang(readSettings(store.db).ui.language);
          const input = exportInputFor(store.db, request, { out, version: opts.version });
          result = await runExport({ db: store.db, now: opts.now(), signal, progress: () => {} }, input);
        } finally {
          store.close();
        }
      }
      return {
        path: result.path,
        fileName,
        contentType: CONTENT_TYPES[request.format],
        dispose: () => rm(folder, { recursive: true, force: true }),
      };
    } catch (err) {
      await rm(folder, { recursive: true, force: true });
      throw err;
    }
  }
}
