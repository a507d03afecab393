// The HTTP client's own failures (the app behind `serve` does not answer, or answers without a result) carry a
// catalogue key: the page shows them in its language, not in the English the client was once written in.
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiCallError, unwrapResult } from '../../src/shared/contract/dispatch-api';
import { createHttpApiClient } from '../../src/shared/http-api-client';
import { isMessageKey, translate, type MessageKey } from '../../src/shared/i18n';

let server: Server | null = null;
afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = null;
});

async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const { port } = s.address() as { port: number };
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return port;
}

async function answering(status: number, body: string): Promise<number> {
  server = createHttpServer((_req, res) => res.writeHead(status, { 'content-type': 'text/html' }).end(body));
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return (server.address() as { port: number }).port;
}

describe('the HTTP client words its own failures with catalogue keys', () => {
  it('a stopped serve: errors.serveUnreachable, readable in French and in English', async () => {
    const api = createHttpApiClient(`http://127.0.0.1:${await closedPort()}`, 'token');
    const res = await api.getDashboard({ period: '7d' });
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.error).toMatchObject({ kind: 'external', code: 'network', key: 'errors.serveUnreachable' });
    expect(isMessageKey(res.error.key!)).toBe(true);
    const fr = translate('fr', res.error.key as MessageKey);
    const en = translate('en', res.error.key as MessageKey);
    expect(fr).toContain('L’application ne répond pas');
    expect(en).toContain('The app does not answer');
    // message: the French text, for logs; never the old English sentence
    expect(res.error.message).toBe(fr);
  });

  it('keeps key and parameters through unwrapResult, for react-query callers', async () => {
    const api = createHttpApiClient(`http://127.0.0.1:${await answering(502, '<h1>Bad gateway</h1>')}`, 't');
    const res = await api.getSyncStatus();
    expect(res.ok).toBe(false);
    let thrown: unknown;
    try {
      unwrapResult(res);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(ApiCallError);
    const e = thrown as ApiCallError;
    expect(e.key).toBe('errors.badResponse');
    expect(e.params).toEqual({ status: 502 });
    expect(translate('en', e.key as MessageKey, e.params)).toBe(
      'The app answered HTTP 502 without a result: see its console.',
    );
  });
});
