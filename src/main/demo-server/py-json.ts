// The two JSON writers of the reference server (docs/dispatch-api.md#json-bodies). Parsed, both give the same
// data; the bytes differ, and a client used only to JavaScript's JSON.stringify output can trip on them:
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

/** JSON already written in the compact restx style (e.g. by a row writer), inserted as is. Only the compact
 * restx writer takes it: other styles would need other separators inside it. */
export class RawJson {
  constructor(readonly text: string) {}
}

interface DumpOptions {
  sortKeys: boolean;
  /** null: one line */
  indent: number | null;
  itemSeparator: string;
  keySeparator: string;
  /** `"key"` + keySeparator, per key: an object's keys repeat on every row of a page */
  keyCache: Map<string, string>;
}

const RESTX: DumpOptions = {
  sortKeys: false,
  indent: null,
  itemSeparator: ', ',
  keySeparator: ': ',
  keyCache: new Map(),
};
const RESTX_DEBUG: DumpOptions = { ...RESTX, indent: 4, keyCache: new Map() };
const FLASK: DumpOptions = {
  sortKeys: true,
  indent: null,
  itemSeparator: ',',
  keySeparator: ':',
  keyCache: new Map(),
};
const FLASK_DEBUG: DumpOptions = {
  sortKeys: true,
  indent: 2,
  itemSeparator: ', ',
  keySeparator: ': ',
  keyCache: new Map(),
};

export function restxJson(value: unknown, debug = false): string {
  return dumps(value, debug ? RESTX_DEBUG : RESTX, 0) + '\n';
}

export function flaskJson(value: unknown, debug = false): string {
  return dumps(value, debug ? FLASK_DEBUG : FLASK, 0) + '\n';
}

// Written by string concatenation, without intermediate arrays (measured faster here, flattening included).
function dumps(value: unknown, opts: DumpOptions, depth: number): string {
  if (value === null || value === undefined) return 'null';
  switch (typeof value) {
    case 'string':
      return asciiString(value);
    case 'number':
      return pyNumberRepr(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      break;
    default:
      throw new TypeError(`Object of type ${typeof value} is not JSON serializable`);
  }
  if (value instanceof PyFloat) return pyFloatRepr(value.value);
  if (value instanceof RawJson) {
    if (opts !== RESTX)
      throw new TypeError('RawJson is compact restx JSON: write the value itself in other styles');
    return value.text;
  }
  const pad = opts.indent === null ? null : '\n' + ' '.repeat(opts.indent * (depth + 1));
  // With indent, Python uses "," at line ends (no trailing space since 3.4).
  const separator = pad === null ? opts.itemSeparator : ',' + pad;
  let out = '';
  let first = true;
  if (Array.isArray(value)) {
    for (const item of value) {
      out += (first ? '' : separator) + dumps(item, opts, depth + 1);
      first = false;
    }
    if (first) return '[]';
    return pad === null ? '[' + out + ']' : '[' + pad + out + closing(opts, depth) + ']';
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  if (opts.sortKeys) keys.sort();
  for (const key of keys) {
    const item = record[key];
    // Python's json.dumps has no `undefined`; keys holding it are treated as absent here.
    if (item === undefined) continue;
    out += (first ? '' : separator) + keyText(key, opts) + dumps(item, opts, depth + 1);
    first = false;
  }
  if (first) return '{}';
  return pad === null ? '{' + out + '}' : '{' + pad + out + closing(opts, depth) + '}';
}

function closing(opts: DumpOptions, depth: number): string {
  return '\n' + ' '.repeat((opts.indent ?? 0) * depth);
}

function keyText(key: string, opts: DumpOptions): string {
  let text = opts.keyCache.get(key);
  if (text === undefined) {
    text = asciiString(key) + opts.keySeparator;
    if (opts.keyCache.size < 10_000) opts.keyCache.set(key, text);
  }
  return text;
}

/** Printable ASCII other than `"` and `\\`: written as is by both JSON.stringify and ensure_ascii. */
const PLAIN = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;
const escapedCache = new Map<string, string>();

/** A str as both writers put it: quoted, escaped, non-ASCII as \\uXXXX. */
export function asciiString(text: string): string {
  if (PLAIN.test(text)) return '"' + text + '"';
  let escaped = escapedCache.get(text);
  if (escaped === undefined) {
    escaped = JSON.stringify(text).replace(
      /[^\x20-\x7e]/g,
      (ch) => '\\u' + ch.charCodeAt(0).toString(16).padStart(4, '0'),
    );
    // Names and places repeat across a year of bookings; free text does not, so the cache stays bounded.
    if (escapedCache.size >= 20_000) escapedCache.clear();
    escapedCache.set(text, escaped);
  }
  return escaped;
}

/** A JavaScript number as Python writes the int (whole) or float it stands for. */
export function pyNumberRepr(n: number): string {
  // Python prints an int's exact digits: String() does too up to 2^53, toFixed(0) beyond.
  if (Number.isInteger(n)) return Number.isSafeInteger(n) ? String(n) : n.toFixed(0);
  if (Number.isNaN(n)) return 'NaN';
  if (!Number.isFinite(n)) return n > 0 ? 'Infinity' : '-Infinity';
  return pyFloatRepr(n);
}

/** A Python float: repr() digits, always with a decimal point or an exponent. */
export function pyFloatRepr(n: number): string {
  if (!Number.isFinite(n)) return pyNumberRepr(n);
  if (n === 0) return Object.is(n, -0) ? '-0.0' : '0.0';
  const abs = Math.abs(n);
  // Between 1e-4 and 1e16 Python's repr and JavaScript's String() both give the shortest round-trip digits
  // in positional form (String() switches to exponents only below 1e-6 or from 1e21).
  if (abs >= 1e-4 && abs < 1e16) {
    const js = String(n);
    return js.includes('.') ? js : js + '.0';
  }
  // Python's repr: exponent notation when the exponent is < -4 or >= 16.
  const [digits = '0', exponentText = '0'] = n.toExponential().split('e');
  const exponent = Number(exponentText);
  return `${digits}e${exponent < 0 ? '-' : '+'}${String(Math.abs(exponent)).padStart(2, '0')}`;
}
