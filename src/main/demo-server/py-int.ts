// Python's int(str) for query parameters: surrounding whitespace, a sign, digits with single underscores.
// Anything else raises ValueError, which the reference routes turn into a 500.

export function pyInt(text: string): number | null {
  const m = /^\s*([+-]?)(\d+(?:_\d+)*)\s*$/.exec(text);
  if (!m) return null;
  const value = Number((m[2] ?? '').replace(/_/g, ''));
  return m[1] === '-' ? -value : value;
}

export function valueErrorText(text: string): string {
  return `invalid literal for int() with base 10: '${text}'`;
}
