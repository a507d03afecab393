// Reads a request body for `serve`, up to a cap. Past the cap the caller answers 413 at once while the rest of
// the body is read and dropped (up to a bound): closing the socket with unread data would make the client see a
// connection reset instead of the 413.
import type { IncomingMessage } from 'node:http';

export const MAX_BODY_BYTES = 1_000_000;
// Bytes read and dropped after an oversized body before the connection is cut.
const MAX_DRAIN_BYTES = 16 * 1024 * 1024;

export class BodyTooLargeError extends Error {
  override name = 'BodyTooLargeError';
  constructor(readonly limit: number) {
    super(`request body over ${limit} bytes`);
  }
}

export function readBody(req: IncomingMessage, maxBytes = MAX_BODY_BYTES): Promise<string> {
  return new Promise((resolveBody, reject) => {
    const declared = Number(req.headers['content-length'] ?? NaN);
    if (declared > maxBytes) {
      drain(req, 0);
      reject(new BodyTooLargeError(maxBytes));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) {
        chunks.push(chunk);
        return;
      }
      req.off('data', onData);
      chunks.length = 0;
      drain(req, size);
      reject(new BodyTooLargeError(maxBytes));
    };
    req.on('data', onData);
    req.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function drain(req: IncomingMessage, alreadyRead: number): void {
  let dropped = alreadyRead;
  req.on('data', (chunk: Buffer) => {
    dropped += chunk.length;
    if (dropped > MAX_DRAIN_BYTES) req.destroy();
  });
  req.resume();
}
