// How the app leaves: a user's quit waits for the core and for a report being sent (bounded), a system shutdown
// is never held back and closes the store at once (src/main/electron/quit-flow.ts).
import { describe, expect, it } from 'vitest';
import { createQuitFlow, type QuitFlowDeps } from '../../src/main/electron/quit-flow';

function harness(over: Partial<QuitFlowDeps> = {}) {
  const log: string[] = [];
  let inFlight = 0;
  let exited: (code: number) => void = () => {};
  const exitedWith = new Promise<number>((resolve) => (exited = resolve));
  const flow = createQuitFlow({
    holdNewSends: () => log.push('hold'),
    sendsInFlight: async () => inFlight,
    stopCore: async () => void log.push('stop'),
    closeStoreNow: () => log.push('close-now'),
    beforeStop: () => log.push('tray'),
    exit: (code) => {
      log.push(`exit ${code}`);
      exited(code);
    },
    timeoutMs: 5_000,
    pollMs: 5,
    ...over,
  });
  const quitEvent = () => {
    let prevented = false;
    flow.onBeforeQuit({ preventDefault: () => (prevented = true) });
    return prevented;
  };
  return { flow, log, exitedWith, quitEvent, setInFlight: (n: number) => (inFlight = n) };
}

describe('quit flow', () => {
  it('holds a user quit back until the core has stopped, then exits once', async () => {
    const h = harness();
    expect(h.quitEvent()).toBe(true);
    expect(h.flow.leaving).toBe(true);
    expect(h.quitEvent()).toBe(true); // a second Cmd+Q meanwhile is held back too
    expect(await h.exitedWith).toBe(0);
    expect(h.log).toEqual(['tray', 'hold', 'stop', 'exit 0']);
  });

  it('waits for a report being handed to the SMTP server before stopping the core', async () => {
    const h = harness();
    h.setInFlight(1);
    h.quitEvent();
    await new Promise((r) => setTimeout(r, 40));
    expect(h.log).toEqual(['tray', 'hold']);
    h.setInFlight(0);
    await h.exitedWith;
    expect(h.log).toEqual(['tray', 'hold', 'stop', 'exit 0']);
  });

  it('gives up waiting after the timeout: the send left "sending" is marked unknown at the next start', async () => {
    const h = harness({ timeoutMs: 30 });
    h.setInFlight(1);
    h.quitEvent();
    expect(await h.exitedWith).toBe(0);
    expect(h.log).toEqual(['tray', 'hold', 'stop', 'exit 0']);
  });

  it('never holds back a system shutdown: the store is closed at once and the quit goes through', () => {
    const h = harness();
    h.flow.onSystemShutdown();
    expect(h.log).toEqual(['tray', 'hold', 'close-now']);
    expect(h.quitEvent()).toBe(false);
    h.flow.onSystemShutdown();
    expect(h.log).toEqual(['tray', 'hold', 'close-now']);
  });

  it('lets a shutdown that arrives during a user quit through, without a second exit', async () => {
    const h = harness();
    h.setInFlight(1);
    h.quitEvent();
    h.flow.onSystemShutdown();
    expect(h.quitEvent()).toBe(false);
    expect(h.log).toEqual(['tray', 'hold', 'hold', 'close-now']);
    await new Promise((r) => setTimeout(r, 30));
    expect(h.log.filter((l) => l.startsWith('exit'))).toEqual([]);
  });
});
