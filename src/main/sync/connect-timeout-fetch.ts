// The fetch the sync uses by default: undici's, with a connect timeout of a few seconds. Node's own fetch waits
// up to undici's default 10 s for a TCP/TLS connection, and a server address whose port drops packets (a
// firewall, a host that is off) then cost 3 unreachable attempts × 10 s before the "offline" verdict the README
// promises "within seconds". A server that accepted the connection keeps the longer per-request timeout
// (http-attempt.ts): a busy server is slow to answer, not slow to connect.
import { Agent, fetch as undiciFetch } from 'undici';

/** Long enough for a TLS handshake over a poor mobile link, short enough that a dead port fails fast. */
export const CONNECT_TIMEOUT_MS = 4_000;

let agent: Agent | null = null;

/** One shared connection pool (keep-alive across the sync's requests), created on first use, never on import. */
export function connectTimeoutFetch(input: string, init?: RequestInit): Promise<Response> {
  agent ??= new Agent({ connect: { timeout: CONNECT_TIMEOUT_MS } });
  // A WHATWG Response all the same (status, headers, a body stream); only undici's and the DOM's types differ.
  return undiciFetch(input, { ...(init as object), dispatcher: agent }) as unknown as Promise<Response>;
}
