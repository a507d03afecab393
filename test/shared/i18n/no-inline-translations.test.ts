// Every text a person reads lives in the catalogue (src/shared/i18n): a sentence picked between two inline
// languages (`ctx.t('…', '…')`, `{ fr: '…', en: '…' }`, `constructor(fr: string, en: string)`) escapes the
// English-typed-against-French check, so a key can go missing in one language unnoticed. So does a ternary on the
// language between two texts (`lang === 'en' ? 'week' : 'semaine'`), and a format placeholder written out in one
// language (« AAAA-MM-JJ » shown to English readers too). This scan fails when such a text comes back anywhere
// else in the sources.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..', '..');
const SCANNED = ['src/main', 'src/shared', 'src/renderer'];
const CATALOGUE = 'src/shared/i18n/';
// The formatters choose per language by design (a locale, a decimal mark): ternaries on the language are theirs.
const FORMATTERS = 'src/shared/format/';

/**
 * Files still allowed to hold pairs, each with the reason. Keep it short: an entry whose file no longer has a
 * pair (or no longer exists) fails the test, so the list only shrinks.
 */
const KNOWN: Record<string, string> = {};

const PATTERNS: { name: string; re: RegExp }[] = [
  { name: 'ctx.t( call', re: /\bctx\.t\(/ },
  { name: 'fr: text', re: /\bfr:\s*[`'"]/ },
  { name: 'en: text', re: /\ben:\s*[`'"]/ },
  { name: 'fr: string parameter', re: /\bfr:\s*string\b/ },
  { name: 'French date placeholder', re: /\b(AAAA|JJ)[-./]MM[-./](JJ|AAAA)\b/ },
  { name: 'placeholder text', re: /\bplaceholder=(["'])(?!https?:\/\/\1)[^"']*\p{L}/u },
];

const LITERAL = String.raw`('[^'\n]*'|"[^"\n]*"|\`[^\`]*\`)`;
/** `lang === 'en' ? '…' : '…'` (also over several lines, as prettier writes a long one), both branches literals. */
const LANG_TERNARY = new RegExp(String.raw`['"](fr|en)['"]\s*\?\s*${LITERAL}\s*:\s*${LITERAL}`, 'g');
/** A branch that only names a language ('en' : 'fr') picks a language, it does not translate. */
const LANGUAGE_CODE = /^['"`](fr|en)['"`]$/;
/** Branches without a letter (`';' : ','`, `'\\u202f:' : ':'`) are typography, not text. */
const hasLetter = (literal: string): boolean => /\p{L}/u.test(literal.replace(/\\u[0-9a-fA-F]{4}|\\./g, ''));

function langTernaries(file: string, text: string): string[] {
  if (file.startsWith(FORMATTERS)) return [];
  return [...text.matchAll(LANG_TERNARY)]
    .filter((m) => !(LANGUAGE_CODE.test(m[2]!) && LANGUAGE_CODE.test(m[3]!)))
    .filter((m) => hasLetter(m[2]!) || hasLetter(m[3]!))
    .map((m) => {
      const line = text.slice(0, m.index).split('\n').length;
      return `${file}:${line} | ternary on the language | ${m[0].replace(/\s+/g, ' ')}`;
    });
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(e.name) ? [path] : [];
  });
}

/** `file:line | pattern | line` for each line of `text` that builds a two-language text inline. */
function inlinePairs(file: string, text: string): string[] {
  const lines = text
    .split('\n')
    .flatMap((line, i) =>
      PATTERNS.filter((p) => p.re.test(line)).map((p) => `${file}:${i + 1} | ${p.name} | ${line.trim()}`),
    );
  return [...lines, ...langTernaries(file, text)];
}

describe('no inline translations outside the catalogue', () => {
  it('recognises every form of inline pair (the scan can fail)', () => {
    const sample = [
      "ctx.out(ctx.t('Bonjour', 'Hello'));",
      "throw Object.assign(new Error('x'), { messages: { fr: 'Non', en: 'No' } });",
      'constructor(fr: string, en: string) {',
      "ctx.out(ctx.text('cli.stop'));",
      '<input placeholder="AAAA-MM-JJ" />',
      "<input placeholder='Rechercher' />",
      '<input placeholder="https://" />',
      "const name = `x_${lang === 'en' ? 'week' : 'semaine'}.xlsx`;",
      "const locale = lang === 'fr'",
      "  ? 'fr-CH'",
      "  : 'en-GB';",
      "const known = lang === 'en' ? 'en' : 'fr';",
      "const colon = lang === 'fr' ? '\\u202f:' : ':';",
    ].join('\n');
    expect(inlinePairs('sample.ts', sample).map((l) => l.split(' | ')[1])).toEqual([
      'ctx.t( call',
      'fr: text',
      'en: text',
      'fr: string parameter',
      'French date placeholder',
      'placeholder text',
      'placeholder text',
      'ternary on the language',
      'ternary on the language',
    ]);
    expect(inlinePairs('src/shared/format/numbers.ts', "lang === 'fr' ? 'fr-CH' : 'en-GB'")).toEqual([]);
  });

  it('finds no pair in src/main, src/shared (outside the catalogue) or src/renderer', () => {
    const found: string[] = [];
    const known = new Set<string>();
    for (const dir of SCANNED) {
      for (const abs of sourceFiles(join(ROOT, dir))) {
        const file = relative(ROOT, abs).split(sep).join('/');
        if (file.startsWith(CATALOGUE)) continue;
        const pairs = inlinePairs(file, readFileSync(abs, 'utf8'));
        if (file in KNOWN) {
          if (pairs.length > 0) known.add(file);
          continue;
        }
        found.push(...pairs);
      }
    }
    // Move each text to src/shared/i18n/{fr,en}/<domain>.ts and use translate / ctx.text / a LocalizedError.
    expect(found).toEqual([]);
    // An exception whose file is gone or clean: delete its line from KNOWN.
    expect(Object.keys(KNOWN).filter((f) => !known.has(f))).toEqual([]);
  });
});
