// Period presets as a radio group, plus a custom inclusive range with two date inputs.
import { useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DateInput } from './DateInput';
import { isValidRange, PRESETS, type Period, type PeriodPreset } from '../state/period';

interface Props {
  value: Period;
  onChange: (p: Period) => void;
  /** the range the current period resolves to, used to prefill the custom inputs */
  range: { from: string; to: string } | null;
}

export function PeriodSelector({ value, onChange, range }: Props): ReactNode {
  const { t } = useTranslation();
  const isCustom = !('preset' in value);
  const [customOpen, setCustomOpen] = useState(isCustom);
  const [from, setFrom] = useState(isCustom ? value.from : (range?.from ?? ''));
  const [to, setTo] = useState(isCustom ? value.to : (range?.to ?? ''));
  const valid = isValidRange(from, to);
  const options: (PeriodPreset | 'custom')[] = [...PRESETS, 'custom'];
  const selected = isCustom || customOpen ? 'custom' : value.preset;

  const pick = (o: PeriodPreset | 'custom'): void => {
    if (o === 'custom') {
      setCustomOpen(true);
      if (!from && range) setFrom(range.from);
      if (!to && range) setTo(range.to);
    } else {
      setCustomOpen(false);
      onChange({ preset: o });
    }
  };
  // Arrow keys move within the radio group, as the ARIA pattern expects.
  const onKey = (e: KeyboardEvent<HTMLButtonElement>, i: number): void => {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    const next = options[(i + (e.key === 'ArrowRight' ? 1 : options.length - 1)) % options.length]!;
    pick(next);
    (e.currentTarget.parentElement?.children[options.indexOf(next)] as HTMLElement | undefined)?.focus();
  };

  return (
    <div className="period" data-testid="period-selector">
      <div role="radiogroup" aria-label={t('period.label')} style={{ display: 'flex', gap: 6 }}>
        {options.map((o, i) => (
          <button
            key={o}
            type="button"
            role="radio"
            aria-checked={selected === o}
            tabIndex={selected === o ? 0 : -1}
            data-testid={`period-${o}`}
            onClick={() => pick(o)}
            onKeyDown={(e) => onKey(e, i)}
          >
            {t(`period.${o}`)}
          </button>
        ))}
      </div>
      {selected === 'custom' && (
        <form
          className="custom"
          onSubmit={(e) => {
            e.preventDefault();
            if (valid) onChange({ from, to });
          }}
        >
          <label>
            {t('period.from')}{' '}
            <DateInput value={from} onChange={(d) => setFrom(d ?? '')} testId="period-from" />
          </label>
          <label>
            {t('period.to')} <DateInput value={to} onChange={(d) => setTo(d ?? '')} testId="period-to" />
          </label>
          <button type="submit" className="primary" disabled={!valid} data-testid="period-apply">
            {t('period.apply')}
          </button>
          {from && to && !valid && (
            <span className="error" role="alert">
              {t('period.invalid')}
            </span>
          )}
        </form>
      )}
    </div>
  );
}
