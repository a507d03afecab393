// How the desktop app leaves, as plain logic (no electron import, tested in test/electron/quit-flow.test.ts).
//
// A user's quit (menu, tray, Cmd+Q, last window closed): `before-quit` is held back (preventDefault) while the
// core stops, and the app leaves through exit() once it has; no new report is started meanwhile, and a report
// being handed to the SMTP server gets up to `timeoutMs` to finish. A send cut off by the exit stays "sending"
// in the outbox, which the next start marks "unknown" (shown with Resend, never re-sent on its own): a quit never
// makes a duplicate.
//
// The system shutting down or logging out (powerMonitor 'shutdown' on macOS and Linux, the window's
// 'session-end' on Windows) is different: holding `before-quit` back there cancels the logout on macOS. Then the
// store is closed synchronously (SQLite checkpoints its WAL) and every later quit goes through.
export interface QuitFlowDeps {
  /** stops starting new report runs (the scheduler), before waiting for the sends in flight */
  holdNewSends(): void;
  /** how many deliveries are being handed to the SMTP server right now */
  sendsInFlight(): Promise<number>;
  /** the graceful stop: sync, jobs, demo server, then the store */
  stopCore(): Promise<void>;
  /** closes the store at once (system shutdown); must not throw */
  closeStoreNow(): void;
  /** tray, timers: what must go before the process ends */
  beforeStop(): void;
  exit(code: number): void;
  timeoutMs: number;
  /** how often the sends in flight are counted while waiting (default 250 ms) */
  pollMs?: number;
}

export interface QuitFlow {
  /** the `before-quit` listener */
  onBeforeQuit(event: { preventDefault(): void }): void;
  /** the system is shutting down or logging out */
  onSystemShutdown(): void;
  /** true once a quit or a shutdown has begun (no new window, no settings written) */
  readonly leaving: boolean;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

export function createQuitFlow(d: QuitFlowDeps): QuitFlow {
  let state: 'running' | 'stopping' | 'shutdown' = 'running';
  const pollMs = d.pollMs ?? 250;

  async function waitForSends(deadline: number): Promise<void> {
    while (Date.now() < deadline && state === 'stopping') {
      const n = await d.sendsInFlight().catch(() => 0);
      if (n === 0) return;
      await sleep(pollMs);
    }
  }

  async function stop(): Promise<void> {
    const deadline = Date.now() + d.timeoutMs;
    d.holdNewSends();
    await waitForSends(deadline);
    if (state !== 'stopping') return;
    // A core that does not stop in time must not make the app impossible to quit.
    const left = Math.max(0, deadline - Date.now());
    await Promise.race([d.stopCore().catch(() => undefined), sleep(left)]);
  }

  return {
    get leaving() {
      return state !== 'running';
    },
    onBeforeQuit(event) {
      if (state === 'shutdown') return;
      event.preventDefault();
      if (state === 'stopping') return;
      state = 'stopping';
      d.beforeStop();
      void stop().finally(() => {
        if (state === 'stopping') d.exit(0);
      });
    },
    onSystemShutdown() {
      if (state === 'shutdown') return;
      if (state === 'running') d.beforeStop();
      state = 'shutdown';
      d.holdNewSends();
      try {
        d.closeStoreNow();
      } catch {
        // Already closed by a quit that was under way: nothing left to save.
      }
    },
  };
}
