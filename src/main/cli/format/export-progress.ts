// The `export` command's progress: a bar redrawn in place on a terminal (stderr), nothing otherwise (logs and
// pipes get the one closing line only).
import type { Lang } from '../../../shared/analytics-types';
import { translate } from '../../../shared/i18n';

const BAR_WIDTH = 30;
const ERASE_RIGHT = '\x1b[K';
// Redrawing 730k times would cost more than the export: at most every 1 % and never twice for the same count.
const STEPS = 100;

export function createExportProgressPrinter(output: { tty: boolean; raw(text: string): void; lang: Lang }) {
  let drawn = false;
  let lastStep = -1;
  return {
    update(done: number, total: number): void {
      if (!output.tty) return;
      const step = total === 0 ? STEPS : Math.floor((done / total) * STEPS);
      if (step === lastStep && done !== total) return;
      lastStep = step;
      const filled = Math.round((step / STEPS) * BAR_WIDTH);
      const text = translate(output.lang, 'cli.exportCommand.progress', { done, total });
      output.raw(`\r[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${text}${ERASE_RIGHT}`);
      drawn = true;
    },
    end(): void {
      if (drawn) output.raw('\n');
      drawn = false;
    },
  };
}
