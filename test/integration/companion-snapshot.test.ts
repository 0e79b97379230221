/** GET /v1/snapshot over real HTTP: every key once across pages, with its consent and recent messages, and a cursor. */
import { afterEach, describe, expect, it } from 'vitest';
import { orderUpdate, startTestCompanion, type TestCompanion } from './harness.ts';

const ANA = '+5511987654321'; // demo contact 1001, opted in
const NEWCOMER = '+5531990001234'; // never wrote, never messaged: an opt-in recorded from the CRM

let companion: TestCompanion | undefined;
afterEach(async () => {
  await companion?.close();
  companion = undefined;
});

// biome-ignore lint/suspicious/noExplicitAny: JSON bodies of the API
async function allPages(c: TestCompanion, limit: number, query = ''): Promise<{ entries: any[]; first: any }> {
  // biome-ignore lint/suspicious/noExplicitAny: as above
  const entries: any[] = [];
  let after = '';
  let first: unknown;
  for (let pages = 0; pages < 1000; pages++) {
    const page = await c.api(`/v1/snapshot?limit=${limit}&after=${encodeURIComponent(after)}${query}`);
    expect(page.status).toBe(200);
    first ??= page.body;
    entries.push(...page.body.contacts);
    if (page.body.next === null) return { entries, first };
    after = page.body.next;
  }
  throw new Error('the snapshot never ended');
}

describe('the per-contact snapshot', () => {
  it('pages through every key once, in order, including a contact who only has an opt-in recorded from the CRM', async () => {
    companion = await startTestCompanion();
    const consent = await companion.api('/v1/consent', {
      method: 'POST',
      json: {
        contact: NEWCOMER,
        action: 'opt_in',
        categories: ['marketing'],
        source: 'agent',
        wording: 'Posso te mandar ofertas pelo WhatsApp? Sim.',
        agent: 'marina@demo.test',
      },
    });
    expect(consent.status).toBe(201);
    const { entries, first } = await allPages(companion, 7);
    const keys = entries.map((entry) => entry.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual([...keys].sort());
    expect(keys.length).toBeGreaterThanOrEqual(37);
    expect(first.total).toBeGreaterThanOrEqual(36);
    const newcomer = entries.find((entry) => entry.key === NEWCOMER);
    expect(newcomer).toMatchObject({
      contact: { key: NEWCOMER, lastInboundAt: null },
      consent: [{ action: 'opt_in', recordedBy: 'marina@demo.test' }],
    });
    const ana = entries.find((entry) => entry.key === ANA);
    expect(ana.contact).toMatchObject({ key: ANA, phone: ANA });
    expect(ana.consent.length).toBeGreaterThan(0);
    // The same answer in one page as in many.
    const single = await companion.api('/v1/snapshot?limit=5000');
    expect(single.body.contacts).toEqual(entries);
  });

  it('carries recent messages, and events after its feed cursor come through the feed', async () => {
    companion = await startTestCompanion();
    const sent = await companion.api('/v1/messages', { method: 'POST', json: orderUpdate(ANA, 'snapshot-0001') });
    expect(sent.status).toBe(202);
    const { entries, first } = await allPages(companion, 50);
    const ana = entries.find((entry) => entry.key === ANA);
    expect(ana.messages).toContainEqual(
      expect.objectContaining({
        id: sent.body.id,
        template: { name: 'order_update', language: 'pt_BR' },
        businessInitiated: true,
      }),
    );
    const future = await companion.api(`/v1/snapshot?limit=5000&since=${Date.now() + 60_000}`);
    expect(future.body.contacts.every((entry: { messages: unknown[] }) => entry.messages.length === 0)).toBe(true);

    await companion.api('/v1/consent', {
      method: 'POST',
      json: {
        contact: ANA,
        action: 'opt_out',
        categories: ['marketing'],
        source: 'agent',
        wording: 'Pode parar as ofertas.',
        agent: 'marina@demo.test',
      },
    });
    const feed = await companion.api(`/v1/events?after=${first.feedCursor}&limit=5000`);
    expect(feed.body.events).toContainEqual(
      expect.objectContaining({ type: 'consent', contact: ANA, data: expect.objectContaining({ action: 'opt_out' }) }),
    );
  });

  it('refuses bad parameters with a message, and anyone without the token', async () => {
    companion = await startTestCompanion();
    for (const query of ['limit=0', 'limit=5001', 'limit=abc', 'since=-1', `after=${'x'.repeat(301)}`]) {
      const answer = await companion.api(`/v1/snapshot?${query}`);
      expect(answer.status, query).toBe(400);
      expect(answer.body.error.message.length, query).toBeGreaterThan(10);
    }
    const anonymous = await companion.api('/v1/snapshot', { headers: { authorization: 'Bearer nope' } });
    expect(anonymous.status).toBe(401);
  });
});
