/**
 * Fault injection for the simulated platform's send route (`POST /{version}/{phone-number-id}/messages`): a queue of
 * faults, each consumed by the next send request, to exercise what the companion does when the Graph API misbehaves
 * (spec §5, §11.6). Also a log of every send request the platform received, so a test can prove a send was never
 * repeated.
 * - `http5xx`: a proxy's HTML error page (default HTTP 502), no Graph error JSON — the send state is unknown;
 * - `timeout`: no answer at all; the request is held until the client gives up (aborts), the platform closes, or
 *   60 s pass (then 504), so a held request never keeps the process alive;
 * - `graph_error`: Meta's error JSON with that code (HTTP 400 unless `httpStatus`), nothing accepted;
 * - `malformed`: HTTP 200 whose body is JSON but not Meta's send response;
 * - `accept_then_lose`: the message is accepted (its status webhooks follow as usual) but the answer is lost: an
 *   HTML 504 (`lose: 'http504'`, the default) or the connection dropped without an answer (`lose: 'drop'`).
 */
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { GraphFailure } from './graph-errors.ts';
import type { SandboxPlatformState } from './platform-state.ts';

export const FAULT_KINDS = ['http5xx', 'timeout', 'graph_error', 'malformed', 'accept_then_lose'] as const;

export type Fault =
  | { kind: 'http5xx'; httpStatus?: 500 | 502 | 503 | 504 }
  | { kind: 'timeout' }
  | { kind: 'graph_error'; code: number; httpStatus?: number; message?: string; details?: string }
  | { kind: 'malformed' }
  | { kind: 'accept_then_lose'; lose?: 'http504' | 'drop' };

/** One send request as the platform received it. */
export interface SendRequestRecord {
  at: number;
  /** The `to`/`recipient` of the request body, when readable. */
  to: string | null;
  /** The companion puts its own message id here; status webhooks echo it. */
  bizOpaqueCallbackData: string | null;
  /** The fault this request consumed, or null when it was served normally. */
  fault: Fault['kind'] | null;
  /** The wamid, when the platform accepted the message (normally or before losing the answer). */
  wamid: string | null;
}

/** Longest a `timeout` fault holds a request before answering 504. */
export const HOLD_LIMIT_MS = 60_000;
/** Send requests remembered (oldest dropped first). */
const LOG_LIMIT = 1000;

export interface FaultQueue {
  inject(faults: readonly Fault[]): void;
  /** The fault for the send request being served, removed from the queue. */
  take(): Fault | undefined;
  queued(): Fault[];
  clear(): void;
  record(entry: SendRequestRecord): SendRequestRecord;
  sends(): SendRequestRecord[];
  /** Holds a request (a `timeout` fault): resolves on the client's abort, on `releaseHeld`, or after HOLD_LIMIT_MS. */
  hold(signal: AbortSignal): Promise<'aborted' | 'released' | 'expired'>;
  /** Ends every held request (the platform is closing). */
  releaseHeld(): void;
}

export function createFaultQueue(): FaultQueue {
  let queue: Fault[] = [];
  const log: SendRequestRecord[] = [];
  const held = new Set<() => void>();
  return {
    inject(faults) {
      queue.push(...faults.map((fault) => ({ ...fault })));
    },
    take: () => queue.shift(),
    queued: () => queue.map((fault) => ({ ...fault })),
    clear() {
      queue = [];
    },
    record(entry) {
      log.push(entry);
      if (log.length > LOG_LIMIT) log.shift();
      return entry;
    },
    sends: () => log.map((entry) => ({ ...entry })),
    hold(signal) {
      return new Promise((resolve) => {
        const done = (how: 'aborted' | 'released' | 'expired') => {
          clearTimeout(timer);
          signal.removeEventListener('abort', onAbort);
          held.delete(release);
          resolve(how);
        };
        const onAbort = () => done('aborted');
        const release = () => done('released');
        const timer = setTimeout(() => done('expired'), HOLD_LIMIT_MS);
        timer.unref();
        held.add(release);
        if (signal.aborted) done('aborted');
        else signal.addEventListener('abort', onAbort, { once: true });
      });
    },
    releaseHeld() {
      for (const release of [...held]) release();
    },
  };
}

// One queue per platform, found from its state: the platform (platform.ts) builds the Graph app and the companion
// reaches the platform, both with the same state object.
const queues = new WeakMap<SandboxPlatformState, FaultQueue>();

export function faultsOf(state: SandboxPlatformState): FaultQueue {
  let queue = queues.get(state);
  if (!queue) {
    queue = createFaultQueue();
    queues.set(state, queue);
  }
  return queue;
}

/** `platform.injectFaults(faults)`: queue faults for the platform's next send requests, one per request. */
export function withFaults<P extends { state: SandboxPlatformState }>(
  platform: P,
): P & { faults: FaultQueue; injectFaults(faults: readonly Fault[]): void } {
  const faults = faultsOf(platform.state);
  return Object.assign(platform, { faults, injectFaults: (list: readonly Fault[]) => faults.inject(list) });
}

const HTML_STATUS_TEXT: Record<number, string> = {
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** A load balancer's error page: HTML, no Graph error JSON. */
export function htmlErrorPage(status: number): Response {
  const text = `${status} ${HTML_STATUS_TEXT[status] ?? 'Error'}`;
  return new Response(
    `<html><head><title>${text}</title></head><body><center><h1>${text}</h1></center></body></html>`,
    {
      status,
      headers: { 'content-type': 'text/html; charset=utf-8' },
    },
  );
}

/** HTTP 200 with JSON that is not Meta's send response (no `messages[0].id`). */
export function malformedSendAnswer(): Response {
  return Response.json({ messaging_product: 'whatsapp', contacts: [], messages: [] }, { status: 200 });
}

const GRAPH_ERROR_MESSAGES: Record<number, string> = {
  130429: '(#130429) Rate limit hit',
  131056: '(#131056) (Business Account, Consumer Account) pair rate limit hit',
  131000: '(#131000) Something went wrong',
  131001: '(#131001) Message too long',
  131002: '(#131002) Recipient not allowed',
  131057: '(#131057) Business account is in maintenance mode',
  132001: '(#132001) Template name does not exist in the translation',
};

/** The Graph error a `graph_error` fault answers with (graph-errors.ts shapes it). */
export function faultFailure(fault: Extract<Fault, { kind: 'graph_error' }>): GraphFailure {
  return {
    code: fault.code,
    message: fault.message ?? GRAPH_ERROR_MESSAGES[fault.code] ?? `(#${fault.code}) Injected sandbox fault`,
    details: fault.details ?? `Injected by the sandbox (fault injection): Graph API error ${fault.code}.`,
    status: (fault.httpStatus ?? 400) as ContentfulStatusCode,
  };
}
