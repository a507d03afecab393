// Days written by a sync whose analytics are not recomputed yet, kept in the settings table. They are recorded
// before the first day is written and cleared only after the aggregation committed, so a sync killed in
// between (SIGKILL, power cut) leaves a note and the next sync aggregates those days too.
import type { IsoDate } from '../../shared/analytics-types';
import type { Db } from '../store/open-store';
import { getSetting, setSetting } from '../store/repos/settings-repo';

const KEY = 'sync.pending-aggregation';

type Stored = Record<string, IsoDate[]>; // company id → days

export class PendingAggregation {
  constructor(
    private readonly db: Db,
    private readonly now: () => number,
  ) {}

  daysFor(companyId: number): IsoDate[] {
    return this.read()[String(companyId)] ?? [];
  }

  add(companyId: number, days: readonly IsoDate[]): void {
    const all = this.read();
    const merged = new Set([...(all[String(companyId)] ?? []), ...days]);
    all[String(companyId)] = [...merged].sort();
    setSetting(this.db, KEY, all, this.now());
  }

  clear(companyId: number): void {
    const all = this.read();
    if (!(String(companyId) in all)) return;
    delete all[String(companyId)];
    setSetting(this.db, KEY, all, this.now());
  }

  private read(): Stored {
    const value = getSetting<unknown>(this.db, KEY, {});
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Stored) : {};
  }
}
