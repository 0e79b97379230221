/**
 * GET /v1/contacts/{ref} answered straight from node:http (server/listen.ts), as POST /webhook is. Why: the lookup is
 * the API's hot read (the side panel asks on every chat it opens; figure 2 asks 10,000 a second), and Hono's web
 * Request, middleware chain and Response cost as much CPU as the lookup's SQL. Only the plain case is taken here: a
 * GET of a simple reference, from the loopback Host, with no web Origin, with a valid token. Everything else (any
 * refusal, an odd spelling, HEAD, a failure) is handed to the Hono app, which answers it as it always did; the checks
 * here are the guard's own functions, so this path can refuse more than Hono does, never less.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Clock } from '../../shared/time/clock.ts';
import type { GateScope } from '../gate/policy-state.ts';
import { readSnapshot } from '../store/database.ts';
import type { Store } from '../store/store.ts';
import { contactAnswer } from './contact-view.ts';
import { bearerToken, guardRefusal } from './guard.ts';

export interface ContactLookupDeps {
  store: Store;
  clock: Clock;
  scope: () => GateScope;
  port: () => number;
  /** A read only: it runs inside the lookup's read transaction. */
  knowsToken: (token: string) => boolean;
  /** After the answer: the token's "last used" (a write, at most once a minute). */
  noteTokenUse: (token: string) => void;
}

/** true when it answered; false hands the request, untouched, to the Hono app. */
export type DirectRoute = (request: IncomingMessage, response: ServerResponse) => boolean;

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
  return (request, response) => {
    let answer: { status: number; text: string } | undefined;
    try {
      answer = directAnswer(deps, request);
    } catch {
      // Nothing is written yet: Hono runs the request again and answers a failure (the token check's write, say,
      // finding the database busy) through its onError, as it always did. A throw here would end the daemon.
      return false;
    }
    if (!answer) return false;
    response.writeHead(answer.status, {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(answer.text),
    });
    response.end(answer.text);
    return true;
  };
}

/** The answer to a plain, allowed lookup; undefined for anything Hono must see. */
function directAnswer(deps: ContactLookupDeps, request: IncomingMessage): { status: number; text: string } | undefined {
  if (request.method !== 'GET') return undefined;
  const match = SIMPLE_LOOKUP.exec(request.url ?? '');
  if (!match?.[1]) return undefined;
  const headers = request.headers;
  if (guardRefusal(headers.host, headers.origin, deps.port()) !== undefined) return undefined;
  const token = bearerToken(headers.authorization);
  if (!token || repeatsGuardedHeader(request.rawHeaders)) return undefined;
  const language = headers['accept-language'];
  const ref = decodeURIComponent(match[1]);
  // The token check and the lookup share one read transaction: each transaction of its own costs file locks.
  const answer = readSnapshot(deps.store.db, () =>
    deps.knowsToken(token)
      ? contactAnswer(
          deps.store,
          ref,
          deps.scope(),
          deps.clock.now(),
          Array.isArray(language) ? language.join(', ') : language,
        )
      : undefined,
  );
  if (!answer) return undefined;
  deps.noteTokenUse(token);
  return { status: answer.status, text: JSON.stringify(answer.body) };
}
