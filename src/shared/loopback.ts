// The one loopback check of the app: is a host name or address this machine? Used for the dispatch server address
// (plain http allowed only to this machine), `serve` (stays local, then checks the Host header) and the demo
// dispatch server (listens only here unless asked). Pure: no DNS lookup — "localhost" is trusted by name.

/** localhost, 127.0.0.0/8 or ::1, with or without IPv6 brackets. */
export function isLoopbackHost(host: string): boolean {
  const h = host
    .trim()
    .toLowerCase()
    .replace(/^\[(.*)\]$/, '$1');
  if (h === 'localhost' || h === '::1') return true;
  const parts = h.split('.');
  return (
    parts.length === 4 && parts[0] === '127' && parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255)
  );
}
