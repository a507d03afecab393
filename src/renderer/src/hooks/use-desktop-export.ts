// The desktop app's export as the page sees it: start (the app's save dialog picks the file), follow the job's
// progress and end through the 'jobs:progress' / 'jobs:finished' events, cancel it, show the file in its folder.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ExportRequest } from '../../../shared/contract/export-inputs';
import { unwrapResult } from '../../../shared/contract/dispatch-api';
import type { JobFinished } from '../../../shared/contract/jobs-schemas';
import { useApi } from '../api/api-context';

export type DesktopExportState =
  | { phase: 'idle' }
  | { phase: 'running'; jobId: string; fileName: string; done: number; total: number }
  | { phase: 'saved'; jobId: string; fileName: string }
  | { phase: 'cancelled' }
  | { phase: 'failed'; message: string };

function finishedState(f: JobFinished, fileName: string): DesktopExportState {
  if (f.outcome === 'cancelled') return { phase: 'cancelled' };
  if (f.outcome === 'failed') return { phase: 'failed', message: f.error?.message ?? '' };
  return { phase: 'saved', jobId: f.jobId, fileName };
}

export function useDesktopExport() {
  const api = useApi();
  const [state, setState] = useState<DesktopExportState>({ phase: 'idle' });
  // The running job's id, read by the event listeners (registered once).
  const running = useRef<string | null>(null);
  // A job's end that arrived before start() learnt its id (a tiny export): applied when it does.
  const early = useRef(new Map<string, JobFinished>());

  useEffect(() => {
    const offProgress = api.on('jobs:progress', (p) => {
      if (p.jobId !== running.current) return;
      setState((s) => (s.phase === 'running' ? { ...s, done: p.done, total: p.total } : s));
    });
    const offFinished = api.on('jobs:finished', (f) => {
      if (f.task !== 'exports:write-file') return;
      if (f.jobId !== running.current) {
        early.current.set(f.jobId, f);
        if (early.current.size > 20) early.current.delete(early.current.keys().next().value!);
        return;
      }
      running.current = null;
      setState((s) => finishedState(f, s.phase === 'running' ? s.fileName : ''));
    });
    return () => {
      offProgress();
      offFinished();
    };
  }, [api]);

  const start = useCallback(
    async (request: ExportRequest) => {
      try {
        const { jobId, fileName } = unwrapResult(await api.startExport({ request }));
        if (!jobId) return; // the save dialog was closed
        const ended = early.current.get(jobId);
        if (ended) return setState(finishedState(ended, fileName ?? ''));
        running.current = jobId;
        setState({ phase: 'running', jobId, fileName: fileName ?? '', done: 0, total: 0 });
      } catch (err) {
        setState({ phase: 'failed', message: err instanceof Error ? err.message : String(err) });
      }
    },
    [api],
  );

  const cancel = useCallback(async () => {
    if (state.phase === 'running') await api.cancelJob({ jobId: state.jobId });
  }, [api, state]);

  const showInFolder = useCallback(async () => {
    if (state.phase === 'saved') await api.showExportInFolder({ jobId: state.jobId });
  }, [api, state]);

  return { state, start, cancel, showInFolder };
}
