// "Exporter / Export": a format, a part and a download link for what the screen shows (period, Trips filters and
// sort). Under `serve` the link is GET /api/export-file (the session cookie authorises it): the browser shows the download's
// progress and cancels it, and the app stops the export when the browser goes away. The desktop app needs a save
// dialog from the shell, not wired yet: the control is not shown there.
import { useState, type ReactNode } from 'react';
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
  if (!servedOverHttp()) return null;
  const refused = format === 'csv' && part === 'all';
  const href = exportFileUrl(window.location.origin, {
    format,
    part,
    filter: props.filter,
    ...(props.sort ? { sort: props.sort } : {}),
    ...(props.dir ? { dir: props.dir } : {}),
  });
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
      ) : (
        <a
          className="button"
          href={href}
          download
          title={t('exports.ui.title')}
          data-testid="export-download"
        >
          {t('exports.ui.button')}
        </a>
      )}
    </div>
  );
}
