import { describe, expect, it } from 'vitest';
import { inboundTextWebhook } from '../../shared/contracts/webhook-builders.ts';
import { parseWebhookBody } from '../../shared/contracts/webhook-envelope.ts';
import { fixedClock, MINUTE } from '../../shared/time/clock.ts';
import { PHONE_NUMBER_ID, seededStore, T0 } from '../gate/gate-fixtures.test-helpers.ts';
import { createIngestQueue } from './group-commit.ts';

const business = { wabaId: '102290129340398', phoneNumberId: PHONE_NUMBER_ID, displayPhoneNumber: '15550783881' };

function body(waId: string, id: string) {
  const parsed = parseWebhookBody(
    inboundTextWebhook({ business, user: { waId }, messageId: id, text: 'Oi', at: T0 - MINUTE }),
  );
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
}

describe('group commit of webhook bodies', () => {
  it('commits the bodies of one event-loop turn together and answers each only after the commit', async () => {
    const store = seededStore();
    const queue = createIngestQueue(store, fixedClock(T0), () => PHONE_NUMBER_ID);
    const answers = await Promise.all([
      queue.ingest(body('5511911110001', 'wamid.a')),
      queue.ingest(body('5511911110002', 'wamid.b')),
    ]);
    expect(answers.map((a) => a.applied)).toEqual([1, 1]);
    expect(store.contacts.get('+5511911110001')?.last_inbound_at).toBe(T0 - MINUTE);
    expect(store.contacts.get('+5511911110002')?.last_inbound_at).toBe(T0 - MINUTE);
    expect(store.db.isTransaction).toBe(false);
  });

  it('a body that fails is refused alone: the others of the batch are still committed', async () => {
    const store = seededStore();
    const recordInbound = store.contacts.recordInbound;
    store.contacts.recordInbound = (key, at, referral, now) => {
      if (key === '+5511911110003') throw new Error('disk full (injected)');
      recordInbound(key, at, referral, now);
    };
    const queue = createIngestQueue(store, fixedClock(T0), () => PHONE_NUMBER_ID);
    const [good, bad] = await Promise.allSettled([
      queue.ingest(body('5511911110004', 'wamid.c')),
      queue.ingest(body('5511911110003', 'wamid.d')),
    ]);
    expect(good.status).toBe('fulfilled');
    expect(bad.status).toBe('rejected');
    expect(store.contacts.get('+5511911110004')).toBeDefined();
    expect(store.contacts.get('+5511911110003')).toBeUndefined(); // its savepoint was rolled back whole
  });
});
