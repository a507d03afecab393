// "Exporter / Export": a format, a part and the export of what the screen shows (period, Trips filters and sort).
// Under `serve` the page fetches GET /api/export-file (the session cookie authorises it) with a progress bar fed
// by the export job's events and a cancel button, and hands the file to the browser's downloads once complete
// (use-served-export.ts). In the desktop app a button asks the app's save dialog for the file; the export then
// runs in the worker with a progress bar, a cancel button, and "Show in folder" when done.
import { useState, type ReactNode } from 'react';
import { useDesktopExport } from '../hooks/use-desktop-export';
import { useServedExport } from '../hooks/use-served-export';
import { useTranslation } from 'react-i18next';
import type { TripFilter, TripSort } from '../../../shared/analytics-types';
import {
  EXPORT_FILE_FORMATS,
  exportFileUrl,
  type ExportRequest,
} from '../../../shared/contract/export-inputs';

type Format = (typeof EXPORT_FILE_FORMATS)[number];
type Part = ExportRequest['part'];

/** True under `serve` (the page talks HTTP to its origin); the desktop app has the preload's `window.api`. */
function servedOverHttp(): boolean {
  return (window as { api?: unknown }).api === undefined;
}

export function ExportControl(props: {
  filter: TripFilter;
  parts: readonly Part[];
  sort?: TripSort;
  dir?: 'asc' | 'desc';
}): ReactNode {
  const { t } = useTranslation();
  const [format, setFormat] = useState<Format>('xlsx');
  const [part, setPart] = useState<Part>(props.parts[0]!);
  const overHttp = servedOverHttp();
  const refused = format === 'csv' && part === 'all';
  const request: ExportRequest = {
    format,
    part,
    filter: props.filter,
    ...(props.sort ? { sort: props.sort } : {}),
    ...(props.dir ? { dir: props.dir } : {}),
  };
  return (
    <div
      className="export-control"
      role="group"
      aria-label={t('exports.ui.title')}
      data-testid="export-control"
    >
      <label>
        {t('exports.ui.format')}
        <select
          value={format}
          onChange={(e) => setFormat(e.target.value as Format)}
          data-testid="export-format"
        >
          {EXPORT_FILE_FORMATS.map((f) => (
            <option key={f} value={f}>
              {t(`exports.ui.formats.${f}`)}
            </option>
          ))}
        </select>
      </label>
      {props.parts.length > 1 && (
        <label>
          {t('exports.ui.part')}
          <select value={part} onChange={(e) => setPart(e.target.value as Part)} data-testid="export-part">
            {props.parts.map((p) => (
              <option key={p} value={p}>
                {t(`exports.ui.parts.${p}`)}
              </option>
            ))}
          </select>
        </label>
      )}
      {refused ? (
        <span role="alert" className="muted">
          {t('exports.ui.csvAllRefused')}
        </span>
      ) : overHttp ? (
        <ServedExport request={request} />
      ) : (
        <DesktopExport request={request} />
      )}
    </div>
  );
}

function ServedExport({ request }: { request: ExportRequest }): ReactNode {
  const { t } = useTranslation();
  const { state, start, cancel } = useServedExport();
  if (state.phase === 'running')
    return <ExportProgress done={state.done} total={state.total} onCancel={cancel} />;
  return (
    <>
      <button
        type="button"
        className="button"
        title={t('exports.ui.title')}
        onClick={() => void start(exportFileUrl(window.location.origin, request), `export.${request.format}`)}
        data-testid="export-download"
      >
        {t('exports.ui.button')}
      </button>
      {state.phase === 'saved' && (
        <span role="status" data-testid="export-saved">
          {t('exports.ui.downloaded', { file: state.fileName })}
        </span>
      )}
      {state.phase === 'cancelled' && (
        <span role="status" className="muted" data-testid="export-cancelled">
          {t('exports.ui.cancelled')}
        </span>
      )}
      {state.phase === 'failed' && (
        <span role="alert">{t('exports.ui.failed', { message: state.message })}</span>
      )}
    </>
  );
}

function ExportProgress(props: { done: number; total: number; onCancel: () => void }): ReactNode {
  const { t } = useTranslation();
  const percent = props.total > 0 ? Math.floor((props.done / props.total) * 100) : null;
  return (
    <span className="export-progress" data-testid="export-running">
      {percent === null ? (
        <progress aria-label={t('exports.ui.running')} />
      ) : (
        <progress max={100} value={percent} aria-label={t('exports.ui.progress', { percent })} />
      )}
      <span className="muted" role="status">
        {percent === null ? t('exports.ui.running') : t('exports.ui.progress', { percent })}
      </span>
      <button type="button" onClick={props.onCancel} data-testid="export-cancel">
        {t('exports.ui.cancel')}
      </button>
    </span>
  );
}

function DesktopExport({ request }: { request: ExportRequest }): ReactNode {
  const { t } = useTranslation();
  const { state, start, cancel, showInFolder } = useDesktopExport();
  if (state.phase === 'running') {
    return <ExportProgress done={state.done} total={state.total} onCancel={() => void cancel()} />;
  }
  return (
    <>
      <button
        type="button"
        className="button"
        title={t('exports.ui.title')}
        onClick={() => void start(request)}
        data-testid="export-start"
      >
        {t('exports.ui.button')}
      </button>
      {state.phase === 'saved' && (
        <span role="status" data-testid="export-saved">
          {t('exports.ui.saved', { file: state.fileName })}{' '}
          <button type="button" onClick={() => void showInFolder()} data-testid="export-show">
            {t('exports.ui.showInFolder')}
          </button>
        </span>
      )}
      {state.phase === 'cancelled' && (
        <span role="status" className="muted">
          {t('exports.ui.cancelled')}
        </span>
      )}
      {state.phase === 'failed' && (
        <span role="alert">{t('exports.ui.failed', { message: state.message })}</span>
      )}
    </>
  );
}
