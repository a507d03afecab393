// Direct calls to the served API, to know what the UI should show (same token as the page).
import type { ApiChannel } from '../../src/shared/contract/channels';

export async function callApi<T>(
  baseUrl: string,
  token: string,
  channel: ApiChannel,
  input: unknown = {},
): Promise<T> {
  const res = await fetch(`${baseUrl}/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-dispatch-token': token },
    body: JSON.stringify(input),
  });
  const body = (await res.json()) as { ok: boolean; data?: T; error?: { message: string } };
  if (!body.ok) throw new Error(`${channel} failed: ${body.error?.message}`);
  return body.data as T;
}

export async function waitForSyncIdle(baseUrl: string, token: string, timeoutMs = 300_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  // No head start is needed: serve prints its URL only after the core started, and the sync controller marks a
  // sync as running synchronously when it starts one, so the first status read already sees it.
  for (;;) {
    const s = await callApi<{ running: boolean }>(baseUrl, token, 'sync:get-status');
    if (!s.running) return;
    if (Date.now() > end) throw new Error('The sync started by serve did not finish in time.');
    await new Promise((r) => setTimeout(r, 500));
  }
}

export function e2eEnv(): { pageUrl: string; baseUrl: string; token: string; dataDir: string } {
  const pageUrl = process.env.E2E_PAGE_URL;
  if (!pageUrl) throw new Error('E2E_PAGE_URL is not set: run the tests through playwright (global setup).');
  return {
    pageUrl,
    baseUrl: process.env.E2E_BASE_URL!,
    token: process.env.E2E_TOKEN!,
    dataDir: process.env.E2E_DATA_DIR!,
  };
}

/** The page URL with extra query parameters (the token stays). */
export function pageUrlWith(params: Record<string, string>): string {
  const u = new URL(e2eEnv().pageUrl);
  for (const [k, v] of Object.entries(params)) u.searchParams.set(k, v);
  return u.toString();
}
