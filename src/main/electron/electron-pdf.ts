// The desktop app's PdfRenderer (src/main/reports/report-pdf.ts): Electron's own Chromium prints the report, so
// the app needs no other browser. A hidden window in a private in-memory session, JavaScript off, every request
// but the page's own data: refused (the report is self-contained: the chart is inlined); printToPDF lays it out
// in the renderer process, so the main process's loop only waits for the bytes.
import { BrowserWindow, session } from 'electron';
import type { PdfRenderer } from '../reports/report-pdf';

const PARTITION = 'report-pdf';

export function electronPdfRenderer(): PdfRenderer {
  let guarded = false;
  return {
    name: 'Electron printToPDF',
    async print(html) {
      const ses = session.fromPartition(PARTITION, { cache: false });
      if (!guarded) {
        ses.webRequest.onBeforeRequest((details, callback) =>
          callback({ cancel: !details.url.startsWith('data:') }),
        );
        guarded = true;
      }
      const win = new BrowserWindow({
        show: false,
        webPreferences: {
          session: ses,
          javascript: false,
          sandbox: true,
          contextIsolation: true,
          nodeIntegration: false,
        },
      });
      try {
        await win.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
        // Defaults are Letter without backgrounds: A4 with the page's light background, its @page margins.
        return await win.webContents.printToPDF({
          pageSize: 'A4',
          printBackground: true,
          preferCSSPageSize: true,
        });
      } finally {
        win.destroy();
      }
    },
  };
}
