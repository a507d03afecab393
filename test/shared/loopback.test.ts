import { describe, expect, it } from 'vitest';
import { isLoopbackHost } from '../../src/shared/loopback';

describe('isLoopbackHost', () => {
  it('is this machine: localhost, 127.0.0.0/8, ::1 with or without brackets', () => {
    for (const h of ['localhost', 'LOCALHOST', '127.0.0.1', '127.1.2.3', '::1', '[::1]']) {
      expect(isLoopbackHost(h), h).toBe(true);
    }
  });
  it('is not: other addresses, look-alike names, wildcard binds', () => {
    for (const h of [
      '0.0.0.0',
      '::',
      '10.0.0.1',
      '127.0.0.1.nip.io',
      'localhost.example',
      '128.0.0.1',
      '127.0.0.256',
      '',
    ]) {
      expect(isLoopbackHost(h), h).toBe(false);
    }
  });
});
