/**
 * The simulated Graph API (spec §4, §5): every route under a version prefix (`/v24.0/…`), every request with the
 * access token (`Authorization: Bearer …`, or `access_token=` as Graph also takes) or Meta's OAuth error 190 (401).
 * - POST /{phone-number-id}/messages — send (send-request.ts, outbound.ts)
 * - GET  /{phone-number-id}, /{waba-id} — node fields (node-reads.ts)
 * - GET  /{waba-id}/message_templates — templates, paged (template-listing.ts)
 * - GET|POST /{waba-id}/subscribed_apps, GET /debug_token — what the companion's `doctor` checks
 * Anything else is Meta's "unsupported request" error 100 (HTTP 400).
 */

import { timingSafeEqual } from 'node:crypto';
import { type Context, Hono } from 'hono';
import type { Clock } from '../../shared/time/clock.ts';
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
}

const V = ':version{v[0-9]+\\.[0-9]+}';
const SCOPES = ['whatsapp_business_messaging', 'whatsapp_business_management'];

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
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
    if (state.healthStatus === 'BLOCKED') return fail(c, failures.accountBlocked());
    let body: unknown;
    try {
      body = JSON.parse(await c.req.text());
    } catch {
      return fail(c, failures.invalidParameter('The request body is not valid JSON.'));
    }
    const request = readSendRequest(body, state.templates, deps.clock.now());
    if (!request.ok) return fail(c, request.error);
    return c.json(acceptSend(deps.outbound, request.value));
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
