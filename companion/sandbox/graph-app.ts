/**
 * The simulated Graph API (spec §4, §5): every route under a version prefix (`/v24.0/…`), every request with the
 * access token (`Authorization: Bearer …`, or `access_token=` as Graph also takes) or Meta's OAuth error 190 (401).
 * - POST /{phone-number-id}/messages — send (send-request.ts, outbound.ts)
 * - GET  /{phone-number-id}, /{waba-id} — node fields (node-reads.ts)
 * - GET  /{waba-id}/message_templates — templates, paged (template-listing.ts)
 * - GET|POST /{waba-id}/subscribed_apps, GET /debug_token — what the companion's `doctor` checks
 * Anything else is Meta's "unsupported request" error 100 (HTTP 400).
 * Injected faults (faults.ts) replace the answer of the next send requests, one fault per request.
 */

import { timingSafeEqual } from 'node:crypto';
import { type Context, Hono } from 'hono';
import type { Clock } from '../../shared/time/clock.ts';
import { type Fault, type FaultQueue, faultFailure, faultsOf, htmlErrorPage, malformedSendAnswer } from './faults.ts';
import { failures, type GraphFailure, respondWithFailure } from './graph-errors.ts';
import { type PlatformIdentity, phoneNumberRead, wabaRead } from './node-reads.ts';
import { acceptSend, type OutboundDeps } from './outbound.ts';
import type { SandboxPlatformState } from './platform-state.ts';
import { readSendRequest } from './send-request.ts';
import { templatePage } from './template-listing.ts';

export interface GraphAppDeps {
  accessToken: string;
  identity: PlatformIdentity;
  state: SandboxPlatformState;
  clock: Clock;
  nextId: () => string;
  outbound: OutboundDeps;
  /** Faults for the next send requests; defaults to the queue of this platform's state (faults.ts `faultsOf`). */
  faults?: FaultQueue;
}

const V = ':version{v[0-9]+\\.[0-9]+}';
const SCOPES = ['whatsapp_business_messaging', 'whatsapp_business_management'];

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function sendFieldsOf(body: unknown): { to: string | null; bizOpaqueCallbackData: string | null } {
  const record = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const to = record.to ?? record.recipient;
  const opaque = record.biz_opaque_callback_data;
  return {
    to: typeof to === 'string' ? to : null,
    bizOpaqueCallbackData: typeof opaque === 'string' ? opaque : null,
  };
}

/** Drops the connection without an answer (Node's server; elsewhere, a 504 page stands in). */
function dropConnection(c: Context): Response {
  const socket = (c.env as { incoming?: { socket?: { destroy(): void } } } | undefined)?.incoming?.socket;
  if (socket) socket.destroy();
  return htmlErrorPage(504);
}

function tokenOf(c: Context): string | undefined {
  const header = c.req.header('authorization');
  const bearer = header?.match(/^Bearer\s+(.+)$/i)?.[1]?.trim();
  return bearer ?? c.req.query('access_token');
}

export function createGraphApp(deps: GraphAppDeps): Hono {
  const { identity, state } = deps;
  const app = new Hono();
  const fail = (c: Context, failure: GraphFailure) => respondWithFailure(c, failure, `A${deps.nextId()}`);
  const faults = deps.faults ?? faultsOf(state);
  const injected = async (c: Context, fault: Exclude<Fault, { kind: 'accept_then_lose' }>): Promise<Response> => {
    switch (fault.kind) {
      case 'http5xx':
        return htmlErrorPage(fault.httpStatus ?? 502);
      case 'malformed':
        return malformedSendAnswer();
      case 'graph_error':
        return fail(c, faultFailure(fault));
      case 'timeout': {
        // Nobody reads this answer when the client gave up; after the 60 s hold it is a gateway timeout.
        await faults.hold(c.req.raw.signal);
        return htmlErrorPage(504);
      }
    }
  };
  const unsupported = (c: Context) =>
    fail(c, failures.unsupported(c.req.method, c.req.path.replace(/^\/v[\d.]+\//, '')));

  app.use('*', async (c, next) => {
    const token = tokenOf(c);
    if (!token || !sameSecret(token, deps.accessToken)) return fail(c, failures.invalidToken());
    await next();
  });

  app.get(`/${V}/debug_token`, (c) => {
    const input = c.req.query('input_token');
    if (!input) return fail(c, failures.invalidParameter('The parameter input_token is required'));
    if (!sameSecret(input, deps.accessToken)) {
      return c.json({
        data: { is_valid: false, scopes: [], error: { code: 190, message: 'Invalid OAuth access token.' } },
      });
    }
    const granular_scopes = SCOPES.map((scope) => ({ scope, target_ids: [identity.wabaId] }));
    return c.json({
      data: {
        app_id: identity.appId,
        type: 'SYSTEM_USER',
        application: 'QBM Copilot (sandbox)',
        data_access_expires_at: 0,
        expires_at: 0,
        is_valid: true,
        scopes: SCOPES,
        granular_scopes,
        user_id: `${identity.businessId}9`,
      },
    });
  });

  app.post(`/${V}/:node/messages`, async (c) => {
    if (c.req.param('node') !== identity.phoneNumberId) return unsupported(c);
    const text = await c.req.text();
    let body: unknown;
    let parsed = true;
    try {
      body = JSON.parse(text);
    } catch {
      parsed = false;
    }
    const fault = faults.take();
    const entry = faults.record({
      at: deps.clock.now(),
      ...sendFieldsOf(body),
      fault: fault?.kind ?? null,
      wamid: null,
    });
    if (fault && fault.kind !== 'accept_then_lose') return injected(c, fault);
    if (state.healthStatus === 'BLOCKED') return fail(c, failures.accountBlocked());
    if (!parsed) return fail(c, failures.invalidParameter('The request body is not valid JSON.'));
    const request = readSendRequest(body, state.templates, deps.clock.now());
    if (!request.ok) return fail(c, request.error);
    const answer = acceptSend(deps.outbound, request.value);
    entry.wamid = answer.messages[0]?.id ?? null;
    if (fault?.kind === 'accept_then_lose') return fault.lose === 'drop' ? dropConnection(c) : htmlErrorPage(504);
    return c.json(answer);
  });

  app.get(`/${V}/:node/message_templates`, (c) => {
    if (c.req.param('node') !== identity.wabaId) return unsupported(c);
    const page = templatePage(state.templates, new URL(c.req.url));
    return page.ok ? c.json(page.value) : fail(c, page.error);
  });

  app.get(`/${V}/:node/subscribed_apps`, (c) => {
    if (c.req.param('node') !== identity.wabaId) return unsupported(c);
    const app = { id: identity.appId, name: 'QBM Copilot (sandbox)', link: 'https://qbm-copilot.invalid/sandbox' };
    return c.json({ data: [{ whatsapp_business_api_data: app }] });
  });

  app.post(`/${V}/:node/subscribed_apps`, (c) =>
    c.req.param('node') === identity.wabaId ? c.json({ success: true }) : unsupported(c),
  );

  app.get(`/${V}/:node`, (c) => {
    const node = c.req.param('node');
    const fields = c.req.query('fields');
    const read =
      node === identity.phoneNumberId
        ? phoneNumberRead(state, identity, fields)
        : node === identity.wabaId
          ? wabaRead(state, identity, fields)
          : undefined;
    if (!read) return unsupported(c);
    return read.ok ? c.json(read.value) : fail(c, read.error);
  });

  app.notFound(unsupported);
  app.onError((error, c) => fail(c, { code: 1, status: 500, message: `An unknown error occurred: ${error.message}` }));
  return app;
}
