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

/** The content type `serve` and the app:// protocol send for a file of the built renderer. */
export function contentTypeOf(file: string): string {
  return TYPES[extname(file)] ?? 'application/octet-stream';
}

/**
 * The file of `rootDir` for a URL path, falling back to index.html for app routes; null when nothing fits or the
 * path leaves the folder (`..`, encoded or not, a NUL byte, an undecodable escape). Shared by `serve` and the
 * desktop app's app:// protocol, so both refuse the same traversals.
 */
export function resolveStaticFile(rootDir: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const root = resolve(rootDir);
  const file = resolve(join(root, normalize(decoded)));
  if (file !== root && !file.startsWith(root + sep)) return null;
  // statSync throws on a file that vanished since existsSync, or one we may not read: both are "not here".
  const isFile = (p: string) => {
    try {
      return existsSync(p) && statSync(p).isFile();
    } catch {
      return false;
    }
  };
  if (isFile(file)) return file;
  // Only extension-less paths are app routes; a missing asset is a 404, not the page.
  if (extname(decoded)) return null;
  const index = join(root, 'index.html');
  return isFile(index) ? index : null;
}

/** Writes the file for `urlPath` (see resolveStaticFile); false when nothing fits. */
export function serveStatic(rootDir: string, urlPath: string, res: ServerResponse): boolean {
  const file = resolveStaticFile(rootDir, urlPath);
  if (file === null) return false;
  const isHtml = extname(file) === '.html';
  res.writeHead(200, {
    'content-type': contentTypeOf(file),
    // Hashed assets can be cached; the page cannot (it is the entry that names them).
    'cache-control': isHtml ? 'no-store' : 'public, max-age=31536000, immutable',
  });
  // A read that fails after the head went out (file removed, I/O error) cuts this answer, never the server.
  const stream = createReadStream(file);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
  return true;
}
