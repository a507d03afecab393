// Builders of settings fields. Every field has a default (a stored value that fails its rule reads as the default)
// and its error messages are catalogue keys (`settings.errors.*`), translated where they are shown. The bounds
// ride along as metadata so a message can say "between 7 and 1830" without repeating the numbers.
import { z } from 'zod';
import type { MessageKey } from '../../shared/i18n';
import { isTimeZone } from '../../shared/time';

/** The catalogue keys of field errors (src/shared/i18n, settings.errors.*). */
export type SettingsErrorKey = Extract<MessageKey, `settings.errors.${string}`>;

/** Metadata read back by the validation: bounds for the messages, and how the CLI parses a value. */
export interface FieldMeta {
  min?: number;
  max?: number;
  /** the value is an IANA time zone */
  zone?: boolean;
  /** not settable by `settings set` (kept by the app itself, e.g. the window's position) */
  internal?: boolean;
}

/** A whole number in [min, max]. */
export function intField(min: number, max: number, fallback: number) {
  const message = 'settings.errors.integerRange' satisfies SettingsErrorKey;
  return z
    .number({ error: message })
    .int({ message })
    .min(min, { message })
    .max(max, { message })
    .default(fallback)
    .meta({ min, max } satisfies FieldMeta);
}

/** A finite number in [min, max]; decimals allowed. */
export function numberField(min: number, max: number, fallback: number) {
  const message = 'settings.errors.numberRange' satisfies SettingsErrorKey;
  return z
    .number({ error: message })
    .min(min, { message })
    .max(max, { message })
    .default(fallback)
    .meta({ min, max } satisfies FieldMeta);
}

export function choiceField<const T extends readonly [string, ...string[]]>(values: T, fallback: T[number]) {
  return z.enum(values, { error: 'settings.errors.badChoice' satisfies SettingsErrorKey }).default(fallback);
}

export function booleanField(fallback: boolean | (() => boolean)) {
  const base = z.boolean({ error: 'settings.errors.notBoolean' satisfies SettingsErrorKey });
  // The two branches only pick zod's overload for the type checker: both hand `fallback` to default().
  // Stryker disable next-line all: equivalent — both branches make the same call at run time
  return typeof fallback === 'function' ? base.default(fallback) : base.default(fallback);
}

/** An IANA time zone name (Europe/Zurich). */
export function timeZoneField(fallback: string) {
  const message = 'settings.errors.badZone' satisfies SettingsErrorKey;
  return z
    .string({ error: message })
    .max(100, { message })
    .refine(isTimeZone, { message })
    .default(fallback)
    .meta({ zone: true } satisfies FieldMeta);
}

// One rule for every entry point (settings, `sync --email`): something@something, no spaces.
const EMAIL = /^[^\s@]+@[^\s@]+$/;

export function isValidEmail(email: string): boolean {
  return email.length <= 320 && EMAIL.test(email);
}
