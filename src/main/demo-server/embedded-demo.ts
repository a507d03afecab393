// The dispatch server the app talks to while no real one is configured: the demo dataset served in-process on
// a loopback port, through the same sync client as production.
import { createDemoDataset, type DemoDataset } from '../demo/demo-generator';
import { DEFAULT_DEMO_CREDENTIALS } from './demo-account';
import { startDemoServer, type DemoServer } from './demo-server';
import { addDays, instantToLocalDate } from '../../shared/time';

/** Same default seed as `demo seed`, so both give the same demo world. */
export const EMBEDDED_DEMO_SEED = 1;
export const EMBEDDED_DEMO_DAYS = 90;
export const DEMO_TIME_ZONE = 'Europe/Zurich';

/** What a demo server serves: complete days ending yesterday; today and tomorrow are planned and play out with
 * the clock. Shared by the embedded server and `demo-server`. */
export function demoDatasetUpToYesterday(opts: { seed: number; days: number; now: number }): DemoDataset {
  return createDemoDataset({
    seed: opts.seed,
    days: opts.days,
    endDay: addDays(instantToLocalDate(opts.now, DEMO_TIME_ZONE), -1),
    timeZone: DEMO_TIME_ZONE,
  });
}

export async function startEmbeddedDemoServer(opts: {
  now: () => number;
  seed?: number;
  days?: number;
}): Promise<{ server: DemoServer; credentials: { email: string; password: string } }> {
  const seed = opts.seed ?? EMBEDDED_DEMO_SEED;
  const dataset = demoDatasetUpToYesterday({ seed, days: opts.days ?? EMBEDDED_DEMO_DAYS, now: opts.now() });
  const credentials = { ...DEFAULT_DEMO_CREDENTIALS };
  const server = await startDemoServer({
    dataset,
    now: opts.now,
    seed,
    credentials,
    timeZone: DEMO_TIME_ZONE,
  });
  return { server, credentials };
}
