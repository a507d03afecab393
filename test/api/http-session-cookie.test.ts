// The browser's credential under `serve`: the printed ?token= (reusable) or the opened ?code= (one use, minutes)
// is exchanged for an HttpOnly, SameSite=Strict session cookie while the page is served; API calls and the event
// stream then authenticate by that cookie; header auth keeps working for tools. Real HTTP on 127.0.0.1.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LOGIN_CODE_TTL_MS } from '../../src/main/api/http-session-auth';
import { startHttpTransport, type HttpTransport } from '../../src/main/api/http-transport';
import { resolveDispatchApi, urlWithoutCredentials } from '../../src/shared/http-api-client';
import { createApiFixture, FIXED_NOW, unreachableAnalytics } from './helpers/api-fixture';

let fixture: ReturnType<typeof createApiFixture> | undefined;
let transport: HttpTransport | undefined;
let uiDir: string | undefined;
afterEach(async () => {
  await transport?.close();
  await fixture?.dispose();
  if (uiDir) rmSync(uiDir, { recursive: true, force: true });
  transport = fixture = uiDir = undefined;
});

async function start(now: () => number = () => FIXED_NOW): Promise<HttpTransport> {
  fixture = createApiFixture({ analytics: unreachableAnalytics });
  uiDir = mkdtempSync(join(tmpdir(), 'da-cookie-ui-'));
  writeFileSync(join(uiDir, 'index.html'), '<!doctype html><title>UI</title>');
  transport = await startHttpTransport({
    handlers: fixture.handlers,
    events: fixture.events,
    staticDir: uiDir,
    now,
  });
  return transport;
}

/** The `name=value` part of the page's Set-Cookie, or null. */
async function loadPage(url: string): Promise<{ status: number; setCookie: string | null }> {
  const res = await fetch(url);
  await res.text();
  return { status: res.status, setCookie: res.headers.get('set-cookie') };
}

function callWithCookie(t: HttpTransport, cookie: string | null) {
  return fetch(`${t.url}/api/app:get-info`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: '{}',
  });
}

describe('serve: token → session cookie', () => {
  it('exchanges the printed ?token= for an HttpOnly, SameSite=Strict cookie that authenticates API calls', async () => {
    const t = await start();
    const page = await loadPage(t.pageUrl);
    expect(page.status).toBe(200);
    const setCookie = page.setCookie!;
    expect(setCookie).toMatch(/; HttpOnly/);
    expect(setCookie).toMatch(/; SameSite=Strict/);
    expect(setCookie).toMatch(/; Path=\//);
    const cookie = setCookie.split(';')[0]!;
    expect(cookie).toMatch(new RegExp(`^dispatch_analytics_${t.port}=`));
    // The cookie holds a session id, never the token itself.
    expect(cookie).not.toContain(t.token);

    const call = await callWithCookie(t, cookie);
    expect(call.status).toBe(200);
    expect(await call.json()).toMatchObject({ ok: true, data: { transport: 'http' } });
    // The link is reusable (another browser, a closed tab): each load gets its own session.
    const again = await loadPage(t.pageUrl);
    expect(again.setCookie!.split(';')[0]).not.toBe(cookie);
  });

  it('refuses calls without a credential, with a forged cookie, and a token in the event stream’s query', async () => {
    const t = await start();
    expect((await callWithCookie(t, null)).status).toBe(401);
    expect((await callWithCookie(t, `dispatch_analytics_${t.port}=forged`)).status).toBe(401);
    expect((await callWithCookie(t, `dispatch_analytics_${t.port}=${t.token}`)).status).toBe(401);
    const wrongPage = await loadPage(`${t.url}/?token=not-the-token`);
    expect(wrongPage.status).toBe(200);
    expect(wrongPage.setCookie).toBeNull();
    expect((await fetch(`${t.url}/api/events?token=${encodeURIComponent(t.token)}`)).status).toBe(401);
  });

  it('the event stream authenticates by the cookie (and by the header, for tools)', async () => {
    const t = await start();
    const cookie = (await loadPage(t.pageUrl)).setCookie!.split(';')[0]!;
    const byCookie = await fetch(`${t.url}/api/events`, { headers: { cookie } });
    expect(byCookie.status).toBe(200);
    expect(byCookie.headers.get('content-type')).toMatch(/text\/event-stream/);
    await byCookie.body!.cancel();
    const byHeader = await fetch(`${t.url}/api/events`, { headers: { 'x-dispatch-token': t.token } });
    expect(byHeader.status).toBe(200);
    await byHeader.body!.cancel();
  });

  it('the opened link carries a one-time code, not the token: spent on first load, expired after minutes', async () => {
    let now = FIXED_NOW;
    const t = await start(() => now);
    const opened = t.loginUrl();
    expect(opened).not.toContain(t.token);
    const first = await loadPage(opened);
    expect(first.setCookie).toMatch(/HttpOnly/);
    expect((await callWithCookie(t, first.setCookie!.split(';')[0]!)).status).toBe(200);
    expect((await loadPage(opened)).setCookie).toBeNull();

    const late = t.loginUrl();
    now += LOGIN_CODE_TTL_MS + 1;
    expect((await loadPage(late)).setCookie).toBeNull();
  });
});

describe('the page forgets its credential', () => {
  it('takes ?token= and ?code= out of the address bar, keeps the other parameters, stores nothing', () => {
    const replaced: string[] = [];
    const stored: string[] = [];
    const win = {
      location: {
        href: 'http://127.0.0.1:5000/?token=abc&period=30d',
        origin: 'http://127.0.0.1:5000',
      },
      history: { replaceState: (_d: unknown, _u: string, url?: string) => void replaced.push(url!) },
      sessionStorage: { getItem: () => null, setItem: (k: string) => void stored.push(k) },
    };
    const api = resolveDispatchApi(win);
    expect(api).toBeTruthy();
    expect(replaced).toEqual(['http://127.0.0.1:5000/?period=30d']);
    expect(stored).toEqual([]);
    expect(urlWithoutCredentials('http://h/?code=x')).toBe('http://h/');
    expect(urlWithoutCredentials('http://h/?period=7d')).toBeNull();
  });
});
