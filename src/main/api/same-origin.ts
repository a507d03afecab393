// Whether a request to `serve` comes from its own page (or from a tool), not from a page of another origin. The
// session cookie is SameSite=Strict, but a site is a host without its port: a page served by any other program
// on 127.0.0.1 is "same-site" and its requests carry the cookie. So the browser's own words decide: Origin (sent
// on POSTs and cross-origin fetches) must be this server, and Sec-Fetch-Site (sent on every request by current
// browsers, links and downloads included) must be same-origin, or none for an address typed or bookmarked.
// Tools (curl, the tests, the CLI) send neither and authenticate by the token header.
import type { IncomingMessage } from 'node:http';

const ALLOWED_FETCH_SITES = new Set(['same-origin', 'none']);

export function isCrossOriginRequest(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (origin && origin !== `http://${req.headers.host}`) return true;
  const site = req.headers['sec-fetch-site'];
  return typeof site === 'string' && !ALLOWED_FETCH_SITES.has(site.toLowerCase());
}
