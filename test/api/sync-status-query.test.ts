import { describe, expect, it } from 'vitest';
import { storedErrorText } from '../../src/main/api/sync-status-query';
import { INTERRUPTED_MESSAGE } from '../../src/main/sync/interrupted-syncs';

describe('a sync_log error for a reader', () => {
  it('translates an interrupted sync into the reader’s language, one language at a time', () => {
    expect(storedErrorText('fr', INTERRUPTED_MESSAGE)).toBe(
      'Synchronisation interrompue (processus arrêté) ; la synchronisation suivante a repris les jours manquants.',
    );
    expect(storedErrorText('en', INTERRUPTED_MESSAGE)).toBe(
      'Sync interrupted (process stopped); the next sync picked up the missing days.',
    );
  });
  it('shows a failure’s own text as written', () => {
    expect(storedErrorText('en', 'reservations 2026-03-10: HTTP 503')).toBe(
      'reservations 2026-03-10: HTTP 503',
    );
  });
});
