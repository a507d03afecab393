// What a benchmark is: a name to pick it with (`npm run bench -- <name>`) and a run that prints its figures.

export interface Benchmark {
  name: string;
  description: string;
  run(log: (line: string) => void): Promise<void> | void;
}

/** Median wall time in ms of `runs` calls of `fn`, after one warm-up call. */
export function medianMs(fn: () => unknown, runs: number): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const mid = Math.floor(times.length / 2);
  return times.length % 2 ? times[mid]! : (times[mid - 1]! + times[mid]!) / 2;
}

export function timeMs<T>(fn: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = fn();
  return { ms: performance.now() - start, value };
}
