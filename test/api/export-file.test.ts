// GET /api/export-file under `serve`: token-protected, a real file with Content-Disposition, read back.
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { HttpTransport } from '../../src/main/api/http-transport';
import { exportFileUrl, type ExportRequest } from '../../src/shared/contract/export-inputs';
import { API_TOKEN_HEADER } from '../../src/shared/http-api-client';
import { FORMULA_NAME } from '../exports/export-fixtures';
import { useExportFileServer } from './helpers/export-file-server';

let transport: HttpTransport;
useExportFileServer((server) => {
  transport = server;
});

const tripsRequest: ExportRequest = {
  format: 'xlsx',
  part: 'trips',
  filter: { from: '2026-03-27', to: '2026-03-31' },
};
const auth = () => ({ [API_TOKEN_HEADER]: transport.token });
const exportFolders = () => readdirSync(tmpdir()).filter((f) => f.startsWith('da-export-'));

describe('GET /api/export-file', () => {
  it('sends the workbook as an attachment, then removes its temporary folder', async () => {
    const before = exportFolders().length;
    const res = await fetch(exportFileUrl(transport.url, tripsRequest), { headers: auth() });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="dispatch-analytics_trips_2026-03-27_2026-03-31.xlsx"; ' +
        "filename*=UTF-8''dispatch-analytics_trips_2026-03-27_2026-03-31.xlsx",
    );
    expect(res.headers.get('content-type')).toMatch(/spreadsheetml/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await res.arrayBuffer()) as unknown as Parameters<typeof wb.xlsx.load>[0]);
    // The app's language is French by default: the sheets are named in French.
    const sheet = wb.getWorksheet('Courses')!;
    expect(sheet.rowCount).toBe(6);
    const customers: unknown[] = [];
    sheet.eachRow((r) => customers.push(r.getCell(11).value));
    expect(customers).toContain(FORMULA_NAME);
    await expect.poll(() => exportFolders().length).toBe(before);
  });

  it('refuses a missing token and an unreadable request with one sentence', async () => {
    const noToken = await fetch(exportFileUrl(transport.url, tripsRequest), {
      headers: { [API_TOKEN_HEADER]: 'wrong' },
    });
    expect(noToken.status).toBe(401);
    const bad = await fetch(`${transport.url}/api/export-file?request=%7B`, { headers: auth() });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { message: string } }).error.message).toMatch(
      /Demande d’export illisible/,
    );
    const csvAll = await fetch(
      exportFileUrl(transport.url, { ...tripsRequest, format: 'csv', part: 'all' }),
      {
        headers: auth(),
      },
    );
    expect(csvAll.status).toBe(400);
  });
});
