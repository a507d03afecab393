// The reference server's error bodies (docs/dispatch-api.md#errors). Which one a client gets depends on the
// mode: in production restx swallows JWT errors and crashes alike into a bare 500.
import type { ServerContext } from './context';
import { flaskReply, restxReply, type Reply } from './types';

export const INTERNAL_SERVER_ERROR = { message: 'Internal Server Error' };

/** Unhandled exception inside a restx route: production 500, dev 500 with the exception text. */
export function crashReply(ctx: ServerContext, exceptionText: string): Reply {
  return ctx.mode === 'production'
    ? restxReply(500, INTERNAL_SERVER_ERROR)
    : flaskReply(500, { error: 'server_error', message: exceptionText });
}

/** A JWT loader's answer; restx routes in production turn it into the bare 500. */
export function tokenErrorReply(
  ctx: ServerContext,
  status: 401 | 422,
  body: unknown,
  restxRoute: boolean,
): Reply {
  return restxRoute && ctx.mode === 'production'
    ? restxReply(500, INTERNAL_SERVER_ERROR)
    : flaskReply(status, body);
}

export function urlNotFoundReply(): Reply {
  return flaskReply(404, {
    error: 'Not Found',
    message:
      'The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again.',
  });
}

/** `ns.abort(404, message)` inside a restx route: restx appends its difflib "did you mean" hint. */
export function restxNotFoundReply(message: string, path: string, didYouMean: string[]): Reply {
  return restxReply(404, {
    message: `${message}. You have requested this URI [${path}] but did you mean ${didYouMean.join(' or ')} ?`,
  });
}

export function methodNotAllowedReply(): Reply {
  return restxReply(405, { message: 'The method is not allowed for the requested URL.' });
}

export const MAINTENANCE_BODY = { error: 'Service en maintenance', message: 'Merci de réessayer plus tard' };
