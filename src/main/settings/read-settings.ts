// The one place settings are read and written. A row is validated field by field against its section schema: a
// hand-edited, older or mistyped field falls back to its default without dropping the fields next to it, and
// fields this version does not know are ignored. Secrets are never here (src/main/secrets).
import type { z } from 'zod';
import type { Db } from '../store/open-store';
import { getSetting, setSetting } from '../store/repos/settings-repo';
import {
  SETTINGS_SECTION_NAMES,
  SETTINGS_SECTIONS,
  type Settings,
  type SettingsSectionName,
} from './registry';
import { objectShape } from './schema-walk';

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function readObject(shape: Record<string, z.ZodType>, stored: unknown): Record<string, unknown> {
  const record = isRecord(stored) ? stored : {};
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(shape)) {
    const inner = objectShape(field);
    if (inner) {
      out[key] = readObject(inner, record[key]);
      continue;
    }
    const parsed = field.safeParse(record[key]);
    out[key] = parsed.success ? parsed.data : field.parse(undefined);
  }
  return out;
}

/** A section's stored value (any JSON) read field by field; anything unreadable becomes the default. */
export function sectionFrom<K extends SettingsSectionName>(name: K, stored: unknown): Settings[K] {
  return readObject(SETTINGS_SECTIONS[name].shape, stored) as Settings[K];
}

/** The defaults of every section, as a store with no settings reads. */
export function defaultSettings(): Settings {
  return Object.fromEntries(SETTINGS_SECTION_NAMES.map((n) => [n, sectionFrom(n, undefined)])) as Settings;
}

export function readSection<K extends SettingsSectionName>(db: Db, name: K): Settings[K] {
  return sectionFrom(name, getSetting<unknown>(db, name, null));
}

export function readSettings(db: Db): Settings {
  return Object.fromEntries(SETTINGS_SECTION_NAMES.map((n) => [n, readSection(db, n)])) as Settings;
}

/** Writes the given sections (whole), in one transaction. Callers validate first (settings-patch.ts). */
export function writeSettings(db: Db, sections: Partial<Settings>, now: number): void {
  db.transaction((tx) => {
    for (const [key, value] of Object.entries(sections)) {
      if (value !== undefined) setSetting(tx as unknown as Db, key, value, now);
    }
  });
}
