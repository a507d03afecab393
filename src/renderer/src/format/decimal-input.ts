// The text of a decimal input field, in the language's decimal mark: "0,33" in French, "0.33" in English. Typed
// text is read with either mark (a French keyboard's numpad types "."), so no one is refused for the mark.
// Not for display: no thousands separators, and up to 4 decimals so a stored 1/3 is not shown as 0,3.
import type { Lang } from '../../../shared/analytics-types';

export function decimalInputText(lang: Lang, value: number): string {
  const text = String(Number(value.toFixed(4)));
  return lang === 'fr' ? text.replace('.', ',') : text;
}

/** The number typed, or null when the text is empty or not a plain decimal number. */
export function parseDecimalInput(text: string): number | null {
  // Spaces and apostrophes are how Swiss users group thousands ("1 234", "1'234").
  const t = text.trim().replace(/[\s\u00a0\u202f']/g, '');
  if (!/^[-+−]?(\d+([.,]\d*)?|[.,]\d+)$/.test(t)) return null;
  const n = Number(t.replace('−', '-').replace(',', '.'));
  return Number.isFinite(n) ? n : null;
}
