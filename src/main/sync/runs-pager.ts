// Dispatch runs from GET /company_dispatch/runs (docs/dispatch-api.md#runs): a bare array, limit/offset, no
// total, ordered by completed_at DESC with NULLs first, so unfinished (pending/running) runs come first
// whatever their day. A run is made shortly before its day; we assume never more than LEAD_DAYS ahead, so
// once the list has gone past runs completed LEAD_DAYS before the oldest wanted day, nothing older can still
// be wanted.
import type { IsoDate } from '../../shared/analytics-types';
import type { WireRunSummary } from './atmr-schemas';
import type { AtmrGet, CallOptions } from './atmr-client';

const PAGE_SIZE = 200;
const LEAD_DAYS = 32;
const MAX_PAGES = 1_000;

export async function collectRuns(
  http: AtmrGet,
  until: IsoDate,
  opts: CallOptions | undefined,
  parse: (data: unknown) => WireRunSummary[],
): Promise<WireRunSummary[]> {
  const stopBefore = Date.parse(`${until}T00:00:00Z`) - LEAD_DAYS * 86_400_000;
  // Offset paging over a list that can change: dedupe by id, keeping the latest copy.
  const byId = new Map<number, WireRunSummary>();
  for (let page = 0; page < MAX_PAGES; page++) {
    const rows = parse(
      await http.getJson(
        '/company_dispatch/runs',
        { limit: String(PAGE_SIZE), offset: String(page * PAGE_SIZE) },
        { endpoint: 'runs' },
        opts,
      ),
    );
    for (const row of rows) byId.set(row.id, row);
    if (rows.length < PAGE_SIZE) break;
    const last = rows[rows.length - 1]!;
    if (last.completed_at != null && last.completed_at < stopBefore) break;
  }
  return [...byId.values()].filter((r) => r.day >= until);
}
