/**
 * One Graph API request over HTTP: bearer token, timeout, and every outcome mapped to a GraphResult. No retries here
 * (see graph-client-failure.ts). The access token goes only in the Authorization header and is scrubbed from every
 * text that leaves this module, because failure messages end up in logs and in the side panel.
 */
import { parseGraphError } from '../../shared/contracts/graph.ts';
import { type GraphFailure, type GraphResult, graphFail, graphOk } from './graph-client-failure.ts';

export interface GraphTransport {
  /** Without trailing slash, e.g. https://graph.facebook.com or the sandbox's http://127.0.0.1:port/… */
  baseUrl: string;
  version: string;
  accessToken: string;
  timeoutMs: number;
  fetch: typeof fetch;
  now: () => number;
}

export interface GraphRequest {
  method: 'GET' | 'POST';
  /** Path after the version, e.g. `123/messages`. */
  path: string;
  query?: Record<string, string>;
  body?: unknown;
}

/** A 2xx answer whose body parsed as JSON; the caller checks its shape. */
export interface GraphSuccess {
  httpStatus: number;
  json: unknown;
}

const SNIPPET_LENGTH = 200;

export async function graphRequest(
  transport: GraphTransport,
  request: GraphRequest,
): Promise<GraphResult<GraphSuccess>> {
  const url = new URL(`${transport.baseUrl}/${transport.version}/${request.path}`);
  for (const [key, value] of Object.entries(request.query ?? {})) url.searchParams.set(key, value);
  const headers: Record<string, string> = {
    authorization: `Bearer ${transport.accessToken}`,
    accept: 'application/json',
  };
  if (request.body !== undefined) headers['content-type'] = 'application/json';
  // Serialized before the try: a payload that cannot be JSON is a bug in the caller, not an unknown send state.
  const body = request.body === undefined ? undefined : JSON.stringify(request.body);
  let response: Response;
  let text: string;
  try {
    response = await transport.fetch(url, {
      method: request.method,
      headers,
      body,
      // The timeout also covers reading the body: a server that sends headers then stalls is a timeout too.
      signal: AbortSignal.timeout(transport.timeoutMs),
      // The Graph API never redirects API calls; following one would hand the bearer token to another host.
      redirect: 'error',
    });
    text = await response.text();
  } catch (error) {
    return graphFail(scrubFailure(transportFailure(error), transport.accessToken));
  }
  const json = parseJson(text);
  if (response.ok) {
    if (json === undefined)
      return graphFail(malformed(response.status, `the body is not JSON: ${snippet(text)}`, transport));
    return graphOk({ httpStatus: response.status, json });
  }
  const graphError = parseGraphError(json);
  if (!graphError.ok) {
    // A load balancer's HTML page or an empty 5xx: no Meta error code, so the outcome of the call is unknown.
    return graphFail(malformed(response.status, `no Graph error in the body: ${snippet(text)}`, transport));
  }
  const error = graphError.value.error;
  const failure: GraphFailure = {
    kind: 'graph_error',
    httpStatus: response.status,
    code: error.code,
    message: error.message,
  };
  if (error.error_subcode !== undefined) failure.subcode = error.error_subcode;
  if (error.error_data?.details !== undefined) failure.details = error.error_data.details;
  if (error.fbtrace_id !== undefined) failure.fbtraceId = error.fbtrace_id;
  const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), transport.now());
  if (retryAfterMs !== undefined) failure.retryAfterMs = retryAfterMs;
  return graphFail(scrubFailure(failure, transport.accessToken));
}

/** A failure for a 2xx whose JSON does not have the expected shape. */
export function malformed(httpStatus: number, message: string, transport: GraphTransport): GraphFailure {
  return scrubFailure({ kind: 'malformed', httpStatus, message }, transport.accessToken);
}

/** `Retry-After` as delay-seconds or an HTTP date (RFC 9110 §10.2.3), in ms from `now`; undefined when unreadable. */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function transportFailure(error: unknown): GraphFailure {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError'))
    return { kind: 'timeout' };
  return { kind: 'network', message: describeNetworkError(error) };
}

/** undici reports "fetch failed" and puts the reason (ECONNREFUSED, certificate, redirect…) in `cause`. */
function describeNetworkError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause;
  if (cause instanceof Error) {
    const code = (cause as { code?: unknown }).code;
    return `${error.message}: ${typeof code === 'string' ? `${code} ` : ''}${cause.message}`;
  }
  return error.message;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function snippet(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat === '') return '(empty)';
  return flat.length > SNIPPET_LENGTH ? `${flat.slice(0, SNIPPET_LENGTH)}…` : flat;
}

/** Removes the token from every text of a failure (Meta or a proxy may echo it; undici errors may quote the URL). */
export function scrubFailure(failure: GraphFailure, token: string): GraphFailure {
  if (token === '' || failure.kind === 'timeout') return failure;
  const scrub = (text: string) => text.split(token).join('[redacted]');
  const out = { ...failure, message: scrub(failure.message) };
  if (out.kind === 'graph_error' && out.details !== undefined) out.details = scrub(out.details);
  return out;
}
