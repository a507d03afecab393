// Real HTTP against the demo server on 127.0.0.1.
import type { DemoServer } from '../../src/main/demo-server/demo-server';
import { DEFAULT_DEMO_CREDENTIALS } from '../../src/main/demo-server/demo-account';

export interface RawResponse {
  status: number;
  headers: Headers;
  text: string;
  json: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

export async function request(
  server: DemoServer,
  path: string,
  init: RequestInit = {},
): Promise<RawResponse> {
  const res = await fetch(server.url + path, init);
  const text = await res.text();
  let json: unknown = undefined;
  try {
    json = JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  return { status: res.status, headers: res.headers, text, json };
}

export function postJson(
  server: DemoServer,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
) {
  return request(server, path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

export async function login(server: DemoServer, credentials = DEFAULT_DEMO_CREDENTIALS): Promise<string> {
  const res = await postJson(server, '/api/v1/auth/login', credentials);
  if (res.status !== 200) throw new Error(`login failed: ${res.status} ${res.text}`);
  return res.json.token as string;
}

export function get(server: DemoServer, path: string, token?: string, headers: Record<string, string> = {}) {
  return request(server, path, {
    headers: token ? { authorization: `Bearer ${token}`, ...headers } : headers,
  });
}

export function decodeJwtPart(token: string, index: 0 | 1): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[index] ?? '', 'base64url').toString('utf8'));
}
