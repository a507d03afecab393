// The About sheet: what the file holds and when it was made, so a workbook forwarded by e-mail still says which
// period, which data and which time zone its figures are in.
import type { IsoDate } from '../../shared/analytics-types';
import type { ExportsTexts } from './export-texts';
import { type Cell, type ExportTable, tableOf, typed } from './export-table';
import type { SinglePart } from './export-types';
import { localWallClock } from '../../shared/time';

export interface AboutFacts {
  appVersion: string;
  company: string | null;
  from: IsoDate;
  to: IsoDate;
  dataThrough: IsoDate | null;
  exportedAt: number;
  timeZone: string;
  parts: readonly SinglePart[];
  /** parts the caller chose to leave out (the e-mailed workbook's trips): said, so nobody looks for them */
  leftOut?: readonly SinglePart[];
  /** the trips filters beyond the period, when the trips are exported with some */
  tripsFilter: string | null;
  empty: boolean;
}

export function aboutTable(f: AboutFacts, t: ExportsTexts): ExportTable {
  const a = t.about;
  const rows: Cell[][] = [
    [a.app, 'Dispatch Analytics'],
    [a.version, f.appVersion],
    [a.company, f.company ?? '—'],
    [a.periodStart, typed('date', f.from)],
    [a.periodEnd, typed('date', f.to)],
    [a.dataThrough, f.dataThrough ? typed('date', f.dataThrough) : a.notSynced],
    [a.exportedAt, typed('datetime', localWallClock(f.exportedAt, f.timeZone))],
    [a.timeZone, f.timeZone],
    [a.parts, f.parts.map((p) => t.sheets[p]).join(', ')],
    ...(f.leftOut?.length ? [[a.leftOut, f.leftOut.map((p) => t.sheets[p]).join(', ')]] : []),
    ...(f.tripsFilter ? [[a.tripsFilter, f.tripsFilter]] : []),
    [a.timesNote, null],
    ...(f.empty ? [[a.empty, null]] : []),
  ];
  return tableOf(
    'about',
    t.sheets.about,
    [
      { header: a.label, kind: 'text', width: 30 },
      { header: a.value, kind: 'mixed', width: 40 },
    ],
    rows,
  );
}
