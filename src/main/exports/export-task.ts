// One export from start to file, as a task of the worker shape `(ctx, input) => output`: it only uses what it is
// given (its own SQLite connection, the clock, a cancel signal, a progress callback), so the app runs it in a
// worker thread and the CLI runs it in its own process alike. The file appears under its name only when
// complete; a cancel or a failure removes the temporary file (atomic-file.ts).
import { isIsoDate, todayIn } from '../../shared/time';
import { customPeriod, type ResolvedPeriod } from '../analytics/period';
import type { Db } from '../store/open-store';
import { getCompany } from '../store/repos/company-repo';
import { dataThrough } from '../store/repos/sync-state-repo';
import { sectionFrom } from '../settings/read-settings';
import { csvLocale } from '../settings/sections/exports';
import { aboutTable } from './about-table';
import { openSink, prepareOutput, waitForDrain, type FileSink } from './atomic-file';
import { writeCsvTable } from './csv-writer';
import { ExportError, exportCancelled, ioError } from './export-errors';
import { readExportSources, type ExportSources } from './export-sources';
import type { ExportTable } from './export-table';
import { exportTexts } from './export-texts';
import {
  EXPORT_FORMATS,
  EXPORT_PARTS,
  SINGLE_PARTS,
  type ExportInput,
  type ExportOutput,
  type ResolvedExportInput,
  type SinglePart,
} from './export-types';
import { smallPartJson, writeJsonDocument, writeJsonValue } from './json-writer';
import { dailyTable, driversTable, summaryTable, weekdaysTable } from './part-tables';
import { facilitiesTable, forecastTable } from './planning-tables';
import { tripJsonPages, tripsTable, type TripsSelection } from './trips-table';
import { openWorkbook, writeXlsxTable } from './xlsx-writer';

/** What the worker gives a task (see the worker runner); `dbPath` is unused here. */
export interface ExportTaskContext {
  db: Db;
  now: number;
  signal: AbortSignal;
  progress(done: number, total: number): void;
}

/**
 * The worker's edge: the input crossed a thread (or came from the schedule or the API) as plain JSON, so its
 * choices and its period are checked here, once, and the period is resolved for everything downstream.
 */
export function checkExportInput(input: ExportInput): ResolvedPeriod {
  checkExportChoices(input);
  if (!isIsoDate(input.from) || !isIsoDate(input.to) || input.from > input.to) {
    throw new ExportError('validation', 'exports.errors.badPeriod', {
      from: String(input.from),
      to: String(input.to),
    });
  }
  // Longer than MAX_RANGE_DAYS: the resolver's own sentence (analytics.errors.periodTooLong), as before.
  return customPeriod(input.from, input.to);
}

function checkExportChoices(input: Omit<ExportInput, 'from' | 'to'>): void {
  if (!EXPORT_FORMATS.includes(input.format)) {
    throw new ExportError('validation', 'exports.errors.unknownFormat', { value: input.format });
  }
  if (!EXPORT_PARTS.includes(input.part)) {
    throw new ExportError('validation', 'exports.errors.unknownPart', { value: input.part });
  }
  if (input.part === 'all' && input.format === 'csv') {
    throw new ExportError('validation', 'exports.errors.csvAll');
  }
}

/** An export whose input is plain JSON (the app's worker, the schedule, the API): checked, then written. */
export async function runExport(ctx: ExportTaskContext, input: ExportInput): Promise<ExportOutput> {
  const period = checkExportInput(input);
  const { from: _from, to: _to, ...rest } = input;
  return runResolvedExport(ctx, { ...rest, period });
}

/** An export whose period was resolved at the caller's edge (the CLI's arguments): not checked again. */
export async function runResolvedExport(
  ctx: ExportTaskContext,
  input: ResolvedExportInput,
): Promise<ExportOutput> {
  checkExportChoices(input);
  const { period } = input;
  const parts: readonly SinglePart[] =
    input.part === 'all' ? SINGLE_PARTS.filter((p) => !input.leaveOut?.includes(p)) : [input.part];
  const settings = input.analytics;
  const today = todayIn(settings.timeZone, ctx.now);
  const src = readExportSources(ctx.db, {
    period,
    lang: input.lang,
    today,
    // never later than today: a forecast learns only from complete days
    forecastFrom: input.forecastFrom && input.forecastFrom < today ? input.forecastFrom : today,
    settings,
    parts,
  });
  const sel: TripsSelection = {
    filter: { ...input.tripFilter, from: period.start, to: period.end },
    sort: input.tripSort ?? 'scheduled',
    dir: input.tripDir ?? 'asc',
  };
  const pending = await prepareOutput(input.out, input.force === true);
  const sink = openSink(pending.tempPath);
  const check = () => {
    if (ctx.signal.aborted) throw exportCancelled();
  };
  let rows = 0;
  try {
    const write = { csv: writeCsv, json: writeJson, xlsx: writeXlsx }[input.format];
    rows = await write({ ctx, input, parts, src, sel, sink, check });
    await sink.close();
    check();
  } catch (err) {
    sink.stream.destroy();
    await pending.discard();
    throw err instanceof ExportError ? err : hasErrno(err) ? ioError(err, pending.path) : err;
  }
  return { path: pending.path, bytes: await pending.commit(), rows };
}

function hasErrno(err: unknown): boolean {
  return typeof (err as NodeJS.ErrnoException | null)?.code === 'string';
}

interface WriteJob {
  ctx: ExportTaskContext;
  input: ResolvedExportInput;
  parts: readonly SinglePart[];
  src: ExportSources;
  sel: TripsSelection;
  sink: FileSink;
  check(): void;
}

/** `forXlsx`: the sheets a person reads and prints get a weekday column and totals rows (part-tables.ts). */
function tablesOf(job: WriteJob, forXlsx = false): ExportTable[] {
  const t = exportTexts(job.input.lang);
  return job.parts.map((p) => {
    switch (p) {
      case 'summary':
        return summaryTable(job.src, t);
      case 'daily':
        return dailyTable(job.src, t, forXlsx ? { forReading: { lang: job.input.lang } } : {});
      case 'weekdays':
        return weekdaysTable(job.src, t);
      case 'drivers':
        return driversTable(job.src, t, forXlsx);
      case 'facilities':
        return facilitiesTable(job.src, t, forXlsx);
      case 'forecast':
        return forecastTable(job.src, t, job.input.lang);
      case 'trips':
        return tripsTable(job.ctx.db, job.sel, job.input.analytics, job.input.lang);
    }
  });
}

/** Progress over several tables: rows done so far across all of them. */
function progressOver(job: WriteJob, total: number) {
  let before = 0;
  job.ctx.progress(0, total);
  return {
    onRows: (done: number) => job.ctx.progress(before + done, total),
    next: (written: number) => (before += written),
  };
}

async function writeCsv(job: WriteJob): Promise<number> {
  const [table] = tablesOf(job);
  const exportsDefaults = sectionFrom('exports', undefined);
  const locale = csvLocale(job.input.lang, exportsDefaults, {
    delimiter: job.input.delimiter,
    decimal: job.input.decimal,
  });
  const progress = progressOver(job, table!.rowCount);
  return writeCsvTable(job.sink, table!, locale, { onRows: progress.onRows, check: job.check });
}

async function writeXlsx(job: WriteJob): Promise<number> {
  const tables = tablesOf(job, true);
  const empty = tables.every((t) => t.rowCount === 0) || noBookings(job);
  tables.push(aboutTable(aboutFacts(job, empty), exportTexts(job.input.lang)));
  const workbook = openWorkbook(job.sink);
  workbook.creator = 'Dispatch Analytics';
  const progress = progressOver(
    job,
    tables.reduce((n, t) => n + t.rowCount, 0),
  );
  const stream = job.sink.stream;
  const hooks = {
    onRows: progress.onRows,
    check: job.check,
    // Wait for the disk when the file stream is full, and let zlib and the zip catch up between pages:
    // without it every committed row waits in memory until the end.
    pace: async () => {
      if (stream.writableNeedDrain) await waitForDrain(stream);
      else await new Promise<void>((res) => setImmediate(res));
    },
  };
  let rows = 0;
  for (const table of tables) {
    const n = await writeXlsxTable(workbook, table, job.input.lang, hooks);
    progress.next(n);
    if (table.part !== 'about') rows += n;
  }
  job.check();
  await workbook.commit();
  return rows;
}

/** The period has no booking at all (the figures are all zero, or "—"). */
function noBookings(job: WriteJob): boolean {
  return job.src.dashboard.summary.total_bookings === 0;
}

function aboutFacts(job: WriteJob, empty: boolean) {
  const company = getCompany(job.ctx.db);
  const { input } = job;
  const f = input.tripFilter;
  const hasFilter = f !== undefined && Object.values(f).some((v) => v !== undefined);
  return {
    appVersion: input.appVersion,
    company: company?.name ?? null,
    from: input.period.start,
    to: input.period.end,
    dataThrough: company ? dataThrough(job.ctx.db, company.id) : null,
    exportedAt: job.ctx.now,
    timeZone: input.analytics.timeZone,
    parts: job.parts,
    leftOut: job.input.part === 'all' ? (job.input.leaveOut ?? []) : [],
    tripsFilter: hasFilter && job.parts.includes('trips') ? JSON.stringify(f) : null,
    empty,
  };
}

async function writeJson(job: WriteJob): Promise<number> {
  const { input, src } = job;
  const smallParts = job.parts.filter((p): p is Exclude<SinglePart, 'trips'> => p !== 'trips');
  const hasTrips = job.parts.includes('trips');
  if (!hasTrips && input.part !== 'all') {
    await writeJsonValue(job.sink, smallPartJson(smallParts[0]!, src));
    return 0;
  }
  const members: Record<string, unknown> = {};
  if (input.part === 'all') {
    const t = exportTexts(input.lang);
    // Not from the tables (a JSON export has none, and "every table of none is empty" said "no data" always):
    // the period's bookings, as the XLSX's About decides it.
    const facts = aboutFacts(job, noBookings(job));
    members.about = {
      app: 'Dispatch Analytics',
      version: facts.appVersion,
      company: facts.company,
      period: src.dashboard.period,
      data_through: facts.dataThrough,
      exported_at: new Date(facts.exportedAt).toISOString(),
      time_zone: facts.timeZone,
      ...(facts.empty ? { message: t.about.empty } : {}),
    };
    for (const p of smallParts) members[p] = smallPartJson(p, src);
  }
  const trips = tripJsonPages(job.ctx.db, job.sel, input.analytics);
  const progress = progressOver(job, trips.total);
  return writeJsonDocument(
    job.sink,
    members,
    {
      head: {
        period: src.dashboard.period,
        filter: job.sel.filter,
        sort: job.sel.sort,
        dir: job.sel.dir,
        total: trips.total,
      },
      total: trips.total,
      pages: () => trips.pages(),
    },
    { onRows: progress.onRows, check: job.check },
  );
}
