// The one rule for a dispatch server address, used by every entry point (the settings screen, `settings set`,
// `sync --server`, `sync --save`): https, or plain http only to this machine (loopback), and never a user or a
// password inside the URL (it would be logged, stored and sent as-is). The password itself travels in the login
// body, so plain http to another host would put it on the network in clear text.
import { isLoopbackHost } from '../../shared/loopback';
import type { SettingsErrorKey } from './field-rules';

export { isLoopbackHost };

export type ServerUrlCheck =
  | {
      ok: true;
      /** normalised: no trailing slash, no /api/v1 (the client adds it) */
      url: string;
      /** scheme://host[:port], what a saved password is bound to */
      origin: string;
    }
  | { ok: false; error: SettingsErrorKey };

export function checkServerUrl(raw: string): ServerUrlCheck {
  let parsed: URL;
  try {
    parsed = new URL(raw.trim());
  } catch {
    return { ok: false, error: 'settings.errors.badUrl' };
  }
  if ((parsed.protocol !== 'https:' && parsed.protocol !== 'http:') || !parsed.hostname) {
    return { ok: false, error: 'settings.errors.badUrl' };
  }
  if (parsed.username || parsed.password) return { ok: false, error: 'settings.errors.urlWithCredentials' };
  if (parsed.protocol === 'http:' && !isLoopbackHost(parsed.hostname)) {
    return { ok: false, error: 'settings.errors.httpsRequired' };
  }
  // An address copied with the API prefix, a query or a fragment still means the server itself.
  const path = parsed.pathname.replace(/\/+$/, '').replace(/\/api\/v1$/, '');
  return { ok: true, url: `${parsed.origin}${path}`, origin: parsed.origin };
}

/** The origin of a saved (already checked) server URL, or null when it cannot be read. */
export function serverOrigin(url: string): string | null {
  try {
    const origin = new URL(url).origin;
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}
