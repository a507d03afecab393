// The renderer's CSP under the electron-vite dev server only. @vitejs/plugin-react injects its React Refresh
// preamble as an inline <script type="module">: the shell's `script-src 'self'` header blocks it and every
// component module throws "can't detect preamble", so `npm run dev` shows a blank window. The meta tag gets the
// same allowances (Vite puts the preamble before it today, but not by contract). The built renderer (app://)
// has no inline script and keeps the strict policy. No electron import: plain strings.

/** The policy with inline scripts allowed and the HMR websocket on loopback; every other directive unchanged. */
export function withDevServerAllowances(policy: string): string {
  return policy
    .split(';')
    .map((d) => d.trim())
    .filter((d) => d !== '')
    .map((d) => {
      const name = d.split(/\s+/)[0];
      if (name === 'script-src') return `${d} 'unsafe-inline'`;
      if (name === 'connect-src') return `${d} ws://localhost:* ws://127.0.0.1:*`;
      return d;
    })
    .join('; ');
}

/** Applies withDevServerAllowances to the CSP meta tag of an index.html (for the dev server's transform). */
export function withDevServerAllowancesInHtml(html: string): string {
  return html.replace(
    /(http-equiv="Content-Security-Policy"\s+content=")([^"]*)(")/,
    (_m, before: string, policy: string, after: string) =>
      `${before}${withDevServerAllowances(policy)}${after}`,
  );
}
