// Preload: exposes the typed API contract as window.api and nothing else (built as CommonJS so the sandbox
// stays on). It may only bundle plain code: no zod, no Node modules — the channel list and the typed client are
// dependency-free on purpose. Only channels and events of the contract can be reached.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  isApiChannel,
  isApiEventName,
  type ApiChannel,
  type ApiEventName,
  type ApiResult,
} from '../shared/contract/channels';
import { createDispatchApi } from '../shared/contract/dispatch-api';
import { errors as enErrors } from '../shared/i18n/en/errors';
import { errors as frErrors } from '../shared/i18n/fr/errors';

// Only the two plain domain objects, not the whole catalogue: the preload stays small and dependency-free. The
// page's language is the one the renderer set on <html lang> (its i18n setup keeps it in step).
function noAnswerText(): string {
  return (document.documentElement.lang === 'en' ? enErrors : frErrors).noAnswer;
}

async function invoke(channel: ApiChannel, input: unknown): Promise<ApiResult<unknown>> {
  if (!isApiChannel(channel)) {
    return { ok: false, error: { kind: 'validation', message: `Unknown API channel: ${String(channel)}` } };
  }
  try {
    return (await ipcRenderer.invoke(channel, input)) as ApiResult<unknown>;
  } catch {
    return {
      ok: false,
      error: {
        kind: 'internal',
        message: noAnswerText(),
      },
    };
  }
}

function subscribe(event: ApiEventName, listener: (payload: unknown) => void): () => void {
  if (!isApiEventName(event)) throw new Error(`Unknown API event: ${String(event)}`);
  // The IPC event object is not passed on: it would give the page access to ipcRenderer internals.
  const wrapped = (_e: IpcRendererEvent, payload: unknown) => listener(payload);
  ipcRenderer.on(event, wrapped);
  return () => void ipcRenderer.removeListener(event, wrapped);
}

contextBridge.exposeInMainWorld('api', createDispatchApi(invoke, subscribe));
