// Reads the 'mail' and 'reports' sections from the settings table. A stored field that no longer validates
// falls back to its default (a hand-edited row must not stop the reports), field by field.
// To be replaced by the shared settings reader once it lands on main.
import type { z } from 'zod';
import type { Db } from '../../store/open-store';
import { getSetting } from '../../store/repos/settings-repo';
import { mailSettingsSchema, type MailSettings } from './mail';
import { reportsSettingsSchema, type ReportsSettings } from './reports';

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function parseLenient<S extends z.ZodObject>(schema: S, stored: unknown): z.infer<S> {
  const full = schema.safeParse(stored ?? {});
  if (full.success) return full.data;
  const out: Record<string, unknown> = {};
  const record = isRecord(stored) ? stored : {};
  for (const [key, field] of Object.entries(schema.shape) as [string, z.ZodType][]) {
    const one = field.safeParse(record[key]);
    out[key] = one.success ? one.data : field.parse(undefined);
  }
  return out as z.infer<S>;
}

export function readMailSettings(db: Db): MailSettings {
  return parseLenient(mailSettingsSchema, getSetting<unknown>(db, 'mail', null));
}

export function readReportsSettings(db: Db): ReportsSettings {
  return parseLenient(reportsSettingsSchema, getSetting<unknown>(db, 'reports', null));
}
