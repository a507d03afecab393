// What the UI asks an export for, and the URL of the download under `serve` (GET /api/export-file: a plain link,
// which the browser follows with its session cookie). The filter is the Trips screen's.
import { z } from 'zod';
import { TRIP_SORTS } from '../analytics-types';
import { tripFilterSchema } from './analytics-schemas';

export const EXPORT_FILE_FORMATS = ['xlsx', 'csv', 'json'] as const;
export const EXPORT_FILE_PARTS = [
  'all',
  'summary',
  'daily',
  'weekdays',
  'drivers',
  'facilities',
  'forecast',
  'trips',
] as const;

export const exportRequestSchema = z
  .object({
    format: z.enum(EXPORT_FILE_FORMATS),
    part: z.enum(EXPORT_FILE_PARTS),
    filter: tripFilterSchema,
    sort: z.enum(TRIP_SORTS).default('scheduled'),
    dir: z.enum(['asc', 'desc']).default('asc'),
  })
  .strict();
export type ExportRequest = z.input<typeof exportRequestSchema>;

export const EXPORT_FILE_PATH = '/api/export-file';

/** The download link of an export under `serve`. */
export function exportFileUrl(origin: string, request: ExportRequest): string {
  const q = new URLSearchParams({ request: JSON.stringify(request) });
  return `${origin}${EXPORT_FILE_PATH}?${q.toString()}`;
}

/** The desktop app's export: the shell asks where to save it (its own dialog), then runs it as a job. */
export const startExportInputSchema = z.object({ request: exportRequestSchema }).strict();
export const startExportResultSchema = z.object({
  /** the job to follow in 'jobs:progress' / 'jobs:finished' and to cancel; null: the save dialog was closed */
  jobId: z.string().nullable(),
  /** the chosen file's name (never its folder: the page has no use for paths) */
  fileName: z.string().nullable(),
});
export type StartExportResult = z.infer<typeof startExportResultSchema>;

/** Shows a finished export's file in the system's file manager. */
export const showExportInputSchema = z.object({ jobId: z.string().min(1) }).strict();
