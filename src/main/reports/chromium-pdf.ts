// The PdfRenderer of `serve` and the CLI: a headless Chromium driven by playwright-core (no browser download:
// Debian's /usr/bin/chromium, Playwright's own browser when one is installed, or the path the setting
// reports.chromiumPath gives). One browser per PDF, closed at once: a report is a few PDFs a day, and a browser
// left running would hold ~100 MB between them. The browser is a separate process, so printing never blocks
// this process's loop. playwright-core is loaded on first use only: the desktop app prints with Electron.
import { accessSync, constants, statSync } from 'node:fs';
import type { PdfRenderer } from './report-pdf';

/** Where a Chromium is looked for when the setting names none, in this order. */
export const SYSTEM_CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** What a headless Chromium needs on a desktop, a server or a container (no sandbox user namespaces, no GPU). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

function isExecutableFile(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Playwright's own Chromium, when `npx playwright install chromium` has put one on this machine. */
async function playwrightChromium(): Promise<string | null> {
  try {
    const { chromium } = await import('playwright-core');
    const path = chromium.executablePath();
    return path && isExecutableFile(path) ? path : null;
  } catch {
    return null;
  }
}

export type ChromiumLookup =
  | { found: true; path: string }
  | { found: false; reason: 'missing' }
  | { found: false; reason: 'bad-path'; path: string };

/** The configured path when set (and only it: a wrong path is said, not silently replaced), else the first found. */
export async function findChromium(configured: string): Promise<ChromiumLookup> {
  const path = configured.trim();
  if (path)
    return isExecutableFile(path) ? { found: true, path } : { found: false, reason: 'bad-path', path };
  const system = SYSTEM_CHROMIUMS.find(isExecutableFile);
  if (system) return { found: true, path: system };
  const own = await playwrightChromium();
  return own ? { found: true, path: own } : { found: false, reason: 'missing' };
}

export function chromiumPdfRenderer(executablePath: string): PdfRenderer {
  return {
    name: `Chromium ${executablePath}`,
    async print(html) {
      const { chromium } = await import('playwright-core');
      const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
      try {
        const page = await browser.newPage({ colorScheme: 'light', javaScriptEnabled: false });
        // Everything is inline (the chart as a data: URI): nothing may be fetched from the network.
        await page.route(/^(?!data:)/, (route) => route.abort());
        await page.setContent(html, { waitUntil: 'load' });
        await page.emulateMedia({ media: 'print', colorScheme: 'light' });
        return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
      } finally {
        await browser.close();
      }
    },
  };
}

/** The renderer for a store's settings, or why there is none. */
export async function chromiumFromSetting(
  configured: string,
): Promise<{ renderer: PdfRenderer | null; lookup: ChromiumLookup }> {
  const lookup = await findChromium(configured);
  return lookup.found ? { renderer: chromiumPdfRenderer(lookup.path), lookup } : { renderer: null, lookup };
}
