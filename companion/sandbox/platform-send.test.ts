import { describe, expect, it } from 'vitest';
import { parseGraphError, parseSendMessageResponse } from '../../shared/contracts/graph.ts';
import {
  bodyParams,
  hmacOf,
  NOW,
  PHONE_NUMBER_ID,
  setup,
  statusesOf,
  TOKEN,
  template,
  text,
  WEBHOOK_URL,
} from './platform.test-helpers.ts';

const PAYMENT = bodyParams('Ana', 'INV-2026-0142', '12/03/2026');

describe('sandbox platform: an accepted template send', () => {
  it('answers accepted, then posts signed sent, delivered and read webhooks on schedule', async () => {
    const { send, drain, receiver } = setup();
    const response = await send({
      ...template('payment_reminder', 'pt_BR', [PAYMENT]),
      biz_opaque_callback_data: 'crm:1001',
    });
    expect(response.status).toBe(200);
    const answer = parseSendMessageResponse(await response.json());
    if (!answer.ok) throw new Error(answer.error.message);
    expect(answer.value.contacts).toEqual([{ input: '+5511987654321', wa_id: '5511987654321' }]);
    expect(answer.value.messages[0]?.message_status).toBe('accepted');
    expect(receiver.received).toEqual([]); // accepted is not delivered (spec §11.6)

    await drain();
    for (const r of receiver.received) {
      expect(r.url).toBe(WEBHOOK_URL);
      expect(r.signature).toBe(hmacOf(r.raw));
    }
    const statuses = statusesOf(receiver.received);
    expect(statuses.map((s) => s.status)).toEqual(['sent', 'delivered', 'read']);
    expect(statuses.every((s) => s.id === answer.value.messages[0]?.id)).toBe(true);
    expect(statuses.map((s) => Number(s.timestamp) * 1000 - NOW)).toEqual([0, 0, 1000]);
    expect(statuses.every((s) => s.biz_opaque_callback_data === 'crm:1001' && s.recipient_id === '5511987654321')).toBe(
      true,
    );
    // Pricing on exactly one status; a utility template outside a window is billed.
    expect(statuses[0]?.pricing).toEqual({
      billable: true,
      pricing_model: 'PMP',
      type: 'regular',
      category: 'utility',
    });
    expect(statuses.slice(1).map((s) => s.pricing)).toEqual([undefined, undefined]);
  });

  it('accepts the number without "+" as the same user', async () => {
    const { send } = setup();
    const answer = await (await send(template('payment_reminder', 'pt_BR', [PAYMENT], '5511987654321'))).json();
    expect(answer.contacts).toEqual([{ input: '5511987654321', wa_id: '5511987654321' }]);
  });
});

describe('sandbox platform: the customer service window (spec §1)', () => {
  it('fails free-form text to a user who never wrote with 131047', async () => {
    const { send, drain, receiver } = setup();
    expect((await send(text('Hi Ana!'))).status).toBe(200);
    await drain();
    const [status, ...rest] = statusesOf(receiver.received);
    expect(rest).toEqual([]);
    expect(status).toMatchObject({ status: 'failed', errors: [{ code: 131047 }] });
  });

  it('delivers free-form text once the customer wrote, free as customer service before October 2026', async () => {
    const { send, drain, receiver, platform } = setup();
    await platform.customerWrites({ from: '+5511987654321', text: 'Oi, meu pedido chegou?', name: 'Ana Souza' });
    await send(text('Chegou sim!'));
    await drain();
    const statuses = statusesOf(receiver.received);
    expect(statuses.map((s) => s.status)).toEqual(['sent', 'delivered', 'read']);
    expect(statuses[0]?.pricing).toMatchObject({ type: 'free_customer_service', category: 'service' });
  });

  it('closes the window 24 h after the last inbound message', async () => {
    const { send, drain, receiver, platform, clock } = setup();
    await platform.customerWrites({ from: '+5511987654321', text: 'Oi' });
    clock.set(NOW + 24 * 3600_000);
    await send(text('Still there?'));
    await drain();
    expect(statusesOf(receiver.received)).toMatchObject([{ status: 'failed', errors: [{ code: 131047 }] }]);
  });

  it('starts a free entry point when replying to a customer who came from an ad', async () => {
    const { send, drain, receiver, platform } = setup();
    const referral = { source_url: 'https://fb.me/ad', source_id: '1202', source_type: 'ad', ctwa_clid: 'Afc3' };
    await platform.customerWrites({ from: '+5511987654321', text: 'Quero saber mais', referral });
    await send(
      template('cart_recovery', 'pt_BR', [
        {
          type: 'body',
          parameters: [
            { type: 'text', parameter_name: 'first_name', text: 'Ana' },
            { type: 'text', parameter_name: 'cart_items', text: '2 camisas' },
          ],
        },
      ]),
    );
    await drain();
    const sent = statusesOf(receiver.received).find((s) => s.status === 'sent');
    expect(sent?.pricing).toMatchObject({ type: 'free_entry_point', category: 'referral_conversion', billable: false });
    expect(sent?.conversation?.origin?.type).toBe('referral_conversion');
  });
});

describe('sandbox platform: refusals Meta answers at once', () => {
  it.each([
    ['an unknown template', template('no_such_template', 'en_US'), 132001],
    ['a template not translated into that language', template('weekly_offers', 'en_US'), 132001],
    ['a paused template', template('weekly_offers', 'pt_BR', [bodyParams('Ana', 'ofertas')]), 132015],
    ['a wrong parameter count', template('payment_reminder', 'pt_BR', [bodyParams('Ana')]), 132000],
    ['named parameters without their names', template('cart_recovery', 'en_US', [bodyParams('Ana', 'shirts')]), 132012],
    ['a missing OTP button value', template('login_code', 'en_US', [bodyParams('482913')]), 132000],
    ['text over 4,096 characters', text('x'.repeat(4097)), 100],
    ['another messaging product', { ...text('hi'), messaging_product: 'sms' }, 100],
    ['a message type it does not simulate', { ...text('hi'), type: 'sticker' }, 100],
  ])('refuses %s', async (_, body, code) => {
    const response = await setup().send(body);
    expect(response.status).toBe(400);
    const error = parseGraphError(await response.json());
    expect(error.ok && error.value.error.code).toBe(code);
  });

  it('refuses a body that is not JSON with error 100', async () => {
    const { graph } = setup();
    const response = await graph(`/v24.0/${PHONE_NUMBER_ID}/messages`, { method: 'POST', body: '{"to":' });
    expect(response.status).toBe(400);
    expect((await response.json()).error.code).toBe(100);
  });

  it('refuses a missing or wrong token with OAuth error 190 and HTTP 401', async () => {
    const { platform } = setup();
    for (const authorization of ['Bearer nope', '']) {
      const response = await platform.app.request(`/v24.0/${PHONE_NUMBER_ID}/messages`, {
        method: 'POST',
        headers: { authorization },
        body: JSON.stringify(text('hi')),
      });
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ error: { code: 190, type: 'OAuthException' } });
    }
    const ok = await platform.app.request(`/v24.0/${PHONE_NUMBER_ID}?access_token=${TOKEN}`);
    expect(ok.status).toBe(200);
  });

  it('accepts an authentication template with its code in body and button', async () => {
    const otp = { type: 'button', sub_type: 'url', index: '0', parameters: [{ type: 'text', text: '482913' }] };
    const response = await setup().send(template('login_code', 'es', [bodyParams('482913'), otp]));
    expect(response.status).toBe(200);
  });
});

describe('sandbox platform: username adopters (spec §9)', () => {
  it('sends to a BSUID and reports statuses by recipient_user_id, within the window the user opened', async () => {
    const { send, drain, receiver, platform } = setup();
    const bsuid = 'BR.1349120865530274191';
    await platform.customerWrites({ from: '+5511955667788', userId: bsuid, text: 'Oi' });
    const answer = await (await send(text('Olá!', bsuid))).json();
    expect(answer.contacts).toEqual([{ input: bsuid, user_id: bsuid }]);
    await drain();
    const statuses = statusesOf(receiver.received);
    expect(statuses.map((s) => s.status)).toEqual(['sent', 'delivered', 'read']);
    expect(statuses[0]?.recipient_user_id).toBe(bsuid);
  });
});
