// Fetches items with up to `concurrency` requests in flight while the consumer takes results strictly in order:
// the network is the slow part of a sync, SQLite writes are fast and must stay sequential (one writer).
// Fetching never runs more than `concurrency` items ahead of the consumer, so memory stays bounded.

export interface OrderedPrefetch<T> {
  /** the result of item i (call with i = 0, 1, 2… in order) */
  take(index: number): Promise<T>;
  /** stop starting new fetches; results already in flight are swallowed */
  stop(): void;
}

export function orderedPrefetch<I, T>(
  items: readonly I[],
  concurrency: number,
  fetchOne: (item: I, index: number) => Promise<T>,
): OrderedPrefetch<T> {
  const results = new Map<number, Promise<T>>();
  let next = 0;
  let stopped = false;
  const limit = Math.max(1, concurrency);

  function fill(consumerAt: number): void {
    while (!stopped && next < items.length && next < consumerAt + limit) {
      const index = next++;
      const p = fetchOne(items[index]!, index);
      // Never an unhandled rejection for a result nobody takes after stop().
      p.catch(() => {});
      results.set(index, p);
    }
  }

  return {
    take(index) {
      fill(index);
      const p = results.get(index);
      if (!p) return Promise.reject(new Error(`orderedPrefetch: item ${index} was not started`));
      results.delete(index);
      // Start the next one as soon as this slot frees up, before the consumer finishes with this result.
      return p.finally(() => fill(index + 1));
    },
    stop() {
      stopped = true;
    },
  };
}
