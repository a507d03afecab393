// A fresh store on a real SQLite file in its own temp folder, with the real migrations applied.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type Store } from '../../src/main/store/open-store';

export interface TestDb extends Store {
  dir: string;
  /** Closes the store and deletes its folder. */
  dispose(): void;
}

export function createTestDb(): TestDb {
  const dir = mkdtempSync(join(tmpdir(), 'da-test-'));
  const store = openStore(join(dir, 'dispatch-analytics.sqlite'));
  return {
    ...store,
    dir,
    dispose() {
      try {
        store.close();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
