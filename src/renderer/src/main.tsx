// Renderer entry, small on purpose: it picks the transport (Electron preload, or HTTP with the session cookie of
// `serve`, which also takes the page's one-time ?code= / ?token= out of the address bar), asks for the first
// screen's figures at once, and only then loads the app (React, the views) and mounts it. The dashboard call and
// the app's download overlap instead of following each other; the same path runs in Electron over IPC.
import { resolveDispatchApi } from '../../shared/http-api-client';
import { withEarlyEvents } from './api/early-events';
import { askFirstDashboard } from './boot/first-dashboard';
import './styles.css';

const api = withEarlyEvents(
  resolveDispatchApi(window as unknown as Parameters<typeof resolveDispatchApi>[0]),
  ['app:navigate'],
);
const first = askFirstDashboard(api, window.location.search);
void import('./mount-app').then((m) => m.mountApp(api, first));
