/** The daemon's doors: Meta's handshake and signatures, pairing, the token, and Host/Origin checks (issue 3). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SANDBOX_IDS } from '../../companion/config/config.ts';
import { inboundTextWebhook } from '../../shared/contracts/webhook-builders.ts';
import { startTestCompanion, type TestCompanion, VERIFY_TOKEN } from './harness.ts';

let companion: TestCompanion;
beforeAll(async () => {
  companion = await startTestCompanion();
});
afterAll(async () => {
  await companion.close();
});

const business = {
  wabaId: SANDBOX_IDS.wabaId,
  phoneNumberId: SANDBOX_IDS.phoneNumberId,
  displayPhoneNumber: '15550104477',
};
const inbound = (id: string) =>
  inboundTextWebhook({
    business,
    user: { waId: '5511987654321', name: 'Ana' },
    messageId: id,
    text: 'Oi',
    at: Date.now() - 1000,
  });

describe('health and Meta webhook verification (spec §4)', () => {
  it('GET /health needs no token', async () => {
    const response = await fetch(`${companion.url}/health`);
    expect(await response.json()).toEqual({ status: 'ok', mode: 'sandbox', version: expect.any(String) });
  });

  it('answers the handshake with the raw challenge for the right verify token, 403 otherwise', async () => {
    const good = await fetch(
      `${companion.url}/webhook?hub.mode=subscribe&hub.verify_token=${VERIFY_TOKEN}&hub.challenge=1158201444`,
    );
    expect([good.status, await good.text()]).toEqual([200, '1158201444']);
    const bad = await fetch(`${companion.url}/webhook?hub.mode=subscribe&hub.verify_token=wrong&hub.challenge=1`);
    expect(bad.status).toBe(403);
  });

  it('accepts a correctly signed body and refuses a bad or missing signature with 401', async () => {
    expect((await companion.webhook(inbound('wamid.sig1'))).status).toBe(200);
    expect((await companion.webhook(inbound('wamid.sig2'), { signature: `sha256=${'0'.repeat(64)}` })).status).toBe(
      401,
    );
    expect((await companion.webhook(inbound('wamid.sig3'), { signature: null })).status).toBe(401);
  });

  it('the signature covers the raw bytes: re-serialised JSON with the same meaning is refused', async () => {
    const raw = JSON.stringify(inbound('wamid.sig4'));
    const { signBody } = await import('../../companion/whatsapp/signature.ts');
    const signature = signBody(raw, 'integration-app-secret-0123456789');
    const spaced = JSON.stringify(JSON.parse(raw), null, 2);
    expect((await companion.webhook(spaced, { signature })).status).toBe(401);
    expect((await companion.webhook(raw, { signature })).status).toBe(200);
  });

  it('refuses a signed body that is not a WhatsApp webhook with a clear 400', async () => {
    const response = await companion.webhook({ object: 'page', entry: [] });
    expect(response.status).toBe(400);
    expect(response.body.error.issues[0].path).toBe('object');
  });
});

describe('pairing and the bearer token', () => {
  it('refuses /v1 without a token or with a wrong one', async () => {
    expect((await companion.api('/v1/number', { headers: { authorization: '' } })).status).toBe(401);
    expect(
      (await companion.api('/v1/number', { headers: { authorization: 'Bearer aaaaaaaaaaaaaaaaaaaaaaaa' } })).status,
    ).toBe(401);
    expect((await companion.api('/v1/number')).status).toBe(200);
  });

  it('a pairing code locks after 5 wrong tries, even for the right code', async () => {
    const { createPairing } = await import('../../companion/http/pairing.ts');
    const { createStore } = await import('../../companion/store/store.ts');
    const { openDatabase } = await import('../../companion/store/database.ts');
    const store = createStore(openDatabase(`${companion.dataDir}/companion.db`));
    const { code } = createPairing(store, Date.now).newCode();
    store.db.close();
    const wrong = code === '000000' ? '000001' : '000000';
    for (let i = 0; i < 5; i++)
      expect((await companion.api('/v1/pair', { method: 'POST', json: { code: wrong } })).status).toBe(401);
    expect((await companion.api('/v1/pair', { method: 'POST', json: { code } })).status).toBe(401);
  });
});

describe('no other page or host can reach the companion', () => {
  it('refuses a web page Origin even with the token', async () => {
    const response = await companion.api('/v1/number', { headers: { origin: 'https://evil.example' } });
    expect(response.status).toBe(403);
  });

  it("accepts the extension's own origin", async () => {
    const response = await companion.api('/v1/number', {
      headers: { origin: 'chrome-extension://nonhjonmkcpmbcnlfeholmfboalmnbbl' },
    });
    expect(response.status).toBe(200);
  });

  it('refuses a DNS-rebinding Host', async () => {
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        `${companion.url}/v1/number`,
        { headers: { host: 'rebind.evil.example', authorization: `Bearer ${companion.token}` } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(403);
  });
});
