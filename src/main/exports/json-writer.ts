// JSON exports: the shapes of the CLI's `--json` (snake_case, numbers rounded to 2 decimals). `daily` is the
// reference server's `/analytics/export?format=json` data (docs/dispatch-api.md#not-used; the dashboard without its
// insights) plus the `dispatch_metrics` rows of `metrics --json`. Trips are streamed one row per line, so a year
// is never one string in memory.
import { roundNumbersDeep } from '../../shared/round';
import type { FileSink } from './atomic-file';
import type { ExportSources } from './export-sources';
import type { SinglePart } from './export-types';
import type { TripExportJson } from './trips-table';

export function summaryJson(src: ExportSources): unknown {
  const { insights, ...rest } = roundNumbersDeep(src.dashboard);
  return { ...rest, daily_breakdown: rest.trends, insights };
}

export function dailyJson(src: ExportSources): unknown {
  const { period, summary, trends } = roundNumbersDeep(src.dashboard);
  return {
    period,
    summary,
    trends,
    daily_breakdown: trends,
    dispatch_metrics: roundNumbersDeep(src.metrics),
  };
}

export function smallPartJson(part: Exclude<SinglePart, 'trips'>, src: ExportSources): unknown {
  switch (part) {
    case 'summary':
      return summaryJson(src);
    case 'daily':
      return dailyJson(src);
    case 'weekdays':
      return roundNumbersDeep(src.insights);
    case 'drivers':
      return roundNumbersDeep(src.drivers);
    // The shapes of `facilities --json` and `forecast --json`.
    case 'facilities':
      return roundNumbersDeep(src.facilities);
    case 'forecast':
      return roundNumbersDeep(src.forecast);
  }
}

/** `"key": value` at the given depth, with the value pretty-printed and re-indented to sit there. */
function member(key: string, value: unknown, depth: number): string {
  const pad = '  '.repeat(depth);
  return `${pad}${JSON.stringify(key)}: ${JSON.stringify(value, null, 2).replaceAll('\n', `\n${pad}`)}`;
}

export interface TripsJsonSource {
  head: Record<string, unknown>;
  total: number;
  pages(): Iterable<TripExportJson[]>;
}

export interface JsonHooks {
  onRows(done: number): void;
  check(): void;
}

/**
 * Writes `{ ...members, "trips": { ...head, "rows": [ … ] } }`, the rows streamed page by page, or, with no
 * members (a trips-only export), `{ ...head, "rows": [ … ] }`.
 */
export async function writeJsonDocument(
  sink: FileSink,
  members: Record<string, unknown>,
  trips: TripsJsonSource,
  hooks: JsonHooks,
): Promise<number> {
  const nested = Object.keys(members).length > 0;
  const depth = nested ? 2 : 1;
  const pad = '  '.repeat(depth);
  const outer = Object.entries(members).map(([k, v]) => member(k, v, 1));
  const inner = [...Object.entries(trips.head).map(([k, v]) => member(k, v, depth)), `${pad}"rows": [`];
  const opening = nested
    ? `{\n${[...outer, `  "trips": {\n${inner.join(',\n')}`].join(',\n')}\n`
    : `{\n${inner.join(',\n')}\n`;
  await sink.write(opening);
  let done = 0;
  for (const page of trips.pages()) {
    hooks.check();
    if (page.length > 0) {
      const body = page.map((r) => `${pad}  ${JSON.stringify(roundNumbersDeep(r))}`).join(',\n');
      await sink.write(`${done > 0 ? ',\n' : ''}${body}`);
    }
    done += page.length;
    hooks.onRows(done);
  }
  await sink.write(`${done > 0 ? '\n' : ''}${pad}]\n${nested ? '  }\n' : ''}}\n`);
  return done;
}

/** A single JSON value as the whole document (one small part). */
export async function writeJsonValue(sink: FileSink, value: unknown): Promise<void> {
  await sink.write(`${JSON.stringify(value, null, 2)}\n`);
}
