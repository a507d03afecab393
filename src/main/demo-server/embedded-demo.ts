// The dispatch server the app talks to while no real one is configured: the demo dataset served in-process on
// a loopback port, through the same sync client as production.
import { createDemoDataset } from '../demo/demo-generator';
import { DEFAULT_DEMO_CREDENTIALS } from './demo-account';
import { startDemoServer, type DemoServer } from './demo-server';
import { addDays, instantToLocalDate } from '../analytics/time-zone';

/** Same default seed as `demo seed`, so both give the same demo world. */
export const EMBEDDED_DEMO_SEED = 1;
export const EMBEDDED_DEMO_DAYS = 90;
const TIME_ZONE = 'Europe/Zurich';

export async function startEmbeddedDemoServer(opts: {
  now: () => number;
  seed?: number;
  days?: number;
}): Promise<{ server: DemoServer; credentials: { email: string; password: string } }> {
  const seed = opts.seed ?? EMBEDDED_DEMO_SEED;
  // The dataset's complete days end yesterday; today and tomorrow are planned and play out with the clock.
  const endDay = addDays(instantToLocalDate(opts.now(), TIME_ZONE), -1);
  const dataset = createDemoDataset({
    seed,
    days: opts.days ?? EMBEDDED_DEMO_DAYS,
    endDay,
    timeZone: TIME_ZONE,
  });
  const credentials = { ...DEFAULT_DEMO_CREDENTIALS };
  const server = await startDemoServer({ dataset, now: opts.now, seed, credentials, timeZone: TIME_ZONE });
  return { server, credentials };
}
