// The reports' texts and formats: the shared catalogue's "reports" domain and the shared formatters, so an
// e-mail says "12,5 min" exactly as the dashboard does.
import type { Lang } from '../../shared/analytics-types';
import { translate, type MessageKey, type MessageParams } from '../../shared/i18n';

export type ReportKey = Extract<MessageKey, `reports.${string}`>;

export function t(lang: Lang, key: ReportKey, params?: MessageParams): string {
  return translate(lang, key, params);
}

export {
  formatDate,
  formatDateTime,
  formatDayMonth,
  formatInteger,
  formatMinutes,
  formatNumber,
  formatPercent,
  weekdayName,
} from '../../shared/format';
