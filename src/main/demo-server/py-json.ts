// The two JSON writers of the reference server (atmr-v1.md §0.1). Parsed, both give the same data; the bytes
// differ, and a client that only ever saw JavaScript's JSON.stringify output can trip on them:
// - restx resources: `json.dumps(data) + "\n"` → ", " / ": " separators, insertion order, indent 4 in DEBUG;
// - Flask's provider (login shim, compat routes, app error handlers): compact, keys sorted, indent 2 in DEBUG.
// Both escape every character outside printable ASCII as \uXXXX (ensure_ascii) and end with "\n".

/** A Python float: written with a decimal point even when whole (48.0), as json.dumps does. */
export class PyFloat {
  constructor(readonly value: number) {}
}

export function pyFloat(value: number): PyFloat;
export function pyFloat(value: number | null): PyFloat | null;
export function pyFloat(value: number | null): PyFloat | null {
  return value === null ? null : new PyFloat(value);
}

interface DumpOptions {
  sortKeys: boolean;
  indent: number | null;
  itemSeparator: string;
  keySeparator: string;
}

export function restxJson(value: unknown, debug = false): string {
  return dumps(value, { sortKeys: false, indent: debug ? 4 : null, itemSeparator: ', ', keySeparator: ': ' }) + '\n';
}

export function flaskJson(value: unknown, debug = false): string {
  return debug
    ? dumps(value, { sortKeys: true, indent: 2, itemSeparator: ', ', keySeparator: ': ' }) + '\n'
    : dumps(value, { sortKeys: true, indent: null, itemSeparator: ',', keySeparator: ':' }) + '\n';
}

function dumps(value: unknown, opts: DumpOptions, depth = 0): string {
  if (value === null || value === undefined) return 'null';
  if (value instanceof PyFloat) return pyFloatRepr(value.value);
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      return pyNumberRepr(value);
    case 'string':
      return asciiString(value);
    case 'object':
      break;
    default:
      throw new TypeError(`Object of type ${typeof value} is not JSON serializable`);
  }
  const items: string[] = Array.isArray(value)
    ? value.map((item) => dumps(item, opts, depth + 1))
    : objectEntries(value as Record<string, unknown>, opts.sortKeys).map(
        ([key, item]) => asciiString(key) + opts.keySeparator + dumps(item, opts, depth + 1),
      );
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  if (items.length === 0) return open + close;
  if (opts.indent === null) return open + items.join(opts.itemSeparator) + close;
  // With indent, Python uses "," at line ends (no trailing space since 3.4).
  const pad = '\n' + ' '.repeat(opts.indent * (depth + 1));
  return open + pad + items.join(',' + pad) + '\n' + ' '.repeat(opts.indent * depth) + close;
}

function objectEntries(value: Record<string, unknown>, sortKeys: boolean): [string, unknown][] {
  // Python's json.dumps has no `undefined`; keys holding it are treated as absent here.
  const entries = Object.entries(value).filter(([, item]) => item !== undefined);
  return sortKeys ? entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)) : entries;
}

function asciiString(text: string): string {
  return JSON.stringify(text).replace(
    /[^\x20-\x7e]/g,
    (ch) => '\\u' + ch.charCodeAt(0).toString(16).padStart(4, '0'),
  );
}

function pyNumberRepr(n: number): string {
  if (Number.isNaN(n)) return 'NaN';
  if (!Number.isFinite(n)) return n > 0 ? 'Infinity' : '-Infinity';
  return Number.isInteger(n) ? n.toFixed(0) : pyFloatRepr(n);
}

function pyFloatRepr(n: number): string {
  if (!Number.isFinite(n)) return pyNumberRepr(n);
  if (n === 0) return Object.is(n, -0) ? '-0.0' : '0.0';
  // Python's repr: shortest round-trip digits; exponent notation when the exponent is < -4 or >= 16.
  const [digits = '0', exponentText = '0'] = n.toExponential().split('e');
  const exponent = Number(exponentText);
  if (exponent < -4 || exponent >= 16) {
    return `${digits}e${exponent < 0 ? '-' : '+'}${String(Math.abs(exponent)).padStart(2, '0')}`;
  }
  const js = n.toFixed(Math.max(0, (digits.split('.')[1] ?? '').length - exponent));
  return js.includes('.') ? js : `${js}.0`;
}
