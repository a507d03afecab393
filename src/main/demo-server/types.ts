// Shapes shared by the demo server's files.
import type { CompanyRecord, DayBatch, DriverRecord } from '../domain/records';
import type { IsoDate } from '../../shared/analytics-types';

/** Structural twin of demo/demo-generator.ts's DemoDataset, so tests can hand the server small fixtures. */
export interface DemoDatasetLike {
  company: CompanyRecord;
  drivers: DriverRecord[];
  /** oldest → newest; the last one is the dataset's endDay */
  days: IsoDate[];
  dayBatch(day: IsoDate): DayBatch;
}

export type ServerMode = 'production' | 'dev';

/** How a body is written (docs/dispatch-api.md#json-bodies): restx resources or Flask's JSON provider. */
export type BodyStyle = 'restx' | 'flask';

export interface Reply {
  status: number;
  style: BodyStyle | 'raw';
  /** JSON value for restx/flask; a string for raw */
  body?: unknown;
  /** the body already written in `style` (a kept answer): sent as is */
  json?: string;
  contentType?: string;
  headers?: Record<string, string>;
}

export const restxReply = (status: number, body: unknown): Reply => ({ status, style: 'restx', body });
export const flaskReply = (status: number, body: unknown): Reply => ({ status, style: 'flask', body });

export interface DemoRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Record<string, string | string[] | undefined>;
  clientAddress: string;
  /** raw request body (only read for POST) */
  body: Buffer;
}
