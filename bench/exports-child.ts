// One measured export in its own process (so its peak RSS is its own): `node --import tsx bench/exports-child.ts
// <store> <mode> <from> <to> <out>` with mode xlsx | csv | floor. Prints one JSON line: seconds, CPU seconds (user + system), rows, peak RSS and
// the longest event-loop stall of this process while it worked. `floor` is exceljs's streaming writer writing the
// same number of styled 14-column rows from a plain loop, with no database and no pacing: the library's own floor.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { DEFAULT_ANALYTICS_SETTINGS } from '../src/shared/analytics-types';
import { runExport } from '../src/main/exports/export-task';
import { openStore } from '../src/main/store/open-store';

async function floor(rows: number, out: string): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: out,
    useStyles: true,
    useSharedStrings: false,
  });
  const sheet = wb.addWorksheet('Trips', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = Array.from({ length: 14 }, () => ({ width: 14 }));
  const num = { numFmt: '0.00' };
  const date = { numFmt: 'dd.mm.yyyy hh:mm' };
  for (let i = 0; i < rows; i++) {
    const r = sheet.addRow([
      i,
      new Date(Date.UTC(2026, 0, 1, 8, 30)),
      new Date(Date.UTC(2026, 0, 1, 8, 30)),
      new Date(Date.UTC(2026, 0, 1, 8, 34)),
      i % 17,
      'On time',
      'completed',
      1000 + (i % 30),
      'Anna Keller',
      (i % 200) / 10,
      `Customer ${i % 5000}`,
      'Route de Berne 25, 1010 Lausanne',
      'CHUV, Rue du Bugnon 46, 1011 Lausanne',
      'CHUV',
    ]);
    r.getCell(2).style = date;
    r.getCell(3).style = date;
    r.getCell(4).style = date;
    r.getCell(10).style = num;
    r.commit();
  }
  sheet.commit();
  await wb.commit();
}

async function main(): Promise<void> {
  const [storePath, mode, from, to, out, rowsArg] = process.argv.slice(2) as [
    string,
    string,
    string,
    string,
    string,
    string?,
  ];
  const loop = monitorEventLoopDelay({ resolution: 5 });
  loop.enable();
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  let rows = Number(rowsArg ?? 0);
  if (mode === 'floor') await floor(rows, out);
  else {
    const store = openStore(storePath);
    try {
      const result = await runExport(
        { db: store.db, now: Date.now(), signal: new AbortController().signal, progress: () => {} },
        {
          format: mode as 'xlsx' | 'csv',
          part: 'trips',
          from,
          to,
          out,
          force: true,
          lang: 'fr',
          appVersion: 'bench',
          analytics: DEFAULT_ANALYTICS_SETTINGS,
        },
      );
      rows = result.rows;
    } finally {
      store.close();
    }
  }
  const seconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  loop.disable();
  console.log(
    JSON.stringify({
      mode,
      rows,
      seconds,
      cpuSeconds: (cpu.user + cpu.system) / 1e6,
      peakRssMb: process.resourceUsage().maxRSS / 1024,
      maxStallMs: loop.max / 1e6,
    }),
  );
}

void main();
