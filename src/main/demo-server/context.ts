// Everything a route handler reads, built once by startDemoServer.
import type { DemoAccount } from './demo-account';
import type { DayStore } from './day-store';
import type { SettledReplies } from './settled-replies';
import type { DemoDatasetLike, ServerMode } from './types';

export interface ServerContext {
  mode: ServerMode;
  now: () => number;
  /** zone of naive booking times and of "today" (Europe/Zurich) */
  timeZone: string;
  /** Postgres session zone used for timestamptz isoformat(): UTC in production, Europe/Zurich in dev */
  dbZone: string;
  seed: number;
  account: DemoAccount;
  secret: string;
  tokenTtlSeconds: number;
  refreshTtlSeconds: number;
  dataset: DemoDatasetLike;
  store: DayStore;
  /** written answers of past days, kept */
  replies: SettledReplies;
  /** epoch ms; company and account creation, before the first dataset day */
  companyCreatedAt: number;
  /** increments per request; drives the driver list's unstable order */
  requestNumber: number;
}
