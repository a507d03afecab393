// The period the dashboard and the drivers view look at.
import { PERIOD_PRESETS, type IsoDate, type PeriodPreset } from '../../../shared/analytics-types';
import { isIsoDate, presetWindow } from '../../../shared/time';

import { DEFAULT_PERIOD, type Period } from './default-period';

export type { PeriodPreset, Period };
export { DEFAULT_PERIOD };

export const PRESETS: readonly PeriodPreset[] = PERIOD_PRESETS;

export function periodKey(p: Period): string {
  return 'preset' in p ? p.preset : `${p.from}..${p.to}`;
}

/** The inclusive window of a period seen on `today`: its last complete days, ending yesterday (src/shared/time). */
export function periodRange(p: Period, today: IsoDate): { from: IsoDate; to: IsoDate } {
  if ('preset' in p) {
    const { from, to } = presetWindow(p.preset, today)!;
    return { from, to };
  }
  return { from: p.from, to: p.to };
}

export function isValidRange(from: string, to: string): boolean {
  return isIsoDate(from) && isIsoDate(to) && from <= to;
}

/** `?period=1y` (or `?from=…&to=…`) in the page URL opens the dashboard on that period (links, benchmark). */
export function periodFromUrl(search: string): Period {
  const q = new URLSearchParams(search);
  const preset = q.get('period');
  if (preset && (PRESETS as readonly string[]).includes(preset)) return { preset: preset as PeriodPreset };
  const from = q.get('from');
  const to = q.get('to');
  if (from && to && isValidRange(from, to)) return { from, to };
  return DEFAULT_PERIOD;
}
