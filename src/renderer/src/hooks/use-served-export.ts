// An export under `serve`, as the page sees it. GET /api/export-file answers only once the whole file is built
// (22–34 s for a year's XLSX), so a plain download link showed nothing meanwhile. Here the page fetches the file
// itself: the export's worker job reports 'jobs:progress' over the events stream (the page adopts the first
// export job that starts after the click), the cancel button aborts the request — the server cancels the job
// when its download goes away — and the browser's download starts when the file is complete. One export at a
// time: a second click while one runs starts nothing.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useApi } from '../api/api-context';

export type ServedExportState =
  | { phase: 'idle' }
  | { phase: 'running'; done: number; total: number }
  | { phase: 'saved'; fileName: string }
  | { phase: 'cancelled' }
  | { phase: 'failed'; message: string };

interface Current {
  abort: AbortController;
  jobId: string | null;
}

const EXPORT_TASK = 'exports:write-file';

/** The file name of a Content-Disposition header (RFC 6266: filename* first). */
function fileNameOf(disposition: string | null, fallback: string): string {
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? '');
  if (star) return decodeURIComponent(star[1]!);
  return /filename="([^"]+)"/i.exec(disposition ?? '')?.[1] ?? fallback;
}

function saveBlob(blob: Blob, fileName: string): void {
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  // The browser has copied the blob into its download by the next tasks; a minute is ample.
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
}

export function useServedExport() {
  const api = useApi();
  const [state, setState] = useState<ServedExportState>({ phase: 'idle' });
  const current = useRef<Current | null>(null);

  useEffect(
    () =>
      api.on('jobs:progress', (p) => {
        const c = current.current;
        if (!c || p.task !== EXPORT_TASK) return;
        // Another tab's export, already under way, is not ours: ours starts at 0.
        if (c.jobId === null && p.done === 0) c.jobId = p.jobId;
        if (p.jobId !== c.jobId) return;
        setState((s) => (s.phase === 'running' ? { ...s, done: p.done, total: p.total } : s));
      }),
    [api],
  );

  const start = useCallback(async (url: string, fallbackName: string) => {
    if (current.current) return;
    const c: Current = { abort: new AbortController(), jobId: null };
    current.current = c;
    setState({ phase: 'running', done: 0, total: 0 });
    try {
      const res = await fetch(url, { signal: c.abort.signal, credentials: 'same-origin' });
      if (!res.ok) {
        const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
        setState({ phase: 'failed', message: body?.error?.message ?? res.statusText });
        return;
      }
      const blob = await res.blob();
      const fileName = fileNameOf(res.headers.get('content-disposition'), fallbackName);
      saveBlob(blob, fileName);
      setState({ phase: 'saved', fileName });
    } catch (err) {
      setState(
        c.abort.signal.aborted
          ? { phase: 'cancelled' }
          : { phase: 'failed', message: err instanceof Error ? err.message : String(err) },
      );
    } finally {
      current.current = null;
    }
  }, []);

  const cancel = useCallback(() => {
    const c = current.current;
    if (!c) return;
    if (c.jobId) void api.cancelJob({ jobId: c.jobId }).catch(() => {});
    c.abort.abort();
  }, [api]);

  return { state, start, cancel };
}
