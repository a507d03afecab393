// The typed client the UI calls, whatever the transport. Kept free of runtime imports (types only) so the
// sandboxed preload can bundle it.
import type { ApiEventPayload, ApiInput, ApiOutput } from '../api-contract';
import {
  API_CHANNELS,
  API_METHOD_BY_CHANNEL,
  type ApiChannel,
  type ApiError,
  type ApiEventName,
  type ApiResult,
} from './channels';

type MethodsOf = {
  [C in ApiChannel as (typeof API_METHOD_BY_CHANNEL)[C]]: undefined extends ApiInput<C>
    ? (input?: ApiInput<C>) => Promise<ApiResult<ApiOutput<C>>>
    : (input: ApiInput<C>) => Promise<ApiResult<ApiOutput<C>>>;
};

export interface DispatchApi extends MethodsOf {
  /** Calls a channel by name; resolves with the result envelope, never rejects for an API failure. */
  invoke<C extends ApiChannel>(channel: C, input?: ApiInput<C>): Promise<ApiResult<ApiOutput<C>>>;
  /** Subscribes to an app event; returns the function that unsubscribes. */
  on<E extends ApiEventName>(event: E, listener: (payload: ApiEventPayload<E>) => void): () => void;
}

export type RawInvoke = (channel: ApiChannel, input: unknown) => Promise<ApiResult<unknown>>;
export type RawSubscribe = (event: ApiEventName, listener: (payload: unknown) => void) => () => void;

/** Builds the typed client over a transport's two primitives. */
export function createDispatchApi(invoke: RawInvoke, subscribe: RawSubscribe): DispatchApi {
  const api: Record<string, unknown> = {
    invoke: (channel: ApiChannel, input?: unknown) => invoke(channel, input),
    on: (event: ApiEventName, listener: (payload: unknown) => void) => subscribe(event, listener),
  };
  for (const channel of API_CHANNELS) {
    api[API_METHOD_BY_CHANNEL[channel]] = (input?: unknown) => invoke(channel, input);
  }
  return api as unknown as DispatchApi;
}

/** Thrown by unwrapResult, for callers (react-query) that prefer exceptions to envelopes. */
export class ApiCallError extends Error {
  override name = 'ApiCallError';
  readonly kind: ApiError['kind'];
  readonly code: string | undefined;
  /** the catalogue key and parameters of the message, when it was worded without the app's language */
  readonly key: string | undefined;
  readonly params: Record<string, string | number> | undefined;
  constructor(error: ApiError) {
    super(error.message);
    this.kind = error.kind;
    this.code = error.code;
    this.key = error.key;
    this.params = error.params;
  }
}

export function unwrapResult<T>(result: ApiResult<T>): T {
  if (result.ok) return result.data;
  throw new ApiCallError(result.error);
}
