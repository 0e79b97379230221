// @vitest-environment node
// Node environment: the real companion runs in-process here, and happy-dom's fetch would apply web-page CORS rules to it.
/**
 * The worker's sync and outbox against the real companion (SQLite, HTTP, sandbox platform): the outbox survives the
 * companion being down, delivers exactly once, and a replay after a lost answer never sends twice.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startTestCompanion, type TestCompanion } from '../../test/integration/harness.ts';
import { AppDB } from '../db/app-db.ts';
import { createReader } from '../db/reader.ts';
import { loadContactData } from '../ui/models/records.ts';

import { createCompanionClient } from './companion-client.ts';
import { drainOutbox, enqueueConsent, enqueueMessage } from './outbox.ts';
import { syncAndDeliver, syncOnce } from './sync.ts';

const ANA = '+5511987654321';
const template = {
  name: 'order_update',
  language: 'pt_BR',
  params: { header_1: 'BR-1', '1': 'Ana', '2': 'BR-1', '3': 'enviado' },
};

let companion: TestCompanion | undefined;
let db: AppDB;
afterEach(async () => {
  await companion?.close();
  companion = undefined;
  await db?.delete();
});

function clientFor(settings: { address: string; token: string | null }) {
  return createCompanionClient(async () => settings);
}

describe('sync', () => {
  it('pulls templates, the number, contacts and their consent into IndexedDB and records when', async () => {
    companion = await startTestCompanion();
    db = new AppDB(`t-${crypto.randomUUID()}`);
    const result = await syncOnce(db, clientFor({ address: companion.url, token: companion.token }), Date.now);
    expect(result).toEqual({ ok: true });
    expect(await db.templates.count()).toBeGreaterThan(10);
    expect((await db.number.get('current'))?.view?.messagingLimit.tier).toBe('TIER_250');
    expect((await loadContactData(createReader(db.name), { key: ANA, phone: ANA })).consent[0]?.action).toBe('opt_in');
    expect((await db.sync.get('feed'))?.lastError).toBeNull();
  });

  it('says the companion is unreachable, and keeps what it had', async () => {
    db = new AppDB(`t-${crypto.randomUUID()}`);
    const result = await syncOnce(db, clientFor({ address: 'http://127.0.0.1:9', token: 'x'.repeat(40) }), Date.now);
    expect(result.ok).toBe(false);
    expect((await db.sync.get('feed'))?.lastError).toMatch(/not reachable/);
  });
});

/** A companion the extension was paired with, now stopped (its data kept for the restart); settings point nowhere. */
async function pairedThenDown() {
  companion = await startTestCompanion();
  const dataDir = companion.dataDir;
  const settings = { address: 'http://127.0.0.1:9', token: companion.token };
  await companion.close({ keepData: true });
  return { dataDir, settings, client: clientFor(settings) };
}

describe('outbox', () => {
  it('queues while the companion is down and delivers exactly once when it is back', async () => {
    const { dataDir, settings, client } = await pairedThenDown();
    db = new AppDB(`t-${crypto.randomUUID()}`);
    await enqueueMessage(db, '01JD0000000000000000000001', { to: ANA, template }, Date.now());
    await drainOutbox(db, client, Date.now);
    expect(await db.outbox.get('01JD0000000000000000000001')).toMatchObject({ state: 'pending', attempts: 1 });

    companion = await startTestCompanion({ dataDir });
    settings.address = companion.url;
    settings.token = companion.token;
    const later = () => Date.now() + 10 * 60_000; // past the back-off
    await Promise.all([drainOutbox(db, client, later), drainOutbox(db, client, later)]);
    expect(await db.outbox.get('01JD0000000000000000000001')).toMatchObject({ state: 'accepted' });
    expect((await companion.api('/v1/number')).body.messagingLimit.used).toBe(1);
  });

  // Found by test/e2e/companion-down.e2e.test.ts: after a long outage the queue waited out its back-off (up to 5 min)
  // while the panel already said the companion was up to date and each send still said "not reachable; will retry".
  it('the first sync that reaches the companion again delivers the queue at once, not after the back-off', async () => {
    const { dataDir, settings, client } = await pairedThenDown();
    db = new AppDB(`t-${crypto.randomUUID()}`);
    await enqueueMessage(db, '01JD0000000000000000000011', { to: ANA, template }, Date.now());
    const consent = { contact: ANA, action: 'opt_out' as const, categories: ['marketing' as const] };
    const proof = { source: 'in_thread' as const, wording: 'Pare com as ofertas', agent: 'Marina' };
    await enqueueConsent(db, '01JD0000000000000000000012', { ...consent, ...proof }, Date.now());
    expect((await syncAndDeliver(db, client, Date.now)).ok).toBe(false);
    await db.outbox.toCollection().modify({ attempts: 9, nextAttemptAt: Date.now() + 5 * 60_000 }); // a long outage

    companion = await startTestCompanion({ dataDir });
    settings.address = companion.url;
    settings.token = companion.token;
    expect(await syncAndDeliver(db, client, Date.now)).toEqual({ ok: true });
    expect((await db.outbox.toArray()).map((item) => item.state)).toEqual(['accepted', 'accepted']);
    expect((await companion.api('/v1/number')).body.messagingLimit.used).toBe(1);

    // A sync that was not recovering from an outage leaves a back-off alone (e.g. a busy companion's Retry-After).
    await enqueueMessage(db, '01JD0000000000000000000013', { to: ANA, text: 'x' }, Date.now());
    await db.outbox.update('01JD0000000000000000000013', { nextAttemptAt: Date.now() + 60_000 });
    await syncAndDeliver(db, client, Date.now);
    expect((await db.outbox.get('01JD0000000000000000000013'))?.state).toBe('pending');
  });

  it('a replay after a lost answer gets the first answer and sends nothing twice', async () => {
    companion = await startTestCompanion();
    db = new AppDB(`t-${crypto.randomUUID()}`);
    const client = clientFor({ address: companion.url, token: companion.token });
    await enqueueMessage(db, '01JD0000000000000000000002', { to: ANA, template }, Date.now());
    await drainOutbox(db, client, Date.now);
    const first = await db.outbox.get('01JD0000000000000000000002');
    await db.outbox.update('01JD0000000000000000000002', { state: 'pending', nextAttemptAt: 0 }); // the answer was "lost"
    await drainOutbox(db, client, Date.now);
    const second = await db.outbox.get('01JD0000000000000000000002');
    expect(second?.result).toEqual(first?.result);
    expect((await companion.api('/v1/number')).body.messagingLimit.used).toBe(1);
  });

  it('a refusal is a final answer with every reason', async () => {
    companion = await startTestCompanion();
    db = new AppDB(`t-${crypto.randomUUID()}`);
    const client = clientFor({ address: companion.url, token: companion.token });
    await enqueueMessage(db, '01JD0000000000000000000003', { to: ANA, text: 'Oi!' }, Date.now());
    await drainOutbox(db, client, Date.now);
    expect(await db.outbox.get('01JD0000000000000000000003')).toMatchObject({
      state: 'refused',
      result: { refused: true, reasons: [{ code: 'window_closed' }] },
    });
  });
});
