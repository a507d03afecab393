// `npm run bench` runs every benchmark; `npm run bench -- store` only those whose name contains "store".
// Timings are printed, never asserted: they depend on the machine.
import { BENCHMARKS } from './benchmarks';

async function main(): Promise<number> {
  const filters = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const selected = filters.length
    ? BENCHMARKS.filter((b) => filters.some((f) => b.name.includes(f)))
    : BENCHMARKS;
  if (selected.length === 0) {
    console.error(
      `No benchmark matches ${filters.join(', ')}. Known: ${BENCHMARKS.map((b) => b.name).join(', ')}.`,
    );
    return 2;
  }
  for (const b of selected) {
    console.log(`▶ ${b.name} — ${b.description}`);
    await b.run((line) => console.log(`  ${line}`));
  }
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  },
);
