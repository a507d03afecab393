// Turns a failed call into the sentence shown to the user. The app words its errors already (in its language);
// the kind-based text is the fallback for errors that carry no usable message.
import type { TFunction } from 'i18next';
import { ApiCallError } from '../../../shared/contract/dispatch-api';
import { isMessageKey } from '../../../shared/i18n';

export function errorText(t: TFunction, error: unknown): string {
  // The page served by `serve` without its session cookie (opened without the link, or `serve` restarted).
  if (error instanceof ApiCallError && error.code === 'unauthorized') return t('errors.noToken');
  // Worded by the HTTP client, which does not know the app's language: translated here, into the page's.
  if (error instanceof ApiCallError && error.key && isMessageKey(error.key))
    return t(error.key, error.params ?? {});
  if (error instanceof ApiCallError) return error.message || t(`errors.${error.kind}`);
  if (error instanceof Error && error.message) return t('common.error', { message: error.message });
  return t('errors.internal');
}
