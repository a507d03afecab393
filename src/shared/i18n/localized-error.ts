// Errors that reach a person carry a Message (catalogue key + parameters), not a sentence: the sentence is made
// where the error is shown, in the language of whoever reads it (API caller, CLI --lang, the window's language).
import type { Lang } from '../analytics-types';
import { isMessageKey, translate, type Message } from './index';

/** Base of every error whose text a person reads. `message` is the French text, for logs and stack traces. */
export class LocalizedError extends Error {
  readonly userMessage: Message;
  constructor(userMessage: Message, options?: { cause?: unknown }) {
    super(translate('fr', userMessage.key, userMessage.params), options);
    this.userMessage = userMessage;
  }
}

/**
 * The Message an error carries, or null. Duck-typed on purpose: errors cross module copies (worker threads,
 * bundles) where instanceof fails, and a key that is not in the catalogue is treated as no message at all.
 */
export function messageOf(err: unknown): Message | null {
  if (!err || typeof err !== 'object' || !('userMessage' in err)) return null;
  const m = (err as { userMessage?: unknown }).userMessage;
  if (!m || typeof m !== 'object') return null;
  const { key, params } = m as { key?: unknown; params?: unknown };
  if (typeof key !== 'string' || !isMessageKey(key)) return null;
  return params && typeof params === 'object' ? { key, params: params as Message['params'] } : { key };
}

/** The sentence an error carries for this reader, or null when it carries none (then say "unexpected error"). */
export function errorText(lang: Lang, err: unknown): string | null {
  const m = messageOf(err);
  if (m) return translate(lang, m.key, m.params);
  return legacyText(lang, err);
}

/**
 * Transitional: errors merged after the catalogue that still carry `messages: { fr, en }` (MailConfigError, the
 * report handlers' error). Move them to LocalizedError, then delete this.
 */
function legacyText(lang: Lang, err: unknown): string | null {
  if (!err || typeof err !== 'object' || !('messages' in err)) return null;
  const m = (err as { messages?: Partial<Record<Lang, unknown>> }).messages;
  const text = m?.[lang] ?? m?.fr;
  return typeof text === 'string' && text ? text : null;
}
