// The one translation function of the app. Keys are dotted paths into the catalogue ("figures.total_bookings.name");
// parameters use i18next's {{name}} syntax so the renderer (which feeds the same catalogue to i18next) and every
// other surface read the same texts the same way.
// Parameters are inserted as given, never escaped: callers building HTML escape the result themselves, and
// callers pass dates already formatted (src/shared/format). A number a person reads as a quantity is written
// `{{name, number}}` in the catalogue (i18next's built-in format, so the renderer reads it the same way) and is
// then formatted for the reader's language ("100 000 000" in French, "100,000,000" in English); a bare
// `{{name}}` is shown as is (ports, pids, years, ids must not get thousands separators).
import type { Lang } from '../analytics-types';
import { formatInteger, formatNumber } from '../format/numbers';
import { catalogues } from './catalog';
import type { Catalogue, fr } from './catalog';

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/** Every text's key, as a dotted path to a leaf of the catalogue ("trips.outcomes.on_time"). */
export type MessageKey = Leaves<typeof fr>;

/** A parameter: a value shown as is, or a Message translated in the same language (a reason inside a sentence). */
export type MessageParam = string | number | Message;
export type MessageParams = { [name: string]: MessageParam };

/** A text to show later, in the language of whoever reads it: errors and results carry this, not a sentence. */
export interface Message {
  key: MessageKey;
  params?: MessageParams;
}

export type { Catalogue };
export { catalogues };

function flatten(node: unknown, prefix: string, into: Map<string, string>): Map<string, string> {
  for (const [k, v] of Object.entries(node as Record<string, unknown>)) {
    if (typeof v === 'string') into.set(prefix + k, v);
    else flatten(v, `${prefix}${k}.`, into);
  }
  return into;
}

const flat: Record<Lang, Map<string, string>> = {
  fr: flatten(catalogues.fr, '', new Map()),
  en: flatten(catalogues.en, '', new Map()),
};

/** Every key of the catalogue (French, the reference). */
export function messageKeys(): MessageKey[] {
  return [...flat.fr.keys()] as MessageKey[];
}

/** True when s names a text of the catalogue: for keys that arrive as plain strings (zod messages, JSON). */
export function isMessageKey(s: string): s is MessageKey {
  return flat.fr.has(s);
}

const PLACEHOLDER = /\{\{\s*([\w.]+)\s*(?:,\s*(\w+)\s*)?\}\}/g;

/**
 * The text of key in lang with its {{name}} placeholders filled. A placeholder without a value stays as
 * "{{name}}" (like i18next) so the gap shows instead of vanishing. A key unknown at run time (a string that
 * bypassed the type) falls back to French, then to the key itself: a visible, searchable bug, never a crash.
 */
export function translate(lang: Lang, key: MessageKey, params?: MessageParams): string {
  const template = flat[lang]?.get(key) ?? flat.fr.get(key) ?? key;
  if (!params) return template;
  return template.replace(PLACEHOLDER, (whole, name: string, format: string | undefined) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (typeof value === 'object') return translate(lang, value.key, value.params);
    if (format === 'number' && typeof value === 'number' && Number.isFinite(value)) {
      return Number.isInteger(value) ? formatInteger(lang, value) : formatNumber(lang, value);
    }
    return String(value);
  });
}

/** translate() for a Message carried by an error or a result. */
export function translateMessage(lang: Lang, msg: Message): string {
  return translate(lang, msg.key, msg.params);
}

/** Builds a Message; reads better than an object literal at a throw site: msg('sync.errors.auth', { status }). */
export function msg(key: MessageKey, params?: MessageParams): Message {
  return params ? { key, params } : { key };
}
