// An export for a download under `serve`: written by the export task to a private temporary folder, on a SQLite
// connection of its own (the task's trip statement keeps its connection busy while it streams, and the UI keeps
// calling the API meanwhile), then handed to the HTTP transport, which streams it and calls dispose().
// TODO(integration): run it as the worker task `exports:write-file` (src/main/worker/tasks.ts) through the jobs.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportRequestSchema } from '../../shared/contract/export-inputs';
import { ExportError } from '../exports/export-errors';
import { runExport } from '../exports/export-task';
import { csvLocale } from '../settings/sections/exports';
import { storePathIn } from '../platform/app-paths';
import { openStoreConnection } from '../store/open-store';
import { readSettings } from '../settings';
import { toApiError } from './api-errors';
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

export function createExportFileMaker(opts: {
  dataDir: string;
  now: () => number;
  version: string;
  log?: (err: unknown) => void;
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
    let json: unknown;
    try {
      json = JSON.parse(rawRequest ?? '');
    } catch {
      json = undefined;
    }
    const parsed = exportRequestSchema.safeParse(json);
    if (!parsed.success) {
      throw new ExportError('validation', 'exports.errors.badRequest');
    }
    const { format, part, filter, sort, dir } = parsed.data;
    const { from, to, ...tripFilter } = filter;
    const store = openStoreConnection(storePathIn(opts.dataDir));
    const folder = await mkdtemp(join(tmpdir(), 'da-export-'));
    try {
      const settings = readSettings(store.db);
      const lang = settings.ui.language;
      setLang(lang);
      const fileName = `dispatch-analytics_${part}_${from}_${to}.${format}`;
      const csv = csvLocale(lang, settings.exports);
      const result = await runExport(
        { db: store.db, now: opts.now(), signal, progress: () => {} },
        {
          format,
          part,
          from,
          to,
          tripFilter,
          tripSort: sort,
          tripDir: dir,
          out: join(folder, fileName),
          lang,
          ...(format === 'csv' ? csv : {}),
          appVersion: opts.version,
          analytics: settings.analytics,
        },
      );
      return {
        path: result.path,
        fileName,
        contentType: CONTENT_TYPES[format],
        dispose: () => rm(folder, { recursive: true, force: true }),
      };
    } catch (err) {
      await rm(folder, { recursive: true, force: true });
      throw err;
    } finally {
      store.close();
    }
  }
}
