// "Exporter / Export": a format, a part and the export of what the screen shows (period, Trips filters and sort).
// Under `serve` it is a download link, GET /api/export-file (the session cookie authorises it): the browser shows
// the download's progress and cancels it, and the app stops the export when the browser goes away. In the desktop
// app a button asks the app's save dialog for the file; the export then runs in the worker with a progress bar,
// a cancel button, and "Show in folder" when done.
import { useState, type ReactNode } from 'react';
import { useDesktopExport } from '../hooks/use-desktop-export';
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
        <a
          className="button"
          href={exportFileUrl(window.location.origin, request)}
          download
          title={t('exports.ui.title')}
          data-testid="export-download"
        >
          {t('exports.ui.button')}
        </a>
      ) : (
        <DesktopExport request={request} />
      )}
    </div>
  );
}

function DesktopExport({ request }: { request: ExportRequest }): ReactNode {
  const { t } = useTranslation();
  const { state, start, cancel, showInFolder } = useDesktopExport();
  if (state.phase === 'running') {
    const percent = state.total > 0 ? Math.floor((state.done / state.total) * 100) : null;
    return (
      <span className="export-progress" data-testid="export-running">
        {percent === null ? (
          <progress aria-label={t('exports.ui.running')} />
        ) : (
          <progress max={100} value={percent} aria-label={t('exports.ui.progress', { percent })} />
        )}
        <span className="muted">
          {percent === null ? t('exports.ui.running') : t('exports.ui.progress', { percent })}
        </span>
        <button type="button" onClick={() => void cancel()} data-testid="export-cancel">
          {t('exports.ui.cancel')}
        </button>
      </span>
    );
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
