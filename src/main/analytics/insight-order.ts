// One order for every list of insights (docs/analytics.md#insight-order): by severity, critical first, then by
// size (how far outside the office's baseline), so the day that collapsed leads every surface.
import type {
  InsightJson,
  InsightPriority,
  InsightSeverity,
  InsightType,
} from '../../shared/analytics-types';

export const SEVERITY_RANK: Record<InsightSeverity, number> = { critical: 0, warning: 1, info: 2 };

/**
 * The severity of a fixed-threshold rule: a warning stays a warning, praise and information are info. Only an
 * unusual day (measured against the office's own history) is critical: a fixed threshold cannot tell a bad day
 * from an office's ordinary one.
 */
export function ruleSeverity(type: InsightType): InsightSeverity {
  return type === 'warning' ? 'warning' : 'info';
}

const PRIORITY_RANK: Record<InsightPriority, number> = { critical: 0, high: 1, medium: 2, low: 3 };

/** Severity first, then priority, then size (largest first); equal ones keep their order (stable sort). */
export function orderInsights(insights: readonly InsightJson[]): InsightJson[] {
  return [...insights].sort(
    (a, b) =>
      SEVERITY_RANK[a.severity ?? 'info'] - SEVERITY_RANK[b.severity ?? 'info'] ||
      PRIORITY_RANK[a.priority] - PRIORITY_RANK[b.priority] ||
      (b.size ?? 0) - (a.size ?? 0),
  );
}
