// /companies/me, /companies/me/drivers and /companies/me/reservations (docs/dispatch-api.md#company,
// #reservations), plus the plain-Flask compat twins (/api/companies/me…, /api/vN/…) that answer token errors
// as proper 401/422 even in production.
import { BOOKING_STATUSES, type BookingStatus } from '../../shared/analytics-types';
import type { BookingRecord } from '../domain/records';
import type { ServerContext } from './context';
import { authenticate } from './auth-guard';
import { crashReply, restxNotFoundReply } from './error-replies';
import { hash32, mulberry32 } from '../demo/prng';
import { bookingJson } from './booking-json';
import { pyInt, valueErrorText } from './py-int';
import { RawJson } from './py-json';
import { serializeBooking } from './serialize-booking';
import { serializeCompany } from './serialize-company';
import { serializeDriver } from './serialize-driver';
import { settledReply } from './settled-replies';
import { flaskReply, restxReply, type DemoRequest, type Reply } from './types';
import { addDays } from '../analytics/time-zone';

const MAX_PER_PAGE = 500;

export function handleCompanyMe(ctx: ServerContext, req: DemoRequest, compat = false): Reply {
  const auth = authenticate(ctx, req, { restxRoute: !compat });
  if (!auth.ok) return auth.reply;
  const reply = compat ? flaskReply : restxReply;
  if (auth.claims.sub !== ctx.account.publicId) return reply(404, { error: 'User not found' });
  return reply(200, serializeCompany(ctx));
}

export function handleDrivers(ctx: ServerContext, req: DemoRequest, compat = false): Reply {
  const auth = authenticate(ctx, req, { restxRoute: !compat });
  if (!auth.ok) return auth.reply;
  if (auth.claims.sub !== ctx.account.publicId) return userNotFound(req.path);
  const companyId = ctx.dataset.company.id;
  const drivers = ctx.dataset.drivers.filter((d) => d.companyId === companyId);
  // No ORDER BY on the server: the order is whatever the database returns. Shuffled per request here so a
  // client never comes to rely on it.
  const random = mulberry32(hash32('drivers-order', ctx.seed, ctx.requestNumber));
  const order = drivers.map((d) => ({ d, k: random() })).sort((a, b) => a.k - b.k);
  const body = { drivers: order.map(({ d }) => serializeDriver(ctx, d)), total: drivers.length };
  return compat ? flaskReply(200, body) : restxReply(200, body);
}

export function handleReservations(
  ctx: ServerContext,
  req: DemoRequest,
  opts: { unstableTies: boolean },
): Reply {
  const auth = authenticate(ctx, req);
  if (!auth.ok) return auth.reply;
  if (auth.claims.sub !== ctx.account.publicId) return userNotFound(req.path);
  const q = req.query;
  const pageText = q.get('page') ?? '1';
  const perPageText = q.get('per_page') ?? '100';
  const page = pyInt(pageText);
  if (page === null) return crashReply(ctx, valueErrorText(pageText));
  const requestedPerPage = pyInt(perPageText);
  if (requestedPerPage === null) return crashReply(ctx, valueErrorText(perPageText));
  const perPage = Math.min(requestedPerPage, MAX_PER_PAGE);

  const date = q.get('date');
  let day: string | null = null;
  if (date) {
    day = parseDay(date);
    if (day === null) return restxReply(400, { error: 'Format de date invalide. Utilisez YYYY-MM-DD' });
  }
  const statusText = q.get('status');
  let status: BookingStatus | null = null;
  if (statusText) {
    status = BOOKING_STATUSES.find((s) => s === statusText.toLowerCase()) ?? null;
    if (status === null) return restxReply(400, { error: 'Invalid status filter' });
  }

  const offset = (page - 1) * perPage;
  if (offset < 0)
    return crashReply(
      ctx,
      '(psycopg2.errors.InvalidRowCountInResultOffsetClause) OFFSET must not be negative',
    );
  if (perPage < 0)
    return crashReply(ctx, '(psycopg2.errors.InvalidRowCountInLimitClause) LIMIT must not be negative');
  if (perPage === 0) return crashReply(ctx, 'division by zero');

  const now = ctx.now();
  const today = ctx.store.today(now);
  const nearDays = day === null ? undefined : [addDays(day, -1), day, addDays(day, 1)];
  const settled =
    nearDays?.every((d) => ctx.store.isSettled(d, today) || !ctx.store.isServed(d, today)) ?? false;
  const key = settled ? `reservations ${day} ${status ?? ''} ${page} ${perPage} ${opts.unstableTies}` : null;
  return settledReply(ctx, ctx.store.epoch(today), key, () => {
    const view = ctx.store.view(now, nearDays);
    const companyId = ctx.dataset.company.id;
    const matching = view.bookings.filter(
      (b) =>
        b.companyId === companyId &&
        (day === null || (b.scheduledLocal !== null && b.scheduledLocal.slice(0, 10) === day)) &&
        (status === null || b.status === status),
    );
    const tieKey = opts.unstableTies
      ? (b: BookingRecord) => hash32('tie', ctx.seed, b.id, page, perPage)
      : (b: BookingRecord) => b.id;
    matching.sort((a, b) => compareScheduledDesc(a, b) || tieKey(a) - tieKey(b));
    const driversById = new Map(ctx.dataset.drivers.map((d) => [d.id, d]));
    const rows = matching.slice(offset, offset + perPage).map((b) => serializeBooking(ctx, b, driversById));
    return restxReply(200, {
      // Production writes compact JSON: the rows go through the row writer, joined flat.
      reservations: ctx.mode === 'production' ? new RawJson(`[${rows.map(bookingJson).join(', ')}]`) : rows,
      total: matching.length,
      page,
      per_page: perPage,
      total_pages: Math.ceil(matching.length / perPage),
    });
  });
}

/** Postgres `ORDER BY scheduled_time DESC`: NULLs first. */
function compareScheduledDesc(a: BookingRecord, b: BookingRecord): number {
  if (a.scheduledLocal === b.scheduledLocal) return 0;
  if (a.scheduledLocal === null) return -1;
  if (b.scheduledLocal === null) return 1;
  return a.scheduledLocal < b.scheduledLocal ? 1 : -1;
}

/** strptime('%Y-%m-%d'): unpadded month/day accepted, impossible dates refused. */
function parseDay(text: string): string | null {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

function userNotFound(path: string): Reply {
  return restxNotFoundReply('Utilisateur non trouvé', path, [path, '/api/v1/companies/me']);
}
