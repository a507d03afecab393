// Settings as text for `settings get/set`: one `key=value` per line, values written so that `settings set`
// reads them back (dot decimals, empty = none). Parsing follows the field's type; what does not parse is passed
// on as it is, so the field's own rule refuses it with its own message.
import type { SettingsLeaf } from './schema-walk';

const TRUE = new Set(['true', 'yes', 'oui', 'on', '1']);
const FALSE = new Set(['false', 'no', 'non', 'off', '0']);

export function parseCliValue(leaf: SettingsLeaf, text: string): unknown {
  const t = text.trim();
  if (leaf.nullable && (t === '' || t === 'null')) return null;
  switch (leaf.kind) {
    case 'integer':
    case 'number': {
      // "0,33" as typed by a French speaker is 0.33; "1 234" or "1'234" keep their thousands apart.
      const n = Number(t.replace(/[\s\u00a0\u202f']/g, '').replace(',', '.'));
      return t !== '' && Number.isFinite(n) ? n : t;
    }
    case 'boolean':
      return TRUE.has(t.toLowerCase()) ? true : FALSE.has(t.toLowerCase()) ? false : t;
    default:
      return t;
  }
}

export function formatCliValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  // A tab (exports.csvDelimiter) is shown as `settings set` takes it back.
  if (value === '\t') return 'tab';
  return typeof value === 'string' ? value : JSON.stringify(value);
}
