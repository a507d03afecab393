// The arithmetic behind the Trips table's paging, kept apart from React so it is tested on its own.

/** The page numbers (of `pageSize` rows) holding rows first..last, both included. */
export function pagesCovering(first: number, last: number, pageSize: number): number[] {
  const from = Math.floor(Math.max(0, first) / pageSize);
  const to = Math.floor(Math.max(first, last, 0) / pageSize);
  const pages: number[] = [];
  for (let p = from; p <= to; p++) pages.push(p);
  return pages;
}

/**
 * `fn` at once, then at most once per `ms` while calls keep coming, and always with the last arguments once they
 * stop: a jump is answered immediately, a drag asks for a few positions along the way and for the one it ends on.
 */
export function throttleTrailing<A extends unknown[]>(
  fn: (...args: A) => void,
  ms: number,
): (...args: A) => void {
  let last = -Infinity;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pending: A | null = null;
  const fire = (args: A): void => {
    last = Date.now();
    fn(...args);
  };
  return (...args: A) => {
    const wait = last + ms - Date.now();
    if (wait <= 0 && timer === null) return fire(args);
    pending = args;
    timer ??= setTimeout(
      () => {
        timer = null;
        const a = pending!;
        pending = null;
        fire(a);
      },
      Math.max(0, wait),
    );
  };
}
