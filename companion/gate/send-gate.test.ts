import { describe, expect, it } from 'vitest';
import { fixedClock, HOUR } from '../../shared/time/clock.ts';
import type { GraphResult, SentMessage } from '../whatsapp/graph-client.ts';
import { PORTFOLIO_ID, phoneOf, scope, seededStore, T0, templateSend } from './gate-fixtures.test-helpers.ts';
import { createSendGate } from './send-gate.ts';

type Reply = GraphResult<SentMessage> | Promise<GraphResult<SentMessage>>;

function gateWith(store: ReturnType<typeof seededStore>, reply: (payload: object, call: number) => Reply) {
  const calls: object[] = [];
  let id = 0;
  const gate = createSendGate({
    store,
    clock: fixedClock(T0),
    newId: () => `msg${String(++id).padStart(6, '0')}`,
    scope: () => scope,
    sleep: async () => {},
    random: () => 0.5,
    graph: {
      sendMessage: async (payload) => {
        calls.push(payload);
        return reply(payload, calls.length);
      },
    },
  });
  return { gate, calls };
}

const accepted = (n: number): GraphResult<SentMessage> => ({
  ok: true,
  value: { wamid: `wamid.${n}`, messageStatus: 'accepted' },
});

describe('send gate: the limit is reserved atomically (spec §2)', () => {
  it('sends exactly 10 of 200 concurrent sends to new recipients when 10 slots are left', async () => {
    const store = seededStore({ tier: 'TIER_250', optedIn: 200 });
    for (let i = 0; i < 240; i++)
      store.ledger.reserve(`old${i}`, PORTFOLIO_ID, `+5521999${String(100000 + i)}`, T0 - HOUR);
    const { gate, calls } = gateWith(store, (_payload, n) => accepted(n));
    const answers = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        gate.send(templateSend(phoneOf(i), `key-${String(i).padStart(4, '0')}`), 'en'),
      ),
    );
    expect(answers.filter((a) => a.httpStatus === 202)).toHaveLength(10);
    expect(calls).toHaveLength(10);
    const refused = answers.filter((a) => a.httpStatus === 422);
    expect(refused).toHaveLength(190);
    expect(JSON.stringify(refused[0]?.body)).toContain('limit_reached');
    expect(store.ledger.usage(PORTFOLIO_ID, 'TIER_250', T0).used).toBe(250);
  });
});

describe('send gate: idempotency', () => {
  it('the same key never sends twice and returns the first answer, even concurrently', async () => {
    const store = seededStore({ optedIn: 1 });
    const { gate, calls } = gateWith(store, (_p, n) => accepted(n));
    const [a, b] = await Promise.all([
      gate.send(templateSend(phoneOf(0), 'same-key-1'), 'en'),
      gate.send(templateSend(phoneOf(0), 'same-key-1'), 'en'),
    ]);
    const c = await gate.send(templateSend(phoneOf(0), 'same-key-1'), 'en');
    expect(calls).toHaveLength(1);
    expect(b).toEqual(a);
    expect(c.body).toEqual(a.body);
  });

  it('a refused send never reaches the Graph API', async () => {
    const store = seededStore({ optedIn: 0 });
    const { gate, calls } = gateWith(store, (_p, n) => accepted(n));
    const answer = await gate.send(templateSend(phoneOf(5), 'no-consent-1'), 'pt');
    expect(answer.httpStatus).toBe(422);
    expect(calls).toHaveLength(0);
    expect(JSON.stringify(answer.body)).toContain('no_opt_in');
  });
});

describe('send gate: Graph API outcomes (spec §5, §11.6)', () => {
  it('a timeout is never retried: the send is unknown and keeps its slot', async () => {
    const store = seededStore({ optedIn: 1 });
    const { gate, calls } = gateWith(store, () => ({ ok: false, failure: { kind: 'timeout' } }));
    const answer = await gate.send(templateSend(phoneOf(0), 'timeout-key-1'), 'en');
    expect(answer).toMatchObject({ httpStatus: 202, body: { status: 'unknown', wamid: null } });
    expect(calls).toHaveLength(1);
    expect(store.ledger.isCounted(PORTFOLIO_ID, phoneOf(0), T0)).toBe(true);
    const again = await gate.send(templateSend(phoneOf(0), 'timeout-key-1'), 'en');
    expect(calls).toHaveLength(1);
    expect(again.body).toEqual(answer.body);
  });

  it('a definitive refusal fails the message and releases its slot', async () => {
    const store = seededStore({ optedIn: 1 });
    const { gate } = gateWith(store, () => ({
      ok: false,
      failure: {
        kind: 'graph_error',
        httpStatus: 400,
        code: 132001,
        message: 'Template name does not exist in the translation',
      },
    }));
    const answer = await gate.send(templateSend(phoneOf(0), 'refused-key-1'), 'es');
    expect(answer.httpStatus).toBe(422);
    expect(JSON.stringify(answer.body)).toContain('meta_132001');
    expect(store.ledger.isCounted(PORTFOLIO_ID, phoneOf(0), T0)).toBe(false);
  });

  it('a throughput refusal (130429) is retried with back-off, then sent once', async () => {
    const store = seededStore({ optedIn: 1 });
    const { gate, calls } = gateWith(store, (_p, n) =>
      n < 3
        ? { ok: false, failure: { kind: 'graph_error', httpStatus: 400, code: 130429, message: 'Rate limit hit' } }
        : accepted(n),
    );
    const answer = await gate.send(templateSend(phoneOf(0), 'throttled-key-1'), 'en');
    expect(answer.httpStatus).toBe(202);
    expect(calls).toHaveLength(3);
    expect(store.ledger.usage(PORTFOLIO_ID, 'TIER_2K', T0).used).toBe(1);
  });

  it('131050 from the Graph API records a marketing opt-out', async () => {
    const store = seededStore({ optedIn: 1 });
    const { gate } = gateWith(store, () => ({
      ok: false,
      failure: { kind: 'graph_error', httpStatus: 400, code: 131050, message: 'User stopped marketing' },
    }));
    await gate.send(templateSend(phoneOf(0), 'stopped-key-1'), 'en');
    expect(
      store.consent.ofContact(phoneOf(0)).some((e) => e.action === 'opt_out' && e.categories.includes('marketing')),
    ).toBe(true);
  });
});
