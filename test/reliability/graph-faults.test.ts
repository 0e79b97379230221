/**
 * The send gate against a misbehaving Graph API (spec §5, §11.6): the real companion, its real Graph client, and the
 * simulated platform told to fail its next send requests (`POST /sandbox/faults`). An answer that may hide an accepted
 * message (5xx page, unreadable 200, lost answer, timeout) is `unknown`: never resent, its limit slot kept, settled by
 * webhooks. A code Meta asks to retry is retried within the wait budget, then 503. Any other code is a 422 that frees
 * the slot. Each case writes to a different opted-in demo contact so the frequency cap never interferes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Fault, SendRequestRecord } from '../../companion/sandbox/faults.ts';
import { startTestCompanion, type TestCompanion } from '../integration/harness.ts';

const PARAMS = { header_1: 'BR-1', '1': 'Ana', '2': 'BR-1', '3': 'enviado' };

let companion: TestCompanion;

beforeAll(async () => {
  companion = await startTestCompanion();
});

afterAll(async () => {
  await companion?.close();
});

function send(to: string, idempotencyKey: string) {
  return companion.api('/v1/messages', {
    method: 'POST',
    json: { to, idempotencyKey, template: { name: 'order_update', language: 'pt_BR', params: PARAMS } },
  });
}

async function injectFaults(faults: Fault[]): Promise<void> {
  const answer = await companion.api('/sandbox/faults', { method: 'POST', json: { faults } });
  expect(answer.status).toBe(200);
}

async function platformSends(): Promise<SendRequestRecord[]> {
  const answer = await companion.api('/sandbox/faults');
  expect(answer.status).toBe(200);
  return answer.body.sends;
}

async function queuedFaults(): Promise<Fault[]> {
  return (await companion.api('/sandbox/faults')).body.queued;
}

async function used(): Promise<number> {
  const answer = await companion.api('/v1/number');
  return answer.body.messagingLimit.used;
}

/** Sends once under `faults` and reports the answer, the platform's requests for it and the used-count change. */
async function sendUnder(faults: Fault[], to: string, key: string) {
  if (faults.length > 0) await injectFaults(faults);
  const before = { sends: (await platformSends()).length, used: await used() };
  const started = Date.now();
  const answer = await send(to, key);
  const tookMs = Date.now() - started;
  const requests = (await platformSends()).slice(before.sends);
  expect(await queuedFaults()).toEqual([]); // every fault was consumed by this send
  return { answer, requests, tookMs, usedDelta: (await used()) - before.used };
}

async function settled(id: string, statuses: string[], timeoutMs = 5000) {
  return companion.waitFor(async () => {
    const message = await companion.api(`/v1/messages/${id}`);
    return statuses.includes(message.body.status) ? message.body : undefined;
  }, timeoutMs);
}

async function expectReplayIsStable(to: string, key: string, first: { status: number; body: unknown }) {
  const before = (await platformSends()).length;
  const again = await send(to, key);
  expect({ status: again.status, body: again.body }).toEqual({ status: first.status, body: first.body });
  expect((await platformSends()).length).toBe(before);
}

describe('answers that may hide an accepted message are unknown, never resent, and keep the slot', () => {
  it.each([
    ['http5xx (502 HTML page)', { kind: 'http5xx' }, '+5511987654321'],
    ['malformed 200', { kind: 'malformed' }, '+5531991234567'],
  ] as const)('%s → 202 unknown', async (_name, fault, to) => {
    const key = `fault-${fault.kind}-0001`;
    const { answer, requests, usedDelta } = await sendUnder([fault], to, key);
    expect(answer.status).toBe(202);
    expect(answer.body).toMatchObject({ wamid: null, status: 'unknown' });
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ fault: fault.kind, bizOpaqueCallbackData: answer.body.id, wamid: null });
    expect(usedDelta).toBe(1);
    const message = await companion.api(`/v1/messages/${answer.body.id}`);
    expect(message.body.status).toBe('unknown');
    await expectReplayIsStable(to, key, answer);
  });

  it.each([
    ['a 504 after Meta accepted', 'http504', '+5551993456789'],
    ['a dropped connection after Meta accepted', 'drop', '+5571991112233'],
  ] as const)('%s → 202 unknown, then settled by the status webhooks', async (_name, lose, to) => {
    const key = `fault-lose-${lose}-0001`;
    const { answer, requests, usedDelta } = await sendUnder([{ kind: 'accept_then_lose', lose }], to, key);
    expect(answer.status).toBe(202);
    expect(answer.body).toMatchObject({ wamid: null, status: 'unknown' });
    expect(requests).toHaveLength(1);
    const wamid = requests[0]?.wamid;
    expect(wamid).toMatch(/^wamid\./);
    expect(requests[0]?.bizOpaqueCallbackData).toBe(answer.body.id);
    expect(usedDelta).toBe(1);

    const message = await settled(answer.body.id, ['delivered', 'read']);
    expect(message.wamid).toBe(wamid);
    expect(await used()).toBeGreaterThanOrEqual(1);
    await expectReplayIsStable(to, key, answer);
    expect((await platformSends()).filter((r) => r.bizOpaqueCallbackData === answer.body.id)).toHaveLength(1);
  });

  it('a true timeout (the platform never answers) → 202 unknown after the client gives up (15 s)', {
    timeout: 30_000,
  }, async () => {
    const to = '+5581994455667';
    const { answer, requests, tookMs, usedDelta } = await sendUnder([{ kind: 'timeout' }], to, 'fault-timeout-0001');
    expect(answer.status).toBe(202);
    expect(answer.body).toMatchObject({ wamid: null, status: 'unknown' });
    expect(tookMs).toBeGreaterThanOrEqual(14_000);
    expect(requests).toHaveLength(1);
    expect(usedDelta).toBe(1);
  });
});

describe('codes Meta asks to retry', () => {
  it('130429 once, then success → 202 accepted after a back-off, sent once', async () => {
    const to = '+5592991234567';
    const { answer, requests, usedDelta } = await sendUnder(
      [{ kind: 'graph_error', code: 130429 }],
      to,
      'fault-130429-0001',
    );
    expect(answer.status).toBe(202);
    expect(answer.body.status).toBe('accepted');
    expect(answer.body.wamid).toMatch(/^wamid\./);
    expect(requests.map((r) => r.fault)).toEqual(['graph_error', null]);
    expect(requests.filter((r) => r.wamid !== null)).toHaveLength(1);
    expect(usedDelta).toBe(1);
    const message = await settled(answer.body.id, ['delivered', 'read']);
    expect(message.wamid).toBe(answer.body.wamid);
  });

  it('131000 once, then success → 202 accepted', async () => {
    const { answer, requests, usedDelta } = await sendUnder(
      [{ kind: 'graph_error', code: 131000, httpStatus: 500 }],
      '+5521987001122',
      'fault-131000-0001',
    );
    expect(answer.status).toBe(202);
    expect(answer.body.status).toBe('accepted');
    expect(requests.map((r) => r.fault)).toEqual(['graph_error', null]);
    expect(usedDelta).toBe(1);
  });

  it('131056 beyond the 5 s wait budget → 503 whatsapp_busy with Retry-After, slot released, nothing sent', {
    timeout: 20_000,
  }, async () => {
    const to = '+5511976543210';
    const key = 'fault-131056-0001';
    const faults: Fault[] = Array.from({ length: 3 }, () => ({ kind: 'graph_error', code: 131056 }));
    const { answer, requests, tookMs, usedDelta } = await sendUnder(faults, to, key);
    expect(answer.status).toBe(503);
    expect(answer.body.error.code).toBe('whatsapp_busy');
    expect(Number(answer.headers.get('retry-after'))).toBeGreaterThan(0);
    // 4^n s to the same pair: 1 s + 4 s fit the 5 s budget, the third 16 s does not.
    expect(requests.map((r) => r.fault)).toEqual(['graph_error', 'graph_error', 'graph_error']);
    expect(requests.every((r) => r.wamid === null)).toBe(true);
    expect(tookMs).toBeGreaterThanOrEqual(4_900);
    expect(usedDelta).toBe(0);
    // A 503 is not a final answer: the same key, once Meta lets it through, sends.
    const retried = await sendUnder([], to, key);
    expect(retried.answer.status).toBe(202);
    expect(retried.answer.body.status).toBe('accepted');
    expect(retried.requests).toHaveLength(1);
    expect(retried.usedDelta).toBe(1);
  });
});

describe('codes that refuse', () => {
  it('132001 → 422 meta_132001, slot released; the replay returns the same 422 without a new request', async () => {
    const to = '+5511965432100';
    const key = 'fault-132001-0001';
    const { answer, requests, usedDelta } = await sendUnder([{ kind: 'graph_error', code: 132001 }], to, key);
    expect(answer.status).toBe(422);
    expect(answer.body.error.code).toBe('refused');
    expect(answer.body.error.reasons.map((r: { code: string }) => r.code)).toEqual(['meta_132001']);
    expect(requests).toHaveLength(1);
    expect(usedDelta).toBe(0);
    await expectReplayIsStable(to, key, answer);
  });
});

describe('POST /sandbox/faults', () => {
  it.each([
    [{}],
    [{ faults: [] }],
    [{ faults: [{ kind: 'explode' }] }],
    [{ faults: [{ kind: 'graph_error' }] }],
    [{ faults: [{ kind: 'graph_error', code: 131000, httpStatus: 200 }] }],
    [{ faults: [{ kind: 'http5xx', httpStatus: 418 }] }],
  ])('refuses %j with 400 and says why', async (json) => {
    const answer = await companion.api('/sandbox/faults', { method: 'POST', json });
    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe('invalid_request');
    expect(answer.body.error.issues.length).toBeGreaterThan(0);
    expect((await companion.api('/sandbox/faults')).body.queued).toEqual([]);
  });

  it('queues, shows and clears faults', async () => {
    await injectFaults([{ kind: 'timeout' }, { kind: 'graph_error', code: 131056, httpStatus: 429 }]);
    expect((await companion.api('/sandbox/faults')).body.queued).toEqual([
      { kind: 'timeout' },
      { kind: 'graph_error', code: 131056, httpStatus: 429 },
    ]);
    expect((await companion.api('/sandbox/faults', { method: 'DELETE' })).status).toBe(200);
    expect((await companion.api('/sandbox/faults')).body.queued).toEqual([]);
  });
});
