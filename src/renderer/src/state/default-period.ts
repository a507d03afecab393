// The period the dashboard opens on, with no import at all: the page's entry (main.tsx) reads it before anything
// else has loaded.
import type { IsoDate, PeriodPreset } from '../../../shared/analytics-types';

export type Period = { preset: PeriodPreset } | { from: IsoDate; to: IsoDate };

export const DEFAULT_PERIOD: Period = { preset: '30d' };
