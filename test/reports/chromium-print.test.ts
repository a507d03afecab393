// The PDF as Chromium prints it (chromium-pdf.ts#chromiumPdfRenderer): an A4 page, the background printed, and
// nothing fetched from the network; through the worker task that prints for `serve`. Launches the real /usr/bin/chromium (a few seconds).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { chromiumPdfRenderer } from '../../src/main/reports/chromium-pdf';
import { printPdfTask } from '../../src/main/reports/print-pdf-task';

let server: Server;
let hits = 0;
beforeAll(async () => {
  server = createServer((_req, res) => {
    hits++;
    res.end('x');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

it('prints an A4 PDF and fetches nothing from the network', async () => {
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/pixel.png`;
  const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  expect(chromiumPdfRenderer(chromiumPath).name).toBe(`Chromium ${chromiumPath}`);
  // Through the worker task (print-pdf-task.ts), which hands the bytes back as base64.
  const html = `<html><body><p>Rapport</p><img src="${url}"></body></html>`;
  const pdf = Buffer.from(await printPdfTask(null, { html, chromiumPath }), 'base64');
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  // A4 in points (595 × 842), as Chromium writes it.
  const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
  expect(box).not.toBeNull();
  expect(Math.round(Number(box![1]))).toBe(596);
  expect(Math.round(Number(box![2]))).toBe(843);
  expect(hits).toBe(0);
}, 60_000);
