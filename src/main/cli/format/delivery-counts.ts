// The three counts every send reports (sent, to retry, failed), as the parameters of the cli texts that show them.
import type { Lang } from '../../../shared/analytics-types';
import { formatInteger } from '../../../shared/format';

export interface DeliveryCounts {
  sent: number;
  retry: number;
  failed: number;
}

export function deliveryCounts(
  lang: Lang,
  d: DeliveryCounts,
): { sent: string; retry: string; failed: string } {
  return {
    sent: formatInteger(lang, d.sent),
    retry: formatInteger(lang, d.retry),
    failed: formatInteger(lang, d.failed),
  };
}
