// All bookings of one local day from GET /companies/me/reservations (docs/dispatch-api.md#paging). The server
// sorts by scheduled_time DESC with no tie-breaker and pages with OFFSET, so rows with equal times can swap
// between two page requests: one row shows twice and another never. Rows are deduplicated by id; when a pass
// comes back short of `total` the day is read again and the passes are united; when `total` changes mid-way
// the day is re-read from the first page. Each re-read uses another page size: a server whose tie order
// depends on LIMIT/OFFSET would otherwise hide the same rows on every pass.
import type { IsoDate } from '../../shared/analytics-types';
import type { WireBooking, WireReservationsPage } from './atmr-schemas';
import type { AtmrGet, CallOptions } from './atmr-client';
import { SyncError } from './sync-errors';
import { msg } from '../../shared/i18n';
import { tooManyPagesError } from './response-limits';

export const RESERVATIONS_PER_PAGE = 500; // the server's cap (min(per_page, 500))
const PAGE_SIZES_BY_PASS = [RESERVATIONS_PER_PAGE, 499, 491, 487, 479, 467];
const MAX_PASSES = PAGE_SIZES_BY_PASS.length;

export async function collectDayReservations(
  http: AtmrGet,
  day: IsoDate,
  opts: CallOptions | undefined,
  parsePage: (data: unknown, page: number) => WireReservationsPage,
  maxPagesPerDay: number,
): Promise<WireBooking[]> {
  const fetchPage = async (page: number, perPage: number) =>
    parsePage(
      await http.getJson(
        '/companies/me/reservations',
        { date: day, page: String(page), per_page: String(perPage) },
        { endpoint: 'reservations', day },
        opts,
      ),
      page,
    );

  let union = new Map<number, WireBooking>();
  let unionTotal = -1;
  for (let pass = 1; pass <= MAX_PASSES; pass++) {
    const perPage = PAGE_SIZES_BY_PASS[pass - 1]!;
    const first = await fetchPage(1, perPage);
    const { total } = first;
    // Checked on the first page, before asking for any other: the server's count alone decides the work.
    if (first.total_pages > maxPagesPerDay) throw tooManyPagesError(day, first.total_pages, maxPagesPerDay);
    const seen = new Map<number, WireBooking>();
    for (const row of first.reservations) seen.set(row.id, row);
    let changed = false;
    for (let page = 2; page <= first.total_pages; page++) {
      const next = await fetchPage(page, perPage);
      if (next.total !== total) {
        changed = true;
        break;
      }
      for (const row of next.reservations) seen.set(row.id, row);
    }
    if (changed) continue;
    if (seen.size === total) return [...seen.values()];
    if (total !== unionTotal) {
      union = new Map();
      unionTotal = total;
    }
    for (const [id, row] of seen) union.set(id, row);
    if (union.size === total) return [...union.values()];
    // More rows than the total: one of the earlier passes saw a booking since replaced; trust this pass only.
    if (union.size > total) union = seen;
  }
  throw new SyncError('server', msg('sync.errors.listChanging', { day, tries: MAX_PASSES }));
}
