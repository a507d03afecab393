// The export contract accepts the facilities and forecast parts: GET /api/export-file under `serve` sends them.
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import type { HttpTransport } from '../../src/main/api/http-transport';
import type { ForecastJson } from '../../src/main/services/forecast-service';
import { exportFileUrl } from '../../src/shared/contract/export-inputs';
import { API_TOKEN_HEADER } from '../../src/shared/http-api-client';
import { useExportFileServer } from './helpers/export-file-server';

let transport: HttpTransport;
useExportFileServer((server) => {
  transport = server;
});

const filter = { from: '2026-03-27', to: '2026-03-31' };
const get = (request: Parameters<typeof exportFileUrl>[1]) =>
  fetch(exportFileUrl(transport.url, request), { headers: { [API_TOKEN_HEADER]: transport.token } });

describe('GET /api/export-file with the new parts', () => {
  it('facilities as CSV: French headers, the rows add up to the period’s 5 bookings and 1 cancellation', async () => {
    const res = await get({ format: 'csv', part: 'facilities', filter });
    expect(res.status).toBe(200);
    const rows = parse((await res.text()).replace(/^\uFEFF/, ''), { delimiter: ';' }) as string[][];
    const head = rows[0]!;
    expect(head.slice(0, 3)).toEqual(['Établissement médical', 'Établissements regroupés', 'Courses']);
    const sum = (name: string) => rows.slice(1).reduce((n, r) => n + Number(r[head.indexOf(name)]), 0);
    expect(sum('Courses')).toBe(5);
    expect(sum('Annulées')).toBe(1);
  });

  it('forecast as JSON: learned from the days before today; 4 days of history are too few to forecast', async () => {
    const res = await get({ format: 'json', part: 'forecast', filter });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain(
      'dispatch-analytics_forecast_2026-03-27_2026-03-31.json',
    );
    const f = JSON.parse(await res.text()) as ForecastJson;
    expect(f).toEqual({ learned_through: '2026-03-31', days: [], next_day: null });
  });
});
