// Serves the built renderer (out/renderer) for `serve`. Paths are resolved inside the folder only.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { ServerResponse } from 'node:http';
import type { MessageKey } from '../../shared/i18n';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

/** Said by `serve` and by the page's address when out/renderer is missing (a catalogue key). */
export const MISSING_BUILD_MESSAGE: MessageKey = 'api.missingBuild';

/** The built renderer folder (containing index.html), or null when it is missing. */
export function findRendererDir(candidates: string[]): string | null {
  for (const dir of candidates) if (existsSync(join(dir, 'index.html'))) return resolve(dir);
  return null;
}

/** Writes the file for `urlPath`, falling back to index.html for app routes; false when nothing fits. */
export function serveStatic(rootDir: string, urlPath: string, res: ServerResponse): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return false;
  }
  if (decoded.includes('\0')) return false;
  const root = resolve(rootDir);
  let file = resolve(join(root, normalize(decoded)));
  if (file !== root && !file.startsWith(root + sep)) return false;
  const isFile = (p: string) => existsSync(p) && statSync(p).isFile();
  if (!isFile(file)) {
    // Only extension-less paths are app routes; a missing asset is a 404, not the page.
    if (extname(decoded)) return false;
    file = join(root, 'index.html');
    if (!isFile(file)) return false;
  }
  const isHtml = extname(file) === '.html';
  res.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    // Hashed assets can be cached; the page cannot (it is the entry that names them).
    'cache-control': isHtml ? 'no-store' : 'public, max-age=31536000, immutable',
  });
  createReadStream(file).pipe(res);
  return true;
}
