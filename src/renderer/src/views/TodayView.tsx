// « Aujourd’hui / Today »: the wall screen's live view of the day in progress (docs/analytics.md#today-so-far).
// Very large figures, few words, high contrast: it is read from across the room. While it is shown it syncs every
// few minutes (use-today.ts), and each finished sync refreshes the figures.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang, TodaySoFarJson } from '../../../shared/analytics-types';
import { formatDate, formatInteger, formatPercent, formatTime } from '../../../shared/format';
import { useLiveSync, useTodaySoFar } from '../hooks/use-today';
import { useAppEnv } from '../state/app-context';
import './today-view.css';

type Count = 'due' | 'on_time' | 'late' | 'cancelled' | 'waiting';
/** each figure, its label key and its tone (colour is never the only sign: every figure has its word) */
const FIGURES: ReadonlyArray<{ key: Count; label: string; tone: string }> = [
  { key: 'due', label: 'today.due', tone: 'plain' },
  { key: 'on_time', label: 'today.onTime', tone: 'good' },
  { key: 'late', label: 'today.late', tone: 'bad' },
  { key: 'cancelled', label: 'today.cancelled', tone: 'warn' },
  { key: 'waiting', label: 'today.waiting', tone: 'plain' },
];

export function TodayView(): ReactNode {
  useLiveSync();
  const today = useTodaySoFar();
  const { t } = useTranslation();
  const { lang, timeZone } = useAppEnv();
  const data = today.data;

  return (
    <div className="today-view" data-testid="view-today" aria-busy={today.isFetching}>
      {data === undefined && today.isError ? (
        <p className="today-message" role="alert">
          {t('today.loadFailed', { message: today.error.message })}
        </p>
      ) : data === undefined ? null : data === null ? (
        <p className="today-message" data-testid="today-empty">
          {t('today.noData')}
        </p>
      ) : (
        <TodayFigures data={data} lang={lang} timeZone={timeZone} />
      )}
    </div>
  );
}

interface FiguresProps {
  data: TodaySoFarJson;
  lang: Lang;
  timeZone: string;
}

function TodayFigures({ data, lang, timeZone }: FiguresProps): ReactNode {
  const { t } = useTranslation();
  return (
    <>
      <h2 className="today-title">
        {t('today.title')} <span className="today-day">{formatDate(lang, data.date, 'long')}</span>{' '}
        <span data-testid="today-as-of">
          {t('today.asOf', { time: formatTime(lang, data.as_of, timeZone) })}
        </span>
      </h2>
      <div className="today-figures">
        {FIGURES.map((f) => (
          <section key={f.key} className={`today-figure ${f.tone}`} data-testid={`today-${f.key}`}>
            <div className="today-value" data-testid="today-value">
              {formatInteger(lang, data[f.key])}
            </div>
            <h3 className="today-label">{t(f.label)}</h3>
          </section>
        ))}
      </div>
      {data.on_time_rate !== null && (
        <p className="today-rate" data-testid="today-rate">
          {t('today.onTimeRate', { rate: formatPercent(lang, data.on_time_rate, 0) })}
        </p>
      )}
    </>
  );
}
