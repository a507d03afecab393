// The sentences of the sync's bounds, unit by unit (mutation testing: the loopback tests in sync-limits.test.ts
// only ever hit a limit of whole megabytes, and never read the error's kind). The kind must stay 'server': the
// sync's retry rule and the status bar read it, and an empty kind would be retried like a network hiccup.
import { describe, expect, it } from 'vitest';
import {
  bodyTooLargeError,
  tooManyPagesError,
  tooManyRequestsError,
} from '../../src/main/sync/response-limits';
import { translateMessage } from '../../src/shared/i18n';

describe('bodyTooLargeError', () => {
  it('a limit of exactly 1 MiB is said in megabytes, naming origin and path without the query', () => {
    const err = bodyTooLargeError('https://dispatch.example.ch/api/v1/reservations?token=abc', 1024 * 1024);
    expect(err.kind).toBe('server');
    expect(err.userMessage).toEqual({
      key: 'sync.errors.bodyTooLarge',
      params: { megabytes: 1, where: 'https://dispatch.example.ch/api/v1/reservations' },
    });
  });

  it('rounds megabytes down so the sentence stays true', () => {
    const err = bodyTooLargeError('https://dispatch.example.ch/x', 16 * 1024 * 1024 + 900_000);
    expect(err.userMessage.params).toMatchObject({ megabytes: 16 });
  });

  it('a limit under 1 MiB is said in bytes', () => {
    const err = bodyTooLargeError('https://dispatch.example.ch/x', 1024 * 1024 - 1);
    expect(err.kind).toBe('server');
    expect(err.userMessage).toEqual({
      key: 'sync.errors.bodyTooLargeBytes',
      params: { bytes: 1024 * 1024 - 1, where: 'https://dispatch.example.ch/x' },
    });
    expect(translateMessage('en', err.userMessage)).toContain('1,048,575 bytes');
  });
});

describe('page and request bounds', () => {
  it('too many pages is a server error naming the day and both numbers', () => {
    const err = tooManyPagesError('2026-11-20', 100_000_000, 100);
    expect(err.kind).toBe('server');
    expect(err.userMessage).toEqual({
      key: 'sync.errors.tooManyPages',
      params: { totalPages: 100_000_000, day: '2026-11-20', maxPages: 100 },
    });
  });

  it('too many requests is a server error naming the budget', () => {
    const err = tooManyRequestsError(25_000);
    expect(err.kind).toBe('server');
    expect(err.userMessage).toEqual({ key: 'sync.errors.tooManyRequests', params: { maxRequests: 25_000 } });
  });
});
