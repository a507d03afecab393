// Every task the worker can run, by name. Registering a task is one line here: `'domain:verb': fn,` where fn is
// a TaskFn (task.ts). The worker thread runs them; the main thread only sees their names and types.
import type { AnyTaskFn } from './task';
import { aggregateAllTask } from './tasks/aggregate-all-task';
import { runExport } from '../exports/export-task';
import { renderReport } from '../reports/render-report';
import { printPdfTask } from '../reports/print-pdf-task';

export const TASKS = {
  'aggregation:aggregate-all': aggregateAllTask,
  // An export file (CSV, JSON, XLSX): streamed from the worker's own connection, written to a temp file + rename.
  'exports:write-file': runExport,
  // One e-mail report (HTML, text, chart PNG by @napi-rs/canvas): the chart alone can take tens of milliseconds.
  'reports:render-report': renderReport,
  // A report's PDF under serve (reports.*.attachPdf): Chromium prints the HTML; the main thread gets base64.
  'reports:print-pdf': printPdfTask,
} as const satisfies Record<string, AnyTaskFn>;

export type TaskName = keyof typeof TASKS;
export type TaskInput<N extends TaskName> = Parameters<(typeof TASKS)[N]>[1];
export type TaskOutput<N extends TaskName> = Awaited<ReturnType<(typeof TASKS)[N]>>;
