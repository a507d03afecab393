import { describe, expect, it } from 'vitest';
import { msg } from '../../../src/shared/i18n';
import { errorText, LocalizedError, messageOf } from '../../../src/shared/i18n/localized-error';

describe('errors that carry a Message', () => {
  it('keeps the key and parameters, and the French sentence as message for logs', () => {
    const err = new LocalizedError(msg('sync.errors.listChanging', { day: '2026-03-10', tries: 3 }));
    expect(err.userMessage).toEqual({
      key: 'sync.errors.listChanging',
      params: { day: '2026-03-10', tries: 3 },
    });
    expect(err.message).toMatch(/^La liste des réservations du 2026-03-10 changeait/);
  });
  it('is translated where it is shown, in the reader’s language', () => {
    const err = new LocalizedError(msg('sync.errors.alreadyRunning'));
    expect(errorText('en', err)).toBe('A sync is already running; wait for it to finish.');
    expect(errorText('fr', err)).toBe('Une synchronisation est déjà en cours ; attendez qu’elle se termine.');
  });
  it('is recognised by shape, so a copy from another bundle or a worker still shows its sentence', () => {
    const clone = { name: 'SyncError', message: 'x', userMessage: { key: 'common.retry' } };
    expect(messageOf(clone)).toEqual({ key: 'common.retry' });
    expect(errorText('en', clone)).toBe('Retry');
  });
  it('carries no sentence for plain errors or unknown keys (the caller then says "unexpected error")', () => {
    expect(errorText('fr', new Error('boom'))).toBeNull();
    expect(errorText('fr', { userMessage: { key: 'no.such.key' } })).toBeNull();
    expect(errorText('fr', null)).toBeNull();
    expect(errorText('fr', 'text')).toBeNull();
  });
});
