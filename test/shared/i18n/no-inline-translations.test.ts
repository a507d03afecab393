// Every text a person reads lives in the catalogue (src/shared/i18n): a sentence picked between two inline
// languages (`ctx.t('…', '…')`, `{ fr: '…', en: '…' }`, `constructor(fr: string, en: string)`) escapes the
// English-typed-against-French check, so a key can go missing in one language unnoticed. This scan fails when
// such a pair comes back anywhere else in the sources.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..', '..');
const SCANNED = ['src/main', 'src/shared', 'src/renderer'];
const CATALOGUE = 'src/shared/i18n/';

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
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(e.name) ? [path] : [];
  });
}

/** `file:line | pattern | line` for each line of `text` that builds a two-language text inline. */
function inlinePairs(file: string, text: string): string[] {
  return text
    .split('\n')
    .flatMap((line, i) =>
      PATTERNS.filter((p) => p.re.test(line)).map((p) => `${file}:${i + 1} | ${p.name} | ${line.trim()}`),
    );
}

describe('no inline translations outside the catalogue', () => {
  it('recognises every form of inline pair (the scan can fail)', () => {
    const sample = [
      "ctx.out(ctx.t('Bonjour', 'Hello'));",
      "throw Object.assign(new Error('x'), { messages: { fr: 'Non', en: 'No' } });",
      'constructor(fr: string, en: string) {',
      "ctx.out(ctx.text('cli.stop'));",
    ].join('\n');
    expect(inlinePairs('sample.ts', sample).map((l) => l.split(' | ')[1])).toEqual([
      'ctx.t( call',
      'fr: text',
      'en: text',
      'fr: string parameter',
    ]);
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
