/**
 * Property: webhooks duplicated, reordered and replayed days later give the same derived state as the same bodies
 * delivered once (spec §4: Meta retries for 7 days, "duplicates happen", statuses arrive out of order). Two fresh
 * stores ingest one generated set of Meta-shaped bodies, one in the generated order, the other shuffled with copies and
 * a late replay; the contact cards, message statuses and counted limit recipients must then be equal.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  orderUpdate,
  PHONE_NUMBER_ID,
  PORTFOLIO_ID,
  scope,
  seededStore,
  T0,
} from '../../companion/gate/gate-fixtures.test-helpers.ts';
import { contactView } from '../../companion/http/contact-view.ts';
import { ingestWebhook } from '../../companion/ingest/ingest.ts';
import type { Store } from '../../companion/store/store.ts';
import {
  inboundReferralWebhook,
  inboundTextWebhook,
  pmpPricing,
  statusWebhook,
  userPreferencesWebhook,
  type WebhookBodyJson,
  webhookError,
} from '../../shared/contracts/webhook-builders.ts';
import { parseWebhookBody } from '../../shared/contracts/webhook-envelope.ts';
import { DAY, HOUR, MINUTE } from '../../shared/time/clock.ts';

const NUM_RUNS = 100;
const MAX_BODIES = 30;
const business = { wabaId: '102290129340398', phoneNumberId: PHONE_NUMBER_ID, displayPhoneNumber: '15550783881' };
const CONTACTS = [
  { waId: '5511987654321', name: 'Ana Souza' },
  { waId: '5511987654322', name: 'Bruno Lima' },
  { waId: '5511987654323', name: 'Carla Dias' },
];
const keyOf = (contact: number) => `+${CONTACTS[contact]!.waId}`;
const MESSAGES_PER_CONTACT = 2;
const wamidOf = (contact: number, message: number) => `wamid.out.${contact}.${message}`;
/** Our sends go out at SENT_AT; every webhook instant falls on a one-minute grid after it, so ties are common. */
const SENT_AT = T0 - 10 * MINUTE;
const instant = fc.integer({ min: 0, max: 20 }).map((k) => SENT_AT + k * MINUTE);
const contact = fc.integer({ min: 0, max: CONTACTS.length - 1 });
const TEXTS = ['Oi, meu pedido chegou?', 'STOP', 'parar', 'Stop promotions', 'START', 'retomar', 'sim'];
const FAILURE_CODES = [131049, 131050, 131026] as const;
/** Instants the derived state is read at: right after the webhooks, and as windows and limit slots expire. */
const READ_AT = [T0, T0 + 12 * HOUR, SENT_AT + DAY, T0 + DAY + 5 * MINUTE, T0 + 2 * DAY];

type Spec =
  | { kind: 'inbound'; contact: number; text: string; referral: boolean; at: number }
  | {
      kind: 'status';
      contact: number;
      message: number;
      status: 'sent' | 'delivered' | 'read' | 'failed';
      code: number;
      at: number;
    }
  | { kind: 'preference'; contact: number; value: 'stop' | 'resume'; at: number };

const spec: fc.Arbitrary<Spec> = fc.oneof(
  fc.record({
    kind: fc.constant('inbound' as const),
    contact,
    text: fc.constantFrom(...TEXTS),
    referral: fc.boolean(),
    at: instant,
  }),
  fc.record({
    kind: fc.constant('status' as const),
    contact,
    message: fc.integer({ min: 0, max: MESSAGES_PER_CONTACT - 1 }),
    status: fc.constantFrom('sent' as const, 'delivered' as const, 'read' as const, 'failed' as const),
    code: fc.constantFrom(...FAILURE_CODES),
    at: instant,
  }),
  fc.record({
    kind: fc.constant('preference' as const),
    contact,
    value: fc.constantFrom('stop' as const, 'resume' as const),
    at: instant,
  }),
);

/**
 * Meta sends one webhook per wamid and status (a retry repeats the same body), so the generated set has one status
 * spec per (wamid, status); inbound message ids are unique per spec.
 */
const specs = fc.uniqueArray(spec, {
  maxLength: MAX_BODIES,
  selector: (s) => (s.kind === 'status' ? `${wamidOf(s.contact, s.message)}:${s.status}` : JSON.stringify(s)),
});

function bodyOf(s: Spec, index: number): WebhookBodyJson {
  const user = CONTACTS[s.contact]!;
  switch (s.kind) {
    case 'inbound': {
      const input = { business, user, messageId: `wamid.in.${index}`, text: s.text, at: s.at };
      return s.referral
        ? inboundReferralWebhook({
            ...input,
            referral: {
              source_url: 'https://fb.me/ad',
              source_id: '120',
              source_type: 'ad',
              ctwa_clid: `clid${index}`,
            },
          })
        : inboundTextWebhook(input);
    }
    case 'status':
      return statusWebhook({
        business,
        recipient: user,
        messageId: wamidOf(s.contact, s.message),
        status: s.status,
        at: s.at,
        pricing: pmpPricing('utility'),
        ...(s.status === 'failed' ? { errors: [webhookError(s.code, `Error ${s.code}`)] } : {}),
      });
    case 'preference':
      return userPreferencesWebhook({ business, user, value: s.value, at: s.at });
  }
}

/** A fresh store with each contact's template sends already out and counted, as the gate leaves them. */
function storeWithSends(): Store {
  const store = seededStore();
  for (let c = 0; c < CONTACTS.length; c++) {
    store.contacts.ensure({ phone: keyOf(c) as never }, undefined, SENT_AT);
    for (let m = 0; m < MESSAGES_PER_CONTACT; m++) {
      const wamid = wamidOf(c, m);
      store.messages.insert({
        id: `id-${wamid}`,
        idempotency_key: `key-${wamid}`,
        contact: keyOf(c),
        phone_number_id: PHONE_NUMBER_ID,
        kind: 'template',
        template_name: orderUpdate.name,
        template_language: orderUpdate.language,
        category: 'utility',
        payload: '{}',
        agent: null,
        businessInitiated: true,
        at: SENT_AT,
      });
      store.messages.setWamid(`id-${wamid}`, wamid, SENT_AT);
      store.ledger.reserve(`id-${wamid}`, PORTFOLIO_ID, keyOf(c), SENT_AT);
    }
  }
  return store;
}

function ingest(store: Store, json: WebhookBodyJson, now: number): void {
  const body = parseWebhookBody(json);
  if (!body.ok) throw new Error(body.error.message);
  ingestWebhook(store, body.value, { now, phoneNumberId: PHONE_NUMBER_ID });
}

/** Everything a user of the store can see of the webhooks' effects, read at the given instants. */
function derivedState(store: Store) {
  return READ_AT.map((now) => ({
    now,
    contacts: CONTACTS.map((_, c) => {
      const view = contactView(store, keyOf(c), scope, now, 'en');
      if (!view.ok) throw new Error(view.error.message);
      return {
        consent: view.value.consent,
        window: view.value.window,
        lastInboundAt: view.value.lastInboundAt,
        undeliverable: view.value.contact.undeliverable,
        verdicts: view.value.verdicts,
        counted: store.ledger.isCounted(PORTFOLIO_ID, keyOf(c), now),
      };
    }),
    messages: CONTACTS.flatMap((_, c) =>
      Array.from({ length: MESSAGES_PER_CONTACT }, (_, m) => {
        const row = store.messages.get(`id-${wamidOf(c, m)}`);
        return { status: row?.status, errorCode: row?.error_code };
      }),
    ),
    usage: store.ledger.usage(PORTFOLIO_ID, 'TIER_2K', now),
    ecosystemCaps: CONTACTS.map((_, c) => store.contacts.get(keyOf(c))?.last_ecosystem_cap_at ?? null),
  }));
}

describe('ingest of duplicated, reordered and replayed webhooks (spec §4)', () => {
  it('derives the same contacts, message statuses and counted recipients as the bodies delivered once in order', () => {
    const scenario = specs.chain((list) => {
      const bodies = list.map(bodyOf);
      /** "In order": each body once, by the instant it reports (the generated order breaks ties). */
      const byTime = list
        .map((s, i) => ({ at: s.at, i }))
        .sort((a, b) => a.at - b.at)
        .map(({ i }) => i);
      const indices = bodies.map((_, i) => i);
      return fc.record({
        bodies: fc.constant(bodies),
        byTime: fc.constant(byTime),
        /** Every body once in any order, interleaved with early retries of some of them. */
        shuffled: fc.array(fc.nat(), { maxLength: bodies.length }).chain((copies) => {
          const all = [...indices, ...copies.flatMap((i) => (bodies.length ? [i % bodies.length] : []))];
          return fc.shuffledSubarray(all, { minLength: all.length, maxLength: all.length });
        }),
        /** Meta's retries days later: any of the bodies again, in any order, with a later `now`. */
        replay: fc.array(fc.nat(), { maxLength: bodies.length }),
        replayAfter: fc.integer({ min: 1, max: 7 }).map((days) => T0 + days * DAY),
      });
    });
    fc.assert(
      fc.property(scenario, ({ bodies, byTime, shuffled, replay, replayAfter }) => {
        const inOrder = storeWithSends();
        for (const i of byTime) ingest(inOrder, bodies[i]!, T0);

        const disordered = storeWithSends();
        for (const [n, i] of shuffled.entries()) ingest(disordered, bodies[i]!, T0 + n * MINUTE);
        for (const i of replay) if (bodies.length) ingest(disordered, bodies[i % bodies.length]!, replayAfter);

        expect(derivedState(disordered)).toEqual(derivedState(inOrder));
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
