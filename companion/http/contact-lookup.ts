/**
 * GET /v1/contacts/{ref} answered straight from node:http (server/listen.ts), as POST /webhook is. Why: the lookup is
 * the API's hot read (the side panel asks on every chat it opens; figure 2 asks 10,000 a second), and Hono's web
 * Request, middleware chain and Response cost as much CPU as the lookup's SQL. Only the plain case is taken here: a
 * GET of a simple reference, from the loopback Host, with no web Origin, with a valid token. Everything else (any
 * refusal, an odd spelling, HEAD, a failure) is handed to the Hono app, which answers it as it always did; the checks
 * here are the guard's own functions, so this path can refuse more than Hono does, never less.
 * With a reader thread (lookup-reader.ts), the plain case's reads and policy run there and the answer is written
 * when it comes back; what the thread hands back (an unknown token, a contact keyed otherwise, a failure) is answered
 * here, then by Hono, as without it.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Clock } from '../../shared/time/clock.ts';
import type { GateScope } from '../gate/policy-state.ts';
import { readSnapshot } from '../store/database.ts';
import type { Store } from '../store/store.ts';
import { contactAnswer } from './contact-view.ts';
import { bearerToken, guardRefusal } from './guard.ts';
import type { LookupReader, ReaderReply } from './lookup-reader.ts';

export interface ContactLookupDeps {
  store: Store;
  clock: Clock;
  scope: () => GateScope;
  port: () => number;
  /** A read only: it runs inside the lookup's read transaction. */
  knowsToken: (token: string) => boolean;
  /** After the answer: the token's "last used" (a write, at most once a minute). */
  noteTokenUse: (token: string) => void;
  /** The reader thread, when there is one: plain lookups are answered there, off the main thread. */
  reader?: () => LookupReader | undefined;
  /** Tokens the reader thread cannot check (the configured one, which is not in the database). */
  tokenForMainThread?: (token: string) => boolean;
}

/**
 * true when it took the request (answered, or will answer or hand it to `viaHono` later); false hands it, untouched,
 * to the Hono app now.
 */
export type DirectRoute = (
  request: IncomingMessage,
  response: ServerResponse,
  viaHono: (request: IncomingMessage, response: ServerResponse) => void,
) => boolean;

// An E.164 number (its + literal or encoded) or a BSUID-like token: nothing that Hono's decoding could read otherwise.
// "." and ".." are path segments Hono's adapter resolves before routing (to 404s): they go to Hono.
const SIMPLE_LOOKUP = /^\/v1\/contacts\/(?!\.\.?(?:\?|$))((?:%2[Bb]|\+)?[A-Za-z0-9._-]{1,64})(?:\?|$)/;

/**
 * node:http keeps the first of repeated Host or Authorization headers, where Hono sees them joined: such a request
 * goes to Hono, so it meets the same check it always did.
 */
function repeatsGuardedHeader(raw: string[]): boolean {
  let host = 0;
  let authorization = 0;
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i]!.toLowerCase();
    if (name === 'host') host++;
    else if (name === 'authorization') authorization++;
  }
  return host > 1 || authorization > 1;
}

export function createContactLookup(deps: ContactLookupDeps): DirectRoute {
  return (request, response, viaHono) => {
    let plain: PlainLookup | undefined;
    try {
      plain = plainLookup(deps, request);
    } catch {
      return false; // a reference that does not decode: Hono answers it
    }
    if (!plain) return false;
    const now = deps.clock.now();
    const scope = deps.scope();
    // The configured token is not in the database the thread reads: such lookups stay here.
    const reader = deps.tokenForMainThread?.(plain.token) ? undefined : deps.reader?.();
    let ledgerChanges = 0;
    let onReader: Promise<ReaderReply> | undefined;
    try {
      if (reader) {
        ledgerChanges = deps.store.ledger.changes();
        onReader = reader.lookup({ ...plain, now, ledger: ledgerFacts(deps.store, scope, plain.ref, now) }, scope);
      }
    } catch {
      onReader = undefined; // the ledger could not be read: the main thread answers, or Hono does
    }
    if (onReader) {
      onReader
        .then((reply) => {
          // The thread's answer joins the ledger's facts as they were when it was sent with the rows as it read
          // them: if the ledger changed meanwhile, those may disagree, and the main thread answers at one instant.
          const holds = deps.store.ledger.changes() === ledgerChanges;
          if (reply.kind === 'answer' && holds && noted(deps, plain.token)) send(response, reply.status, reply.text);
          else if (!answerHere(deps, plain, deps.clock.now(), deps.scope(), response)) viaHono(request, response);
        })
        // Nothing above should throw; if it ever did, this request's connection ends, never the daemon.
        .catch(() => response.destroy());
      return true;
    }
    return answerHere(deps, plain, now, scope, response);
  };
}

interface PlainLookup {
  ref: string;
  token: string;
  acceptLanguage: string | undefined;
}

/** A plain, allowed-looking lookup (its token not checked yet); undefined for anything Hono must see. */
function plainLookup(deps: ContactLookupDeps, request: IncomingMessage): PlainLookup | undefined {
  if (request.method !== 'GET') return undefined;
  const match = SIMPLE_LOOKUP.exec(request.url ?? '');
  if (!match?.[1]) return undefined;
  const headers = request.headers;
  if (guardRefusal(headers.host, headers.origin, deps.port()) !== undefined) return undefined;
  const token = bearerToken(headers.authorization);
  if (!token || repeatsGuardedHeader(request.rawHeaders)) return undefined;
  const language = headers['accept-language'];
  return {
    ref: decodeURIComponent(match[1]),
    token,
    acceptLanguage: Array.isArray(language) ? language.join(', ') : language,
  };
}

/** What the main thread's in-memory ledger window says for this reference, for the reader thread. */
export function ledgerFacts(store: Store, scope: GateScope, ref: string, now: number) {
  const usage = store.ledger.usage(scope.portfolioId, 'TIER_NOT_SET', now);
  return {
    used: usage.used,
    ...(usage.nextSlotFreesAt !== undefined ? { nextSlotFreesAt: usage.nextSlotFreesAt } : {}),
    referenceCounted: store.ledger.isCounted(scope.portfolioId, ref, now),
  };
}

/** Records the token's use; false when that failed (Hono then runs the request again and answers the failure). */
function noted(deps: ContactLookupDeps, token: string): boolean {
  try {
    deps.noteTokenUse(token);
    return true;
  } catch {
    return false;
  }
}

function send(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  response.end(text);
}

/** Answers on the main thread; false (nothing written) hands the request to Hono. */
function answerHere(
  deps: ContactLookupDeps,
  plain: PlainLookup,
  now: number,
  scope: GateScope,
  response: ServerResponse,
): boolean {
  let answer: ReturnType<typeof contactAnswer> | undefined;
  try {
    // The token check and the lookup share one read transaction: each transaction of its own costs file locks.
    answer = readSnapshot(deps.store.db, () =>
      deps.knowsToken(plain.token) ? contactAnswer(deps.store, plain.ref, scope, now, plain.acceptLanguage) : undefined,
    );
    if (!answer) return false;
    deps.noteTokenUse(plain.token);
  } catch {
    // Nothing is written yet: Hono runs the request again and answers a failure (the token check's write, say,
    // finding the database busy) through its onError, as it always did. A throw here would end the daemon.
    return false;
  }
  send(response, answer.status, JSON.stringify(answer.body));
  return true;
}
