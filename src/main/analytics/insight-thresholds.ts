// The thresholds live in shared/analytics-types.ts (they are settings the UI edits); re-exported for the rules.
export { DEFAULT_INSIGHT_THRESHOLDS, type InsightThresholds } from '../../shared/analytics-types';
