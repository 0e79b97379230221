/** The whole sandbox flow over real HTTP: real Graph client → simulated platform → signed webhooks → companion. */
import { afterEach, describe, expect, it } from 'vitest';
import { orderUpdate, startTestCompanion, type TestCompanion } from './harness.ts';

const ANA = '+5511987654321'; // demo contact 1001, opted in (Negotiation)
const BRUNO = '+5521998765432'; // demo contact 1002, a lead with no opt-in
let companion: TestCompanion | undefined;
afterEach(async () => {
  await companion?.close();
  companion = undefined;
});

async function messageStatus(c: TestCompanion, id: string, wanted: string) {
  return c.waitFor(async () => {
    const response = await c.api(`/v1/messages/${id}`);
    return response.body.status === wanted ? response.body : undefined;
  });
}

describe('sending through the sandbox', () => {
  it('an approved template to an opted-in contact is accepted, then sent, delivered and read by webhooks', async () => {
    companion = await startTestCompanion();
    const sent = await companion.api('/v1/messages', { method: 'POST', json: orderUpdate(ANA, 'flow-template-0001') });
    expect(sent).toMatchObject({ status: 202, body: { status: 'accepted', wamid: expect.stringMatching(/^wamid\./) } });
    const read = await messageStatus(companion, sent.body.id, 'read');
    expect(read.timeline.map((t: { status: string }) => t.status)).toEqual(['sent', 'delivered', 'read']);
    const number = await companion.api('/v1/number');
    expect(number.body.messagingLimit).toMatchObject({ tier: 'TIER_250', used: 1, remaining: 249 });
  });

  it('the same idempotency key sends once and answers the same', async () => {
    companion = await startTestCompanion();
    const [a, b] = await Promise.all([
      companion.api('/v1/messages', { method: 'POST', json: orderUpdate(ANA, 'flow-idem-0001') }),
      companion.api('/v1/messages', { method: 'POST', json: orderUpdate(ANA, 'flow-idem-0001') }),
    ]);
    expect(a.body).toEqual(b.body);
    const number = await companion.api('/v1/number');
    expect(number.body.messagingLimit.used).toBe(1);
  });

  it('refuses with every reason and never calls the platform: no opt-in, window closed', async () => {
    companion = await startTestCompanion();
    const template = await companion.api('/v1/messages', {
      method: 'POST',
      json: orderUpdate(BRUNO, 'flow-refused-01'),
    });
    expect(template.status).toBe(422);
    expect(template.body.error.reasons.map((r: { code: string }) => r.code)).toEqual(['no_opt_in']);
    const text = await companion.api('/v1/messages', {
      method: 'POST',
      headers: { 'accept-language': 'pt-BR' },
      json: { to: ANA, idempotencyKey: 'flow-refused-02', text: 'Oi!' },
    });
    expect(text.body.error.reasons[0]).toMatchObject({
      code: 'window_closed',
      message: expect.stringContaining('24 horas'),
    });
    expect((await companion.api('/v1/number')).body.messagingLimit.used).toBe(0);
  });

  it('a customer writes: the window opens and free-form is allowed and delivered', async () => {
    companion = await startTestCompanion();
    expect(
      (
        await companion.api('/sandbox/inbound', {
          method: 'POST',
          json: { from: BRUNO, text: 'Vocês entregam amanhã?' },
        })
      ).status,
    ).toBe(200);
    const contact = await companion.api(`/v1/contacts/${encodeURIComponent(BRUNO)}`);
    expect(contact.body.window.open).toBe(true);
    expect(contact.body.verdicts.freeForm.allowed).toBe(true);
    const reply = await companion.api('/v1/messages', {
      method: 'POST',
      json: { to: BRUNO, idempotencyKey: 'flow-reply-0001', text: 'Sim, até as 18h.' },
    });
    expect(reply.status).toBe(202);
    await messageStatus(companion, reply.body.id, 'read');
    expect((await companion.api('/v1/number')).body.messagingLimit.used).toBe(0);
  });

  it('the customer sends STOP: marketing is refused as opted out, utility still goes', async () => {
    companion = await startTestCompanion();
    await companion.api('/sandbox/inbound', { method: 'POST', json: { from: ANA, text: 'PARAR' } });
    const contact = await companion.api(`/v1/contacts/${encodeURIComponent(ANA)}`);
    expect(contact.body.consent.marketing.status).toBe('opted_out');
    expect(contact.body.verdicts.marketing.reasons.map((r: { code: string }) => r.code)).toContain('opted_out');
    const cart = await companion.api('/v1/messages', {
      method: 'POST',
      json: {
        to: ANA,
        idempotencyKey: 'flow-stop-0001',
        template: { name: 'cart_recovery', language: 'pt_BR', params: { first_name: 'Ana', cart_items: '2 camisas' } },
      },
    });
    expect(cart.body.error.reasons.map((r: { code: string }) => r.code)).toEqual(['opted_out']);
    const utility = await companion.api('/v1/messages', { method: 'POST', json: orderUpdate(ANA, 'flow-stop-0002') });
    expect(utility.status).toBe(202);
  });

  it('a tier change from the platform is seen at once', async () => {
    companion = await startTestCompanion();
    await companion.api('/sandbox/state', { method: 'POST', json: { tier: 'TIER_2K', healthStatus: 'LIMITED' } });
    const number = await companion.api('/v1/number');
    expect(number.body).toMatchObject({ healthStatus: 'LIMITED', messagingLimit: { tier: 'TIER_2K', limit: 2000 } });
  });
});

describe('consent ledger', () => {
  it('records an opt-in with its proof, exports it, and keeps it across a restart', async () => {
    companion = await startTestCompanion();
    const recorded = await companion.api('/v1/consent', {
      method: 'POST',
      json: {
        contact: '+55 21 99876-5432',
        action: 'opt_in',
        categories: ['marketing'],
        source: 'agent',
        wording: 'Posso te mandar ofertas pelo WhatsApp? Sim.',
        agent: 'marina@demo.test',
      },
    });
    expect(recorded.status).toBe(201);
    const dataDir = companion.dataDir;
    await companion.close({ keepData: true });
    companion = await startTestCompanion({ dataDir });
    const contact = await companion.api(`/v1/contacts/${encodeURIComponent(BRUNO)}`);
    expect(contact.body.consent.marketing).toMatchObject({
      status: 'opted_in',
      proof: { source: 'agent', recordedBy: 'marina@demo.test' },
    });
    const csv = await companion.api('/v1/consent/export?format=csv');
    expect(csv.body).toContain('Posso te mandar ofertas pelo WhatsApp? Sim.');
  });

  it('refuses an opt-in without wording with a message that names the field', async () => {
    companion = await startTestCompanion();
    const response = await companion.api('/v1/consent', {
      method: 'POST',
      json: { contact: ANA, action: 'opt_in', categories: ['marketing'], source: 'agent', wording: '', agent: 'x@y.z' },
    });
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body.error.issues)).toContain('wording');
  });
});
