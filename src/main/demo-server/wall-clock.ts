// Time formatting of the reference server: naive local datetimes, Python isoformat() of timestamptz values,
// "...Z" UTC stamps and the "dd/mm/YYYY HH:MM" Geneva-local display strings. Small and self-contained so the
// demo server does not depend on the analytics code it is used to test.

export interface WallParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function wallParts(ms: number, timeZone: string): WallParts {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(ms))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

/** UTC offset of the zone at that instant, in ms (whole seconds). */
export function zoneOffsetMs(ms: number, timeZone: string): number {
  const p = wallParts(ms, timeZone);
  const flooredMs = ms - (((ms % 1000) + 1000) % 1000);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - flooredMs;
}

/** Naive local 'YYYY-MM-DDTHH:MM[:SS]' → instant. A time in the spring gap moves forward by the gap; an
 * ambiguous autumn time gives the earlier instant. */
export function localToInstant(naiveLocal: string, timeZone: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?$/.exec(naiveLocal);
  if (!m) throw new Error(`Not a naive local datetime: ${naiveLocal}`);
  const [y, mo, d, h, mi, s = '0', frac = ''] = m.slice(1);
  const asUtc =
    Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)) +
    Math.floor(Number(frac.padEnd(3, '0').slice(0, 3)));
  const hour = 3_600_000;
  const offsets = [zoneOffsetMs(asUtc - 12 * hour, timeZone), zoneOffsetMs(asUtc + 12 * hour, timeZone)];
  const matches = offsets.map((o) => asUtc - o).filter((c) => c + zoneOffsetMs(c, timeZone) === asUtc);
  if (matches.length > 0) return Math.min(...matches);
  return asUtc - (offsets[0] ?? 0);
}

const p2 = (n: number) => String(n).padStart(2, '0');
const p4 = (n: number) => String(n).padStart(4, '0');

export function localDate(ms: number, timeZone: string): string {
  const p = wallParts(ms, timeZone);
  return `${p4(p.year)}-${p2(p.month)}-${p2(p.day)}`;
}

export function addDays(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

/** Python `datetime.isoformat()` of a timestamptz read in the session zone: '2025-03-13T17:00:00.005000+00:00'
 * (microseconds only when non-zero). */
export function pyIsoOffset(ms: number, timeZone: string): string {
  const offset = zoneOffsetMs(ms, timeZone);
  const p = wallParts(ms, timeZone);
  const millis = ((ms % 1000) + 1000) % 1000;
  const frac = millis === 0 ? '' : `.${String(millis).padStart(3, '0')}000`;
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset) / 60_000;
  return (
    `${p4(p.year)}-${p2(p.month)}-${p2(p.day)}T${p2(p.hour)}:${p2(p.minute)}:${p2(p.second)}${frac}` +
    `${sign}${p2(Math.floor(abs / 60))}:${p2(abs % 60)}`
  );
}

/** 'YYYY-MM-DDTHH:MM:SSZ', no fraction (Booking.serialize boarded_at/completed_at). */
export function utcSecondsZ(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19) + 'Z';
}

/** 'dd/mm/YYYY HH:MM' in the zone (Booking.serialize created_at/updated_at). */
export function frenchMinute(ms: number, timeZone: string): string {
  const p = wallParts(ms, timeZone);
  return `${p2(p.day)}/${p2(p.month)}/${p4(p.year)} ${p2(p.hour)}:${p2(p.minute)}`;
}
