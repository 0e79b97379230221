import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGraphClient, type GraphClientOptions, isDefinitiveFailure } from './graph-client.ts';
import { type FakeGraph, graphErrorBody, startFakeGraph } from './graph-client-fake-graph.test-helpers.ts';

const TOKEN = 'EAAGsecretTOKEN123';
const TEXT = { messaging_product: 'whatsapp', to: '+5511987654321', type: 'text', text: { body: 'Oi' } };
const ACCEPTED = {
  messaging_product: 'whatsapp',
  contacts: [{ input: '+5511987654321', wa_id: '5511987654321' }],
  messages: [{ id: 'wamid.HBgM' }],
};

let graph: FakeGraph;
beforeEach(async () => {
  graph = await startFakeGraph();
});
afterEach(() => graph.close());

function client(overrides: Partial<GraphClientOptions> = {}) {
  return createGraphClient({
    baseUrl: graph.baseUrl,
    version: 'v24.0',
    accessToken: TOKEN,
    phoneNumberId: '1234567890',
    wabaId: '9876543210',
    now: () => Date.UTC(2026, 8, 1),
    ...overrides,
  });
}

describe('sendMessage', () => {
  it('posts the payload as JSON with the bearer token and returns the wamid and wa_id', async () => {
    graph.handle(() => ({ json: ACCEPTED }));
    const result = await client().sendMessage(TEXT);
    expect(result).toEqual({
      ok: true,
      value: { wamid: 'wamid.HBgM', messageStatus: 'accepted', waId: '5511987654321' },
    });
    const [request] = graph.requests;
    expect(request?.method).toBe('POST');
    expect(request?.path).toBe('/v24.0/1234567890/messages');
    expect(request?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(request?.headers['content-type']).toBe('application/json');
    expect(JSON.parse(request?.body ?? '')).toEqual(TEXT);
    expect(request?.query.has('access_token')).toBe(false);
  });

  it('reports the pacing status Meta gives a held template', async () => {
    graph.handle(() => ({
      json: { ...ACCEPTED, messages: [{ id: 'wamid.X', message_status: 'held_for_quality_assessment' }] },
    }));
    const result = await client().sendMessage(TEXT);
    expect(result.ok && result.value.messageStatus).toBe('held_for_quality_assessment');
  });

  it('keeps a base URL path prefix and ignores a trailing slash', async () => {
    graph.handle(() => ({ json: ACCEPTED }));
    await client({ baseUrl: `${graph.baseUrl}/sandbox/graph/` }).sendMessage(TEXT);
    expect(graph.requests[0]?.path).toBe('/sandbox/graph/v24.0/1234567890/messages');
  });

  it.each([
    [132001, 400],
    [190, 401],
    [130429, 429],
  ])('turns Graph error %i (HTTP %i) into a definitive graph_error', async (code, status) => {
    graph.handle(() => ({
      status,
      json: graphErrorBody(code, 'Meta says no', { error_subcode: 2494010, error_data: { details: 'why' } }),
    }));
    const result = await client().sendMessage(TEXT);
    expect(result).toEqual({
      ok: false,
      failure: {
        kind: 'graph_error',
        httpStatus: status,
        code,
        subcode: 2494010,
        message: 'Meta says no',
        details: 'why',
        fbtraceId: 'AbC123trace',
      },
    });
    expect(!result.ok && isDefinitiveFailure(result.failure)).toBe(true);
  });

  it('reads Retry-After on a rate-limit answer', async () => {
    graph.handle(() => ({
      status: 429,
      json: graphErrorBody(130429, 'Rate limit hit'),
      headers: { 'retry-after': '7' },
    }));
    const result = await client().sendMessage(TEXT);
    expect(!result.ok && result.failure.kind === 'graph_error' && result.failure.retryAfterMs).toBe(7000);
  });

  it('treats a 5xx HTML page as malformed, an unknown send state, and does not retry it', async () => {
    graph.handle(() => ({ status: 502, text: '<html><body>Bad Gateway</body></html>' }));
    const result = await client().sendMessage(TEXT);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.failure).toMatchObject({ kind: 'malformed', httpStatus: 502 });
    expect(result.failure.kind === 'malformed' && result.failure.message).toContain('Bad Gateway');
    expect(isDefinitiveFailure(result.failure)).toBe(false);
    expect(graph.requests).toHaveLength(1);
  });

  it('times out when Graph never answers, sends only once, and calls the state unknown', async () => {
    graph.handle(() => 'hang');
    const started = Date.now();
    const result = await client({ timeoutMs: 150 }).sendMessage(TEXT);
    expect(result).toEqual({ ok: false, failure: { kind: 'timeout' } });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(!result.ok && isDefinitiveFailure(result.failure)).toBe(false);
    expect(graph.requests).toHaveLength(1);
  });

  it('calls a 200 without a wamid malformed, not a success', async () => {
    graph.handle(() => ({ json: { messaging_product: 'whatsapp', contacts: [], messages: [] } }));
    const result = await client().sendMessage(TEXT);
    expect(result).toMatchObject({ ok: false, failure: { kind: 'malformed', httpStatus: 200 } });
  });

  it('calls a 200 that is not JSON malformed', async () => {
    graph.handle(() => ({ status: 200, text: 'OK' }));
    const result = await client().sendMessage(TEXT);
    expect(result).toMatchObject({ ok: false, failure: { kind: 'malformed', httpStatus: 200 } });
  });

  it('reports a refused connection as a network failure', async () => {
    const baseUrl = graph.baseUrl;
    await graph.close();
    const result = await client({ baseUrl }).sendMessage(TEXT);
    expect(result).toMatchObject({ ok: false, failure: { kind: 'network' } });
    graph = await startFakeGraph(); // afterEach closes a live server
  });
});

describe('the access token', () => {
  it('never appears in a failure, even when Graph echoes it back', async () => {
    graph.handle((request) => ({
      status: 400,
      json: graphErrorBody(190, `Invalid token ${request.headers.authorization}`, {
        error_data: { details: `token=${TOKEN}` },
      }),
    }));
    const echoed = await client().sendMessage(TEXT);
    graph.handle(() => ({ status: 500, text: `<pre>${TOKEN}</pre>` }));
    const page = await client().getPhoneNumber();
    graph.handle(() => ({ json: { data: { scopes: [TOKEN] } } }));
    const debug = await client().debugToken();
    for (const result of [echoed, page, debug]) {
      expect(result.ok).toBe(false);
      expect(JSON.stringify(result)).not.toContain(TOKEN);
    }
  });

  it('is not in the message of a network failure of the call that carries it in the query', async () => {
    const baseUrl = graph.baseUrl;
    await graph.close();
    const result = await client({ baseUrl }).debugToken();
    expect(result).toMatchObject({ ok: false, failure: { kind: 'network' } });
    expect(JSON.stringify(result)).not.toContain(TOKEN);
    graph = await startFakeGraph();
  });
});

describe('reads', () => {
  it('asks the phone number for the health fields and returns them parsed', async () => {
    graph.handle(() => ({ json: { id: '1234567890', status: 'CONNECTED', quality_rating: 'GREEN' } }));
    const result = await client().getPhoneNumber();
    expect(result).toEqual({ ok: true, value: { id: '1234567890', status: 'CONNECTED', quality_rating: 'GREEN' } });
    expect(graph.requests[0]?.path).toBe('/v24.0/1234567890');
    expect(graph.requests[0]?.query.get('fields')).toContain('whatsapp_business_manager_messaging_limit');
    expect(graph.requests[0]?.query.get('fields')).toContain('health_status');
  });

  it('debugs the token with itself and returns validity, scopes and expiry in ms', async () => {
    graph.handle(() => ({
      json: {
        data: { is_valid: true, app_id: '42', scopes: ['whatsapp_business_messaging'], expires_at: 1_800_000_000 },
      },
    }));
    const result = await client().debugToken();
    expect(result).toMatchObject({
      ok: true,
      value: { isValid: true, scopes: ['whatsapp_business_messaging'], expiresAt: 1_800_000_000_000, appId: '42' },
    });
    expect(graph.requests[0]?.path).toBe('/v24.0/debug_token');
    expect(graph.requests[0]?.query.get('input_token')).toBe(TOKEN);
  });

  it('leaves expiresAt out for a token that never expires', async () => {
    graph.handle(() => ({ json: { data: { is_valid: true, scopes: [], expires_at: 0 } } }));
    const result = await client().debugToken();
    expect(result.ok && 'expiresAt' in result.value).toBe(false);
  });

  it('says whether an app is subscribed to the WABA webhooks', async () => {
    graph.handle(() => ({ json: { data: [{ whatsapp_business_api_data: { id: '42', name: 'QBM' } }] } }));
    expect(await client().subscribedApps()).toEqual({ ok: true, value: { subscribed: true, appIds: ['42'] } });
    expect(graph.requests[0]?.path).toBe('/v24.0/9876543210/subscribed_apps');
    graph.handle(() => ({ json: { data: [] } }));
    expect(await client().subscribedApps()).toEqual({ ok: true, value: { subscribed: false, appIds: [] } });
  });
});
