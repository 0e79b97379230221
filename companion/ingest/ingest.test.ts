import { describe, expect, it } from 'vitest';
import { deriveConsent } from '../../shared/consent/state.ts';
import {
  capabilityUpdateWebhook,
  inboundReferralWebhook,
  inboundTextWebhook,
  pmpPricing,
  statusWebhook,
  templateStatusWebhook,
  userPreferencesWebhook,
  webhookBody,
  webhookError,
} from '../../shared/contracts/webhook-builders.ts';
import { parseWebhookBody } from '../../shared/contracts/webhook-envelope.ts';
import { DAY, HOUR, MINUTE } from '../../shared/time/clock.ts';
import {
  orderUpdate,
  PHONE_NUMBER_ID,
  PORTFOLIO_ID,
  scope,
  seededStore,
  T0,
} from '../gate/gate-fixtures.test-helpers.ts';
import { contactView } from '../http/contact-view.ts';
import type { Store } from '../store/store.ts';
import { ingestWebhook } from './ingest.ts';

const business = { wabaId: '102290129340398', phoneNumberId: PHONE_NUMBER_ID, displayPhoneNumber: '15550783881' };
const ana = { waId: '5511987654321', name: 'Ana Souza' };
const ANA = '+5511987654321';

function ingest(store: Store, json: unknown, now = T0) {
  const body = parseWebhookBody(json);
  if (!body.ok) throw new Error(body.error.message);
  return ingestWebhook(store, body.value, { now, phoneNumberId: PHONE_NUMBER_ID });
}

function view(store: Store, now = T0) {
  const result = contactView(store, ANA, scope, now, 'en');
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('inbound messages (spec §1, §7)', () => {
  it('opens the window for 24 h from the message timestamp and stores the name', () => {
    const store = seededStore();
    ingest(
      store,
      inboundTextWebhook({
        business,
        user: ana,
        messageId: 'wamid.in1',
        text: 'Oi, meu pedido chegou?',
        at: T0 - HOUR,
      }),
    );
    expect(view(store).window).toMatchObject({ open: true, closesAt: T0 - HOUR + DAY });
    expect(view(store).contact.name).toBe('Ana Souza');
    expect(view(store, T0 + DAY).window.open).toBe(false);
  });

  it('a referral from a click-to-WhatsApp ad offers a free entry point', () => {
    const store = seededStore();
    ingest(
      store,
      inboundReferralWebhook({
        business,
        user: ana,
        messageId: 'wamid.ad1',
        text: 'Quero saber mais',
        at: T0 - MINUTE,
        referral: { source_url: 'https://fb.me/ad', source_id: '120', source_type: 'ad', ctwa_clid: 'abc' },
      }),
    );
    expect(view(store).window.freeEntryPointOfferUntil).toBe(T0 - MINUTE + DAY);
  });

  it('STOP stops marketing and keeps utility; the wamid is the evidence', () => {
    const store = seededStore();
    ingest(
      store,
      inboundTextWebhook({ business, user: ana, messageId: 'wamid.stop1', text: 'PARAR', at: T0 - MINUTE }),
    );
    const consent = view(store).consent;
    expect(consent.marketing).toMatchObject({
      status: 'opted_out',
      proof: { evidence: 'wamid.stop1', source: 'keyword' },
    });
    expect(consent.utility.status).toBe('unknown');
  });

  it('a replayed body changes nothing and adds nothing to the feed', () => {
    const store = seededStore();
    const body = inboundTextWebhook({ business, user: ana, messageId: 'wamid.dup', text: 'STOP', at: T0 - MINUTE });
    ingest(store, body);
    const feedAfterFirst = store.feed.lastCursor();
    ingest(store, body, T0 + 3 * DAY);
    expect(store.feed.lastCursor()).toBe(feedAfterFirst);
    expect(store.consent.ofContact(ANA)).toHaveLength(1);
  });
});

describe('user_preferences (spec §4, §7)', () => {
  it('stop and resume become marketing opt-out and opt-in', () => {
    const store = seededStore();
    ingest(store, userPreferencesWebhook({ business, user: ana, value: 'stop', at: T0 - 2 * HOUR }));
    expect(view(store).consent.marketing.status).toBe('opted_out');
    ingest(store, userPreferencesWebhook({ business, user: ana, value: 'resume', at: T0 - HOUR }));
    expect(view(store).consent.marketing.status).toBe('opted_in');
  });
});

function sendTracked(store: Store, wamid: string, recipient = ANA) {
  store.contacts.ensure({ phone: recipient as never }, undefined, T0);
  store.messages.insert({
    id: `id-${wamid}`,
    idempotency_key: `key-${wamid}`,
    contact: recipient,
    phone_number_id: PHONE_NUMBER_ID,
    kind: 'template',
    template_name: orderUpdate.name,
    template_language: orderUpdate.language,
    category: 'utility',
    payload: '{}',
    agent: null,
    businessInitiated: true,
    at: T0 - 10 * MINUTE,
  });
  store.messages.setWamid(`id-${wamid}`, wamid, T0 - 10 * MINUTE);
  store.ledger.reserve(`id-${wamid}`, PORTFOLIO_ID, recipient, T0 - 10 * MINUTE);
}

const status = (
  messageId: string,
  s: 'sent' | 'delivered' | 'read' | 'failed',
  at: number,
  errors?: ReturnType<typeof webhookError>[],
) =>
  statusWebhook({
    business,
    recipient: ana,
    messageId,
    status: s,
    at,
    pricing: pmpPricing('utility'),
    ...(errors ? { errors } : {}),
  });

describe('statuses (spec §4, §11.6)', () => {
  it('read before delivered, duplicates, any order: the message ends read', () => {
    const store = seededStore();
    sendTracked(store, 'wamid.out1');
    for (const body of [
      status('wamid.out1', 'read', T0 - 2 * MINUTE),
      status('wamid.out1', 'sent', T0 - 9 * MINUTE),
      status('wamid.out1', 'read', T0 - 2 * MINUTE),
    ]) {
      ingest(store, body);
    }
    expect(store.messages.get('id-wamid.out1')?.status).toBe('read');
    expect(store.messages.timeline('wamid.out1').map((s) => s.status)).toEqual(['sent', 'read']);
  });

  it('a failed delivery releases the limit slot; 131049 starts a 24 h marketing cooldown, not an opt-out', () => {
    const store = seededStore();
    sendTracked(store, 'wamid.out2');
    expect(store.ledger.isCounted(PORTFOLIO_ID, ANA, T0)).toBe(true);
    ingest(
      store,
      status('wamid.out2', 'failed', T0 - MINUTE, [
        webhookError(131049, 'This message was not delivered to maintain healthy ecosystem engagement.'),
      ]),
    );
    expect(store.ledger.isCounted(PORTFOLIO_ID, ANA, T0)).toBe(false);
    expect(store.contacts.get(ANA)?.last_ecosystem_cap_at).toBe(T0 - MINUTE);
    expect(deriveConsent(store.consent.ofContact(ANA)).marketing.status).toBe('unknown');
  });

  it('131050 in a status is a marketing opt-out', () => {
    const store = seededStore();
    sendTracked(store, 'wamid.out3');
    ingest(
      store,
      status('wamid.out3', 'failed', T0 - MINUTE, [
        webhookError(
          131050,
          'Unable to deliver the message. This recipient has chosen to stop receiving marketing messages on WhatsApp from your business.',
        ),
      ]),
    );
    expect(view(store).consent.marketing.status).toBe('opted_out');
  });

  it('a status matched by our id in biz_opaque_callback_data settles a send whose answer was lost', () => {
    const store = seededStore();
    sendTracked(store, 'wamid.tmp');
    store.messages.insert({ ...baseInsert('lost-1'), at: T0 - MINUTE });
    ingest(
      store,
      statusWebhook({
        business,
        recipient: ana,
        messageId: 'wamid.lost',
        status: 'delivered',
        at: T0,
        bizOpaqueCallbackData: 'lost-1',
      }),
    );
    expect(store.messages.get('lost-1')).toMatchObject({ wamid: 'wamid.lost', status: 'delivered' });
  });
});

function baseInsert(id: string) {
  return {
    id,
    idempotency_key: `key-${id}`,
    contact: ANA,
    phone_number_id: PHONE_NUMBER_ID,
    kind: 'text' as const,
    template_name: null,
    template_language: null,
    category: null,
    payload: '{}',
    agent: null,
    businessInitiated: false,
  };
}

describe("free entry point from Meta's pricing (spec §1)", () => {
  it('a status priced free_entry_point records the FEP we missed, ending when Meta says', () => {
    const store = seededStore();
    sendTracked(store, 'wamid.fep1');
    const expires = T0 + 70 * 3600_000;
    ingest(
      store,
      statusWebhook({
        business,
        recipient: ana,
        messageId: 'wamid.fep1',
        status: 'sent',
        at: T0 - 9 * MINUTE,
        pricing: pmpPricing('referral_conversion', 'free_entry_point'),
        conversation: { id: 'conv-1', expiration_timestamp: String(expires / 1000) },
      }),
    );
    expect(view(store).window.freeEntryPointUntil).toBe(expires);
  });

  it('a later message inside a running FEP does not move its start', () => {
    const store = seededStore();
    sendTracked(store, 'wamid.fep2');
    sendTracked(store, 'wamid.fep3');
    const first = T0 + 70 * 3600_000;
    const conversation = (exp: number) => ({ id: 'conv-2', expiration_timestamp: String(exp / 1000) });
    const priced = pmpPricing('referral_conversion', 'free_entry_point');
    ingest(
      store,
      statusWebhook({
        business,
        recipient: ana,
        messageId: 'wamid.fep2',
        status: 'sent',
        at: T0 - 9 * MINUTE,
        pricing: priced,
        conversation: conversation(first),
      }),
    );
    ingest(
      store,
      statusWebhook({
        business,
        recipient: ana,
        messageId: 'wamid.fep3',
        status: 'sent',
        at: T0 - 8 * MINUTE,
        pricing: priced,
        conversation: conversation(first + HOUR),
      }),
    );
    expect(view(store).window.freeEntryPointUntil).toBe(first);
  });
});

describe('account and template webhooks (spec §2, §6)', () => {
  it('a PAUSED template status update pauses the stored template; a capability update sets the tier', () => {
    const store = seededStore();
    ingest(
      store,
      templateStatusWebhook({
        wabaId: business.wabaId,
        at: T0,
        templateId: orderUpdate.id,
        name: orderUpdate.name,
        language: orderUpdate.language,
        event: 'PAUSED',
        otherInfo: { title: 'FIRST_PAUSE' },
      }),
    );
    expect(store.templates.get('order_update', 'pt_BR')?.status).toBe('PAUSED');
    ingest(
      store,
      capabilityUpdateWebhook({ wabaId: business.wabaId, at: T0, maxDailyConversationsPerBusiness: 10000 }),
    );
    expect(store.numbers.get(PHONE_NUMBER_ID)?.tier).toBe('TIER_10K');
  });

  it('unknown fields are logged and never stop the known changes of the same body', () => {
    const store = seededStore();
    const known = inboundTextWebhook({ business, user: ana, messageId: 'wamid.k1', text: 'Oi', at: T0 - MINUTE });
    const body = webhookBody(business.wabaId, [
      { field: 'brand_new_field', value: { anything: true } },
      ...(known.entry[0]?.changes ?? []),
    ]);
    const counts = ingest(store, body);
    expect(counts).toMatchObject({ applied: 1, ignored: 1 });
    expect(store.webhookLog.recent(5)[0]).toMatchObject({ field: 'brand_new_field', outcome: 'unknown' });
    expect(view(store).window.open).toBe(true);
  });
});
