// Plain aligned text tables for the terminal: first column left-aligned, the others right-aligned.

export function renderTable(header: string[], rows: string[][], indent = ''): string[] {
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: string[]) =>
    indent +
    cells
      .map((c, i) =>
        i === 0 ? c.padEnd(widths[i]! + c.length - width(c)) : c.padStart(widths[i]! + c.length - width(c)),
      )
      .join('  ')
      .trimEnd();
  const rule = indent + widths.map((w) => '─'.repeat(w)).join('  ');
  return [line(header), rule, ...rows.map(line)];
}

// Combining marks take no column; everything else we print (Latin, digits, symbols) takes one.
function width(s: string): number {
  return s.normalize('NFC').replace(/\p{M}/gu, '').length;
}
