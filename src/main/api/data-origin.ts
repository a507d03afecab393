// Whether the figures on screen are the built-in demo's, and whose company they are: every screen says so, so
// demo figures never pass for real ones — in particular after a switch to a real server that failed (the demo
// data then stays, by design: see store/repos/data-source-repo.ts), where the configured source already says
// "server" but the store still holds the demo.
import type { Db } from '../store/open-store';
import { getCompany } from '../store/repos/company-repo';
import { recordedDataSource } from '../store/repos/data-source-repo';
import { DEMO_COMPANY_NAME } from '../demo/demo-world';

export interface DataOrigin {
  /** the store holds the built-in demo's data (embedded demo server, or `demo seed`) */
  demo: boolean;
  /** the store's company, as its server named it; null on an empty store */
  company: string | null;
}

export function dataOrigin(db: Db): DataOrigin {
  const company = getCompany(db);
  const recorded = recordedDataSource(db);
  // A store filled by `demo seed` records no source: its company tells.
  const demo =
    recorded === 'demo' || (recorded === null && company !== null && company.name === DEMO_COMPANY_NAME);
  return { demo: company !== null && demo, company: company?.name ?? null };
}
