// marshmallow's LoginSchema (docs/dispatch-api.md#login): email = Email + Length(5, 254), password = String +
// Length(min=8), unknown keys ignored. Returns the per-field message lists marshmallow would collect.

const USER_PART = /^[-!#$%&'*+/=?^`{}|~\p{L}\p{N}_]+(\.[-!#$%&'*+/=?^`{}|~\p{L}\p{N}_]+)*$/u;
const DOMAIN_PART = /^(?:[A-Z0-9](?:[A-Z0-9-]{0,61}[A-Z0-9])?\.)+[A-Z0-9-]{2,63}$/i;

export function isMarshmallowEmail(value: string): boolean {
  const at = value.lastIndexOf('@');
  if (at <= 0) return false;
  const user = value.slice(0, at);
  const domain = value.slice(at + 1);
  if (!USER_PART.test(user)) return false;
  if (domain === 'localhost') return true;
  return DOMAIN_PART.test(domain) && !domain.endsWith('-');
}

export type FieldErrors = Record<string, string[]>;

export function validateLoginBody(body: unknown): FieldErrors {
  if (body === null || typeof body !== 'object' || Array.isArray(body))
    return { _schema: ['Invalid input type.'] };
  const input = body as Record<string, unknown>;
  const errors: FieldErrors = {};
  const email = stringField(input, 'email', errors);
  if (email !== undefined) {
    const messages: string[] = [];
    if (!isMarshmallowEmail(email)) messages.push('Not a valid email address.');
    if (email.length < 5 || email.length > 254) messages.push('Length must be between 5 and 254.');
    if (messages.length > 0) errors.email = messages;
  }
  const password = stringField(input, 'password', errors);
  if (password !== undefined && password.length < 8) errors.password = ['Shorter than minimum length 8.'];
  return errors;
}

function stringField(input: Record<string, unknown>, key: string, errors: FieldErrors): string | undefined {
  if (!(key in input)) {
    errors[key] = ['Missing data for required field.'];
    return undefined;
  }
  const value = input[key];
  if (value === null) {
    errors[key] = ['Field may not be null.'];
    return undefined;
  }
  if (typeof value !== 'string') {
    errors[key] = ['Not a valid string.'];
    return undefined;
  }
  return value;
}
