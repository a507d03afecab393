// The two reports: one about a day, one about a week (Monday to Sunday).
export type ReportKind = 'daily' | 'weekly';
