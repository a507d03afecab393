// A titled chart with its accessible name and a "Voir en tableau" toggle that swaps the canvas for a data table
// (a canvas is invisible to screen readers).
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  title: string;
  testId: string;
  /** the chart; receives nothing, renders a canvas with role="img" */
  chart: ReactNode;
  /** the same data as a table */
  table: ReactNode;
  empty?: boolean;
  /** what an empty chart says (default: no data for this period) */
  emptyText?: string;
  extra?: ReactNode;
  /** true while newer data is being fetched (aria-busy) */
  busy?: boolean;
}

export function ChartCard({
  title,
  testId,
  chart,
  table,
  empty,
  emptyText,
  extra,
  busy = false,
}: Props): ReactNode {
  const { t } = useTranslation();
  const [asTable, setAsTable] = useState(false);
  const headingId = useId();
  return (
    <section className="card chart-card" data-testid={testId} aria-labelledby={headingId} aria-busy={busy}>
      <header>
        <h3 id={headingId}>{title}</h3>
        {!empty && (
          <button
            type="button"
            aria-pressed={asTable}
            onClick={() => setAsTable((v) => !v)}
            data-testid="toggle-table"
          >
            {asTable ? t('common.showChart') : t('common.showTable')}
          </button>
        )}
      </header>
      {extra}
      {empty ? (
        <p className="muted">{emptyText ?? t('charts.noData')}</p>
      ) : asTable ? (
        // scrolls: focusable so keyboard users can scroll it; named apart from the card (landmarks must differ)
        <div className="table-box" tabIndex={0} role="region" aria-label={t('common.tableOf', { title })}>
          {table}
        </div>
      ) : (
        <div className="canvas-box">{chart}</div>
      )}
    </section>
  );
}
