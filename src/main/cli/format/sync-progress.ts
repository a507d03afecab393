// The `sync` command's progress: a bar redrawn in place on a terminal, one plain line per day otherwise (logs,
// pipes, tests). A request being retried shows on the bar ("Nouvelle tentative… (2)") and as its own line.
import type { Lang } from '../../../shared/analytics-types';
import type { SyncProgressEvent } from '../../sync/sync-service';
import { formatInteger, formatNumber } from '../../../shared/format';
import { translate } from '../../../shared/i18n';

export interface SyncProgressOutput {
  /** redraws in place when true (stderr is a terminal) */
  tty: boolean;
  /** a whole line (stdout) */
  line(text: string): void;
  /** raw text for the bar (stderr) */
  raw(text: string): void;
  lang: Lang;
}

const BAR_WIDTH = 30;
// Erases what a longer previous drawing left to the right of the new one.
const ERASE_RIGHT = '\x1b[K';

export function createSyncProgressPrinter(output: SyncProgressOutput) {
  const { lang } = output;
  let drawn = false;

  function retryText(p: SyncProgressEvent): string {
    return translate(lang, 'cli.progress.retrying', { attempt: p.retrying!.attempt });
  }

  function bar(p: SyncProgressEvent): string {
    const filled = Math.round((p.dayIndex / Math.max(1, p.dayCount)) * BAR_WIDTH);
    const count = `${p.dayIndex}/${p.dayCount}`;
    const where = p.day ? ` ${p.day}` : '';
    const bookings = translate(lang, 'cli.progress.bookings', { n: formatInteger(lang, p.bookingsSoFar) });
    const retry = p.retrying ? ` · ${retryText(p)}` : '';
    return `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${count}${where} · ${bookings}${retry}`;
  }

  return {
    update(p: SyncProgressEvent): void {
      if (p.phase !== 'day' && !p.retrying) return;
      if (output.tty) {
        output.raw(`\r${bar(p)}${ERASE_RIGHT}`);
        drawn = true;
        return;
      }
      if (p.retrying) {
        const seconds = formatNumber(lang, p.retrying.nextInMs / 1000);
        output.line(
          translate(lang, 'cli.progress.retryIn', {
            retrying: retryText(p),
            seconds,
            reason: p.retrying.reason,
          }),
        );
        return;
      }
      const bookings = formatInteger(lang, p.bookingsSoFar);
      const count = `${p.dayIndex}/${p.dayCount}`;
      output.line(translate(lang, 'cli.progress.day', { count, day: p.day ?? '', bookings }));
    },
    end(): void {
      if (drawn) output.raw('\n');
      drawn = false;
    },
  };
}
