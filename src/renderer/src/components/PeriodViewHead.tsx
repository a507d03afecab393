// The head of a per-period table view (Drivers, Facilities): title, subtitle with the window's dates, the period
// selector and the export of that view's part.
import type { ComponentProps, ReactNode } from 'react';
import { formatDate } from '../../../shared/format';
import { useAppEnv } from '../state/app-context';
import type { Period } from '../state/period';
import { ExportControl } from './ExportControl';
import { PeriodSelector } from './PeriodSelector';

interface Props {
  title: string;
  subtitle: string;
  period: Period;
  onPeriodChange: (p: Period) => void;
  range: { from: string; to: string } | null;
  parts: ComponentProps<typeof ExportControl>['parts'];
}

export function PeriodViewHead({ title, subtitle, period, onPeriodChange, range, parts }: Props): ReactNode {
  const { lang } = useAppEnv();
  return (
    <div className="view-head">
      <div>
        <h2>{title}</h2>
        <p className="muted" style={{ margin: '4px 0 0' }}>
          {subtitle}
          {range && ` ${formatDate(lang, range.from)} – ${formatDate(lang, range.to)}`}
        </p>
      </div>
      <PeriodSelector value={period} onChange={onPeriodChange} range={range} />
      {range && <ExportControl filter={range} parts={parts} />}
    </div>
  );
}
