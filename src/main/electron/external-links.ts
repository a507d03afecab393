// Which links may leave the app for the system browser. Everything else (other schemes, other hosts, file:,
// javascript:) is dropped: a compromised page must not be able to launch arbitrary URLs or programs.

/** Hosts the UI links to (documentation, the dispatch server's own pages). */
export const EXTERNAL_HOST_ALLOW_LIST = ['docs.atmr.ch', 'www.atmr.ch', 'atmr.ch'];

export function isAllowedExternalUrl(url: string, extraHosts: readonly string[] = []): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:' || parsed.username || parsed.password) return false;
  const host = parsed.hostname.toLowerCase();
  return [...EXTERNAL_HOST_ALLOW_LIST, ...extraHosts].some((h) => h.toLowerCase() === host);
}
