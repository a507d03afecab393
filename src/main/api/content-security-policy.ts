// The one Content-Security-Policy of the UI, sent by `serve` and by the Electron shell (header + the meta tag in
// src/renderer/index.html, which must stay at least as strict). No remote origin at all: the app works offline.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
