// The design's quality score (0–100): punctuality /50 + delay /30 + cancellations /20, clamped.
import type { QualityScoreParts } from '../../shared/analytics-types';

/** Counts a score is computed from: one day's, or a period's Σ. */
export interface ScoreTotals {
  totalBookings: number;
  onTimeBookings: number;
  cancelledBookings: number;
  /** mean delay of served bookings, minutes */
  avgDelayMinutes: number;
}

export const ZERO_QUALITY: QualityScoreParts = { punctuality: 0, delay: 0, cancellations: 0, total: 0 };

/**
 * score = on_time_rate × 50 + max(0, 30 − avg_delay / 15 × 30) + max(0, 20 − cancel_rate × 100), rates as
 * fractions of all bookings. No bookings → all zero (there is nothing to score; not a free 50 points).
 */
export function qualityScoreParts(t: ScoreTotals): QualityScoreParts {
  if (t.totalBookings <= 0) return { ...ZERO_QUALITY };
  // Multiply before dividing: 22 × 50 / 25 is exactly 44, and a rate that is exactly on a threshold stays on it.
  const punctuality = (t.onTimeBookings * 50) / t.totalBookings;
  const delay = Math.max(0, 30 - (t.avgDelayMinutes * 30) / 15);
  const cancellations = Math.max(0, 20 - (t.cancelledBookings * 100) / t.totalBookings);
  const total = Math.min(100, Math.max(0, punctuality + delay + cancellations));
  return { punctuality, delay, cancellations, total };
}

export function qualityScore(t: ScoreTotals): number {
  return qualityScoreParts(t).total;
}
