// The docs/ pages are the definitions code comments point at (`docs/analytics.md#on-time-rate`). A renamed
// anchor or a comment citing a file that is not in the repository leaves the reader with a dead end, so both
// are checked here, over every source, test, benchmark and browser-test file.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
const SCANNED = ['src', 'test', 'bench', 'e2e'];
const DOC_LINK = /docs\/([\w-]+\.md)(?:#([\w-]+))?/g;
// Design notes that were never part of the repository, and paths of one machine.
const DEAD_CITATIONS = /ANALYTICS\.md|atmr-v1\.md|notes\/interfaces\.md|\/work\//;

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(ts|tsx|mts|mjs)$/.test(entry.name)) out.push(path);
  }
  return out;
}

/** The explicit anchors of a page (`<a id="…">`), the ones comments link to. */
function anchorsOf(markdown: string): Set<string> {
  return new Set([...markdown.matchAll(/<a id="([\w-]+)"><\/a>/g)].map((m) => m[1]!));
}

/** Links `docs/<page>#<anchor>` in a text, with the line they are on. */
function docLinks(text: string): Array<{ page: string; anchor: string | null; line: number }> {
  const out: Array<{ page: string; anchor: string | null; line: number }> = [];
  text.split('\n').forEach((lineText, i) => {
    for (const m of lineText.matchAll(DOC_LINK)) out.push({ page: m[1]!, anchor: m[2] ?? null, line: i + 1 });
  });
  return out;
}

const files = SCANNED.flatMap((d) => sourceFiles(join(ROOT, d)));
const THIS_FILE = relative(ROOT, __filename);

describe('links from code comments to docs/', () => {
  it('finds the anchors and links it checks (the checks below can fail)', () => {
    expect([...anchorsOf('x <a id="on-time-rate"></a>\n## 7. On-time rate')]).toEqual(['on-time-rate']);
    expect(docLinks('// see docs/analytics.md#delay and docs/dispatch-api.md.')).toEqual([
      { page: 'analytics.md', anchor: 'delay', line: 1 },
      { page: 'dispatch-api.md', anchor: null, line: 1 },
    ]);
    expect(DEAD_CITATIONS.test('// (atmr-v1.md §4)')).toBe(true);
  });

  it('points every docs/… link at a page and an anchor that exist', () => {
    const pages = new Map<string, Set<string> | null>();
    const broken: string[] = [];
    let links = 0;
    for (const file of files) {
      for (const link of docLinks(readFileSync(file, 'utf8'))) {
        links++;
        if (!pages.has(link.page)) {
          let text: string | null = null;
          try {
            text = readFileSync(join(ROOT, 'docs', link.page), 'utf8');
          } catch {
            /* reported below */
          }
          pages.set(link.page, text === null ? null : anchorsOf(text));
        }
        const anchors = pages.get(link.page);
        const where = `${relative(ROOT, file)}:${link.line}`;
        if (!anchors) broken.push(`${where}: docs/${link.page} does not exist`);
        else if (link.anchor !== null && !anchors.has(link.anchor))
          broken.push(`${where}: docs/${link.page} has no anchor #${link.anchor}`);
      }
    }
    expect(broken).toEqual([]);
    expect(links).toBeGreaterThan(20);
  });

  it('cites no design note outside the repository and no machine path', () => {
    const dead = files
      .filter((f) => relative(ROOT, f) !== THIS_FILE)
      .flatMap((f) =>
        readFileSync(f, 'utf8')
          .split('\n')
          .map((text, i) => ({ where: `${relative(ROOT, f)}:${i + 1}`, text }))
          .filter((l) => DEAD_CITATIONS.test(l.text)),
      )
      .map((l) => `${l.where}: ${l.text.trim()}`);
    expect(dead).toEqual([]);
  });
});
