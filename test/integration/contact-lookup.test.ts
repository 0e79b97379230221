/**
 * GET /v1/contacts/{ref} is answered outside Hono when it is the plain case (companion/http/contact-lookup.ts) and by
 * Hono otherwise: both must give the same answers, and every refusal must stay Hono's.
 */
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPairing } from '../../companion/http/pairing.ts';
import { hashSecret } from '../../companion/store/auth-repo.ts';
import { openDatabase } from '../../companion/store/database.ts';
import { createStore } from '../../companion/store/store.ts';
import { startTestCompanion, type TestCompanion } from './harness.ts';

let companion: TestCompanion;
beforeAll(async () => {
  companion = await startTestCompanion();
  const recorded = await companion.api('/v1/consent', {
    method: 'POST',
    json: {
      contact: '+5521998765432',
      action: 'opt_in',
      categories: ['marketing'],
      source: 'agent',
      wording: 'Posso te mandar ofertas pelo WhatsApp? Sim.',
      agent: 'marina@demo.test',
    },
  });
  expect(recorded.status).toBe(201);
});
afterAll(async () => {
  await companion.close();
});

/** A GET with raw header lines (repeats kept), as fetch cannot send them. */
function rawGet(path: string, headers: [string, string][]): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const url = new URL(companion.url);
    const req = request({ host: url.hostname, port: url.port, path, headers: headers.flat() }, (res) => {
      let body = '';
      res.on('data', (chunk) => {
        body += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('GET /v1/contacts/{ref}, direct path and Hono alike', () => {
  it('answers a plain reference (direct) exactly as another spelling of it (Hono)', async () => {
    const direct = await companion.api('/v1/contacts/%2B5521998765432', { headers: { 'accept-language': 'pt-BR' } });
    const viaHono = await companion.api(`/v1/contacts/${encodeURIComponent('+55 21 99876-5432')}`, {
      headers: { 'accept-language': 'pt-BR' },
    });
    expect(direct.status).toBe(200);
    expect(direct.headers.get('content-type')).toBe('application/json');
    expect(viaHono.headers.get('content-type')).toBe('application/json');
    expect(direct.body.consent.marketing.status).toBe('opted_in');
    expect(direct.body).toEqual(viaHono.body);
    const english = await companion.api('/v1/contacts/+5521998765432?x=1', { headers: { 'accept-language': 'en' } });
    const freeForm = (body: { verdicts: { freeForm: { reasons: { message: string }[] } } }) =>
      body.verdicts.freeForm.reasons[0]?.message;
    expect(freeForm(english.body)).toBeDefined();
    expect(freeForm(english.body)).not.toEqual(freeForm(direct.body));
  });

  it('answers an unusable reference with the same 400', async () => {
    const answer = await companion.api('/v1/contacts/not-a-number');
    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe('invalid_contact');
  });

  it('keeps every refusal: no token, a wrong token, a web page, a foreign Host, repeated headers', async () => {
    const path = '/v1/contacts/%2B5521998765432';
    const none = await fetch(`${companion.url}${path}`);
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toBe('Bearer realm="qbm-copilot"');
    const wrong = await companion.api(path, { headers: { authorization: `Bearer ${'x'.repeat(43)}` } });
    expect([wrong.status, wrong.body.error.code]).toEqual([401, 'unauthorized']);
    const page = await companion.api(path, { headers: { origin: 'https://evil.example' } });
    expect([page.status, page.body.error.code]).toEqual([403, 'forbidden_origin']);
    const extension = await companion.api(path, { headers: { origin: 'chrome-extension://abcdefghijklmnop' } });
    expect(extension.status).toBe(200);
    const host = await rawGet(path, [
      ['host', 'evil.example'],
      ['authorization', `Bearer ${companion.token}`],
    ]);
    expect(host.status).toBe(403);
    const port = new URL(companion.url).port;
    const twice = await rawGet(path, [
      ['host', `127.0.0.1:${port}`],
      ['authorization', `Bearer ${companion.token}`],
      ['authorization', `Bearer ${companion.token}`],
    ]);
    expect(twice.status).toBe(401);
    const twoHosts = await rawGet(path, [
      ['host', `127.0.0.1:${port}`],
      ['host', 'evil.example'],
      ['authorization', `Bearer ${companion.token}`],
    ]);
    expect(twoHosts.status).toBe(403);
  });

  it('leaves dot segments to Hono, which resolves them before routing', async () => {
    const port = new URL(companion.url).port;
    const headers: [string, string][] = [
      ['host', `127.0.0.1:${port}`],
      ['authorization', `Bearer ${companion.token}`],
    ];
    for (const path of ['/v1/contacts/..', '/v1/contacts/.', '/v1/contacts/..?x=1'])
      expect((await rawGet(path, headers)).status, path).toBe(404);
  });

  it("records the token's use, as the Hono route's guard does, after the token check ran inside the lookup's read", async () => {
    // A token of its own, paired through a code written into the database as `companion pair` does, not yet used.
    const store = createStore(openDatabase(join(companion.dataDir, 'companion.db')));
    const { code } = createPairing(store, Date.now).newCode();
    const paired = await fetch(`${companion.url}/v1/pair`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code }),
    });
    const { token } = (await paired.json()) as { token: string };
    const lastUsed = () =>
      (
        store.db.prepare('SELECT last_used_at FROM api_tokens WHERE token_hash = ?').get(hashSecret(token)) as {
          last_used_at: number | null;
        }
      ).last_used_at;
    try {
      expect(lastUsed()).toBeNull();
      const before = Date.now();
      const port = new URL(companion.url).port;
      const answer = await rawGet('/v1/contacts/%2B5521998765432', [
        ['host', `127.0.0.1:${port}`],
        ['authorization', `Bearer ${token}`],
      ]);
      expect(answer.status).toBe(200);
      expect(lastUsed()).toBeGreaterThanOrEqual(before);
    } finally {
      store.db.close();
    }
  });
});
