// The API over IPC: one ipcMain.handle per contract channel (nothing else is reachable), each checking that the
// sender is our own top frame before the handler parses the input; events are forwarded to the window.
import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { API_CHANNELS, type ApiResult } from '../../shared/contract/channels';
import type { ApiEvents } from '../api/api-events';
import type { ApiHandlers } from '../api/create-api-handlers';
import { isTrustedRendererUrl, type RendererLocation } from './trusted-sender';

const UNTRUSTED: ApiResult<never> = {
  ok: false,
  error: {
    kind: 'validation',
    code: 'untrusted_sender',
    message: 'Call refused: it does not come from the app window.',
  },
};

/** `afterCall` runs once each trusted call is answered (the shell's pending 'app:navigate', see shell.ts). */
export function registerIpcApi(
  handlers: ApiHandlers,
  where: RendererLocation,
  afterCall: () => void = () => {},
): () => void {
  const trusted = (event: IpcMainInvokeEvent) => {
    const frame = event.senderFrame;
    return frame !== null && frame.parent === null && isTrustedRendererUrl(frame.url, where);
  };
  for (const channel of API_CHANNELS) {
    ipcMain.handle(channel, async (event, input: unknown) => {
      if (!trusted(event)) return UNTRUSTED;
      const result = await handlers[channel](input);
      afterCall();
      return result;
    });
  }
  return () => {
    for (const channel of API_CHANNELS) ipcMain.removeHandler(channel);
  };
}

/** Sends every app event to the window while it exists; returns the function that stops. */
export function forwardEventsToWindow(events: ApiEvents, getWindow: () => BrowserWindow | null): () => void {
  return events.subscribe((event, payload) => {
    const win = getWindow();
    if (win && !win.isDestroyed()) win.webContents.send(event, payload);
  });
}
