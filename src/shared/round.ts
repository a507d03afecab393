// The one rounding of the app: 2 decimals, half away from zero on the decimal digits a person reads (1.005 → 1.01,
// where naive Math.round(x * 100) gives 1.00 because 1.005 is stored as 1.00499…). Applied at the edge only
// (CLI, API responses, exports), never to stored values, so every surface shows the same figures.

export function round2(n: number): number {
  if (!Number.isFinite(n) || Number.isInteger(n)) return n;
  const scaled = Number((Math.abs(n) * 100).toPrecision(15));
  const r = (Math.sign(n) * Math.round(scaled)) / 100;
  return r === 0 ? 0 : r; // no -0 in JSON or CSV
}

/** Every number inside plain objects and arrays rounded with round2; other values are left as they are. */
export function roundNumbersDeep<T>(value: T): T {
  return roundAny(value) as T;
}

function roundAny(value: unknown): unknown {
  if (typeof value === 'number') return round2(value);
  if (Array.isArray(value)) return value.map(roundAny);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = roundAny(v);
    return out;
  }
  return value;
}
