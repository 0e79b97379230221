/**
 * How a Graph API call can fail, and what a failed send means. The distinction that matters most (spec §5, §11.6): when
 * Meta answered with an error code the message was certainly not accepted; after a timeout, a dropped connection or
 * an unreadable answer the send state is unknown, and the Graph API has no idempotency key, so a blind retry can
 * deliver the message twice. Those are reconciled from status webhooks, never resent automatically.
 */
import { describeMetaError, type MetaErrorInfo, retryDelay } from '../../shared/errors/index.ts';

export type GraphFailure =
  | {
      kind: 'graph_error';
      httpStatus: number;
      /** Meta's `error.code`: match on this (and `subcode`), never on `message` (spec §5). */
      code: number;
      subcode?: number;
      message: string;
      /** `error.error_data.details`: Meta's explanation, e.g. which parameter is wrong. */
      details?: string;
      fbtraceId?: string;
      /** From a `Retry-After` header, when Meta sent one. */
      retryAfterMs?: number;
    }
  | { kind: 'timeout' }
  | { kind: 'network'; message: string }
  | { kind: 'malformed'; httpStatus: number; message: string };

export type GraphResult<T> = { ok: true; value: T } | { ok: false; failure: GraphFailure };

export function graphOk<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

export function graphFail(failure: GraphFailure): { ok: false; failure: GraphFailure } {
  return { ok: false, failure };
}

/**
 * True when Meta answered with an error code: the request was refused and nothing was sent. False for timeouts,
 * network errors and answers without a Graph error body (a proxy's 502 page, a 200 we cannot read): Meta may have
 * accepted the message, so the caller must treat the send as unknown rather than failed.
 */
export function isDefinitiveFailure(failure: GraphFailure): boolean {
  return failure.kind === 'graph_error';
}

/** Meta's meaning of the error code (retry rule, effect, alert), or undefined when Meta gave no code. */
export function metaErrorOf(failure: GraphFailure): MetaErrorInfo | undefined {
  return failure.kind === 'graph_error' ? describeMetaError(failure.code) : undefined;
}

/**
 * Milliseconds before a failed send may be retried, or null: do not retry. Only definitive failures are retryable
 * (an unknown send state never is), by the code's rule in shared/errors; a `Retry-After` from Meta lengthens the wait.
 * `attempt` counts retries already made (0 for the first); `random` is Math.random-like, for the jitter.
 */
export function sendRetryDelay(failure: GraphFailure, attempt: number, random: () => number): number | null {
  const info = metaErrorOf(failure);
  if (!info || failure.kind !== 'graph_error') return null;
  const delay = retryDelay(info, attempt, random);
  if (delay === null) return null;
  return Math.max(delay, failure.retryAfterMs ?? 0);
}

/** One line for logs and the doctor command. It never holds the access token (the client scrubs every message). */
export function describeGraphFailure(failure: GraphFailure): string {
  switch (failure.kind) {
    case 'graph_error': {
      const code = failure.subcode === undefined ? `${failure.code}` : `${failure.code}/${failure.subcode}`;
      const details = failure.details ? ` (${failure.details})` : '';
      const trace = failure.fbtraceId ? ` [fbtrace_id ${failure.fbtraceId}]` : '';
      return `Graph API error ${code} (HTTP ${failure.httpStatus}): ${failure.message}${details}${trace}`;
    }
    case 'timeout':
      return 'The Graph API did not answer in time.';
    case 'network':
      return `The Graph API could not be reached: ${failure.message}`;
    case 'malformed':
      return `The Graph API answered HTTP ${failure.httpStatus} with an unexpected body: ${failure.message}`;
  }
}
