// Failures of the analytics layer carry a kind (as the API reports it) and a sentence saying what to do, in
// French (the default, `message`) and English (`messages.en`).

export type AnalyticsErrorKind = 'validation' | 'not_found' | 'internal';

export class AnalyticsError extends Error {
  override name = 'AnalyticsError';
  readonly kind: AnalyticsErrorKind;
  readonly messages: { fr: string; en: string };
  constructor(kind: AnalyticsErrorKind, messages: { fr: string; en: string }) {
    super(messages.fr);
    this.kind = kind;
    this.messages = messages;
  }
}

export function invalidInput(fr: string, en: string): AnalyticsError {
  return new AnalyticsError('validation', { fr, en });
}
