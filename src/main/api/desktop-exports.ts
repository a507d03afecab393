// The desktop app's exports: the renderer asks for an export, the shell's save dialog chooses the file (the page
// never names a path, so a compromised page cannot write anywhere), and the export runs as the worker job
// 'exports:write-file' — its progress and end reach the page as 'jobs:progress' / 'jobs:finished', and
// 'jobs:cancel-job' cancels it (the file is then never created: the task writes a temporary file first).
// Electron-free: the dialog and the file manager are injected (src/main/electron/export-targets.ts).
import { basename } from 'node:path';
import type { Lang } from '../../shared/analytics-types';
import type { StartExportResult } from '../../shared/contract/export-inputs';
import { ExportError } from '../exports/export-errors';
import type { Db } from '../store/open-store';
import { exportFileName, exportInputFor, type ParsedExportRequest } from './export-request';
import type { JobsController } from './jobs-controller';

export interface ExportTargets {
  /** asks where to save (the system's save dialog, which confirms a replacement); null: closed */
  choose(suggestedName: string, lang: Lang): Promise<string | null>;
  /** shows the file in the system's file manager */
  showInFolder(path: string): void;
}

export interface DesktopExports {
  start(request: ParsedExportRequest, lang: Lang): Promise<StartExportResult>;
  /** false when the job did not finish writing a file (unknown, running, failed, cancelled) */
  showInFolder(jobId: string): boolean;
}

// Finished exports remembered for "Show in folder": a bounded list, the newest kept.
const REMEMBERED = 50;

export function createDesktopExports(opts: {
  db: Db;
  jobs: JobsController | undefined;
  version: string;
  targets: ExportTargets | undefined;
  log?: (err: unknown) => void;
}): DesktopExports {
  const written = new Map<string, string>();
  return {
    async start(request, lang) {
      const { targets, jobs } = opts;
      if (!targets || !jobs) {
        throw new ExportError('validation', 'exports.errors.downloadHere');
      }
      const out = await targets.choose(exportFileName(request), lang);
      if (!out) return { jobId: null, fileName: null };
      // The save dialog already asked before replacing an existing file.
      const input = exportInputFor(opts.db, request, { out, version: opts.version, force: true });
      let jobId = '';
      const done = jobs.run('exports:write-file', input, { onStarted: (id) => (jobId = id) });
      done.then(
        (result) => {
          written.set(jobId, result.path);
          if (written.size > REMEMBERED) written.delete(written.keys().next().value!);
        },
        // A failure or a cancel reaches the page as 'jobs:finished' with its error: nothing more to do here.
        () => {},
      );
      return { jobId, fileName: basename(out) };
    },
    showInFolder(jobId) {
      const path = written.get(jobId);
      if (!path || !opts.targets) return false;
      opts.targets.showInFolder(path);
      return true;
    },
  };
}
