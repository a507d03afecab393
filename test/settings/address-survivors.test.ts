// An address with a space (`a b@c.ch`) once passed every address field (a mutation probe): the server then
// refuses it at send time, or a login goes to an account nobody typed. Through the settings' one validator.
import { describe, expect, it } from 'vitest';
import { defaultSettings, validatePatch } from '../../src/main/settings';

const FIELDS = [
  'mail.from',
  'server.email',
  'reports.daily.recipients',
  'reports.weekly.recipients',
] as const;
const patchFor = (field: (typeof FIELDS)[number], value: string) =>
  field === 'server.email' ? { 'server.url': 'https://atmr.example.ch', [field]: value } : { [field]: value };

describe('e-mail address fields', () => {
  for (const field of FIELDS) {
    it(`${field} refuses an address holding a space or a second @`, () => {
      for (const bad of ['a b@c.ch', 'a@b c.ch', ' a@b@c.ch', 'a\tb@c.ch']) {
        expect(validatePatch(defaultSettings(), patchFor(field, bad)).errors[field], bad).toBeDefined();
      }
    });

    it(`${field} takes a plain address`, () => {
      expect(validatePatch(defaultSettings(), patchFor(field, 'chef.dispatch@example.ch')).errors).toEqual(
        {},
      );
    });
  }
});
