// An oversized body gets a 413 with a sentence, not a connection reset, and the server keeps serving. Real HTTP
// clients (node:http with and without Content-Length, and fetch) on 127.0.0.1.
import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../../src/main/api/http-request-body';
import { startHttpTransport, type HttpTransport } from '../../src/main/api/http-transport';
import { createApiFixture, unreachableAnalytics } from './helpers/api-fixture';

let fixture: ReturnType<typeof createApiFixture> | undefined;
let transport: HttpTransport | undefined;
afterEach(async () => {
  await transport?.close();
  await fixture?.dispose();
  transport = fixture = undefined;
});

async function start(): Promise<HttpTransport> {
  fixture = createApiFixture({ analytics: unreachableAnalytics });
  transport = await startHttpTransport({
    handlers: fixture.handlers,
    events: fixture.events,
    staticDir: null,
  });
  return transport;
}

/** POSTs `size` bytes with node:http, chunked when `chunked`; resolves with the status and the body. */
function postBig(
  t: HttpTransport,
  size: number,
  chunked: boolean,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: t.port,
        method: 'POST',
        path: '/api/settings:update-settings',
        headers: {
          'content-type': 'application/json',
          'x-dispatch-token': t.token,
          ...(chunked ? {} : { 'content-length': size }),
        },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    let sent = 0;
    const pump = () => {
      while (sent < size) {
        const part = chunk.subarray(0, Math.min(chunk.length, size - sent));
        sent += part.length;
        if (!req.write(part)) return void req.once('drain', pump);
      }
      req.end();
    };
    pump();
  });
}

describe('serve: oversized bodies', () => {
  it.each([
    ['with a Content-Length', false],
    ['chunked', true],
  ])('answers 413 with a message %s, then serves the next call', async (_name, chunked) => {
    const t = await start();
    const answer = await postBig(t, 3 * MAX_BODY_BYTES, chunked);
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toMatchObject({
      ok: false,
      error: { code: 'too_large', message: expect.stringContaining(`${MAX_BODY_BYTES} bytes`) },
    });
    const next = await fetch(`${t.url}/api/app:get-info`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-dispatch-token': t.token },
      body: '{}',
    });
    expect(next.status).toBe(200);
  });

  it('fetch gets the 413 too', async () => {
    const t = await start();
    const res = await fetch(`${t.url}/api/app:get-info`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-dispatch-token': t.token },
      body: 'x'.repeat(2 * MAX_BODY_BYTES),
    });
    expect(res.status).toBe(413);
  });
});
