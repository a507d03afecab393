// Settings as JSON values by key ('analytics', 'server', 'sync', 'ui'). Never a secret: passwords live in the
// secret store and only their key name may appear here.
import { eq } from 'drizzle-orm';
import type { Db } from '../open-store';
import { settings } from '../schema';

/** The stored value, or `fallback` when the key is missing or its JSON is unreadable. */
export function getSetting<T>(db: Db, key: string, fallback: T): T {
  const row = db.select({ value: settings.value }).from(settings).where(eq(settings.key, key)).get();
  if (!row) return fallback;
  try {
    return JSON.parse(row.value) as T;
  } catch {
    return fallback;
  }
}

export function setSetting(db: Db, key: string, value: unknown, now: number): void {
  const json = JSON.stringify(value ?? null);
  db.insert(settings)
    .values({ key, value: json, updatedAt: now })
    .onConflictDoUpdate({ target: settings.key, set: { value: json, updatedAt: now } })
    .run();
}
