// Failures of the analytics layer carry a kind (as the API reports it) and a Message (catalogue key + parameters,
// domain "analytics.errors") saying what to do, translated where it is shown.
import { msg, type MessageKey, type MessageParams, type Message } from '../../shared/i18n';
import { LocalizedError } from '../../shared/i18n/localized-error';

export type AnalyticsErrorKind = 'validation' | 'not_found' | 'internal';

export class AnalyticsError extends LocalizedError {
  override name = 'AnalyticsError';
  readonly kind: AnalyticsErrorKind;
  constructor(kind: AnalyticsErrorKind, userMessage: Message) {
    super(userMessage);
    this.kind = kind;
  }
}

export function invalidInput(key: MessageKey, params?: MessageParams): AnalyticsError {
  return new AnalyticsError('validation', msg(key, params));
}
