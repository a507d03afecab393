// Maps anything thrown below the API to an ApiError with a kind and a sentence. Our modules'
// errors carry a `kind` and a `userMessage` (catalogue key + parameters: SyncError, AnalyticsError…), translated
// here into the caller's language; their kinds fold into the four API kinds, and the original kind is kept as
// `code` so the UI can act on it (e.g. 'auth' → open settings).
import { ZodError } from 'zod';
import type { ApiError, ApiErrorKind } from '../../shared/contract/channels';
import type { Lang } from '../../shared/analytics-types';
import { translate } from '../../shared/i18n';
import { errorText } from '../../shared/i18n/localized-error';

const KIND_BY_MODULE_KIND: Record<string, ApiErrorKind> = {
  validation: 'validation',
  not_found: 'not_found',
  external: 'external',
  // SyncError kinds
  offline: 'external',
  auth: 'external',
  'rate-limited': 'external',
  server: 'external',
  payload: 'external',
  cancelled: 'external',
  'already-running': 'validation',
  config: 'validation',
  // ExportError kinds
  conflict: 'validation',
  io: 'external',
  // StoreError kinds: the machine's disk or file, not a bug of ours; each sentence says what to do.
  'store-read-only': 'external',
  'store-full': 'external',
  'store-corrupt': 'external',
  'store-newer': 'external',
  'store-migration': 'external',
  'store-restoring': 'validation',
};

type Issue = ZodError['issues'][number];

// A union's own issue only says "Invalid input": report the branch that came closest (fewest issues) instead.
function flattenIssues(
  issues: readonly Issue[],
  prefix: readonly PropertyKey[] = [],
): Array<{ path: PropertyKey[]; message: string }> {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const closest = [...issue.errors].sort((a, b) => a.length - b.length)[0]!;
      if (closest.length > 0) return flattenIssues(closest, path);
    }
    return [{ path, message: issue.message }];
  });
}

/** Lists zod issues as `path: message`, for the validation error's sentence. */
export function describeZodIssues(error: ZodError): string {
  return flattenIssues(error.issues)
    .slice(0, 5)
    .map((i) => (i.path.length ? `${i.path.map(String).join('.')}: ${i.message}` : i.message))
    .join('; ');
}

export function validationError(channel: string, error: ZodError, lang: Lang): ApiError {
  return {
    kind: 'validation',
    message: translate(lang, 'api.invalidInput', { channel, details: describeZodIssues(error) }),
  };
}

function localized(err: Error, lang: Lang): string {
  return errorText(lang, err) ?? err.message;
}

/**
 * Errors that carry a known kind keep their own sentence; network failures become `external`; anything else
 * is `internal` with a generic sentence (its details go to `log`, never to the UI).
 */
export function toApiError(err: unknown, lang: Lang, log: (e: unknown) => void = () => {}): ApiError {
  if (err instanceof ZodError) return { kind: 'validation', message: describeZodIssues(err) };
  if (err instanceof Error) {
    const moduleKind = (err as { kind?: unknown }).kind;
    const kind = typeof moduleKind === 'string' ? KIND_BY_MODULE_KIND[moduleKind] : undefined;
    if (kind) return { kind, code: String(moduleKind).replace(/-/g, '_'), message: localized(err, lang) };
    if (isNetworkError(err))
      return { kind: 'external', code: 'offline', message: translate(lang, 'api.offline') };
  }
  log(err);
  return { kind: 'internal', message: translate(lang, 'api.internal') };
}

function isNetworkError(err: Error): boolean {
  const own = (err as { code?: unknown }).code;
  const cause = (err as { cause?: { code?: unknown } }).cause?.code;
  const code = typeof own === 'string' ? own : cause;
  return (
    (err.name === 'TypeError' && err.message === 'fetch failed') ||
    (typeof code === 'string' &&
      ['ECONNREFUSED', 'ENOTFOUND', 'ECONNRESET', 'ETIMEDOUT', 'EAI_AGAIN'].includes(code))
  );
}
