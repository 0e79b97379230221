// @vitest-environment node
// Node environment: the real companion runs in-process here, and happy-dom's fetch would apply web-page CORS rules to it.
/**
 * A fresh extension's first sync loads the companion's per-contact snapshot (not the whole feed), shows its progress,
 * resumes where a stopped worker left it, and hands over to the feed at the cursor the snapshot began at.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { orderUpdate, startTestCompanion, type TestCompanion } from '../../test/integration/harness.ts';
import { AppDB } from '../db/app-db.ts';
import { createReader } from '../db/reader.ts';
import type { SyncState } from '../db/records.ts';
import { loadContactData } from '../ui/models/records.ts';
import { type CompanionClient, createCompanionClient } from './companion-client.ts';
import { storedContactKeys } from './stored-contact.ts';
import { syncOnce } from './sync.ts';

const ANA = '+5511987654321';

let companion: TestCompanion | undefined;
const dbs: AppDB[] = [];
afterEach(async () => {
  await companion?.close();
  companion = undefined;
  for (const db of dbs.splice(0)) await db.delete();
});

function freshDb(): AppDB {
  const db = new AppDB(`t-${crypto.randomUUID()}`);
  dbs.push(db);
  return db;
}

function clientOf(c: TestCompanion): CompanionClient {
  return createCompanionClient(async () => ({ address: c.url, token: c.token }));
}

/** What the panel would read for every contact: the contact row joined with its consent and messages. */
async function localState(db: AppDB) {
  const out: Record<string, unknown> = {};
  for (const key of await storedContactKeys(db)) {
    const data = await loadContactData(createReader(db.name), { key, phone: key.startsWith('+') ? key : null });
    out[key] = {
      contact: { ...data.contact, syncedAt: 0, history: undefined },
      consent: [...data.consent].sort((a, b) => a.id.localeCompare(b.id)),
      messages: data.messages.map((m) => ({ ...m, updatedAt: 0 })).sort((a, b) => a.id.localeCompare(b.id)),
    };
  }
  return out;
}

const consentOf = async (db: AppDB, key: string) =>
  (await loadContactData(createReader(db.name), { key, phone: key })).consent;

describe('first sync from the snapshot', () => {
  it('loads every contact with its consent and recent messages, and never reads the feed from the start', async () => {
    companion = await startTestCompanion();
    const sent = await companion.api('/v1/messages', {
      method: 'POST',
      json: orderUpdate(ANA, 'snap-sync-0001', 'BR-1'),
    });
    expect(sent.status).toBe(202);
    const snapshot = await companion.api('/v1/snapshot?limit=5000');
    const feedAsked: string[] = [];
    const real = clientOf(companion);
    const client: CompanionClient = {
      ...real,
      events: (after, limit) => {
        feedAsked.push(after ?? 'null');
        return real.events(after, limit);
      },
    };
    const db = freshDb();
    expect(await syncOnce(db, client, Date.now)).toEqual({ ok: true });
    // A row for every contact the companion knows something about; none for those it knows nothing of (same verdicts).
    const known = snapshot.body.contacts.filter(
      (entry: { contact: Record<string, unknown> | null; consent: unknown[]; messages: unknown[] }) =>
        entry.consent.length > 0 ||
        entry.messages.length > 0 ||
        Object.entries(entry.contact ?? {}).some(([field, value]) => field.endsWith('At') && value !== null),
    );
    expect(known.length).toBeGreaterThan(20);
    expect((await storedContactKeys(db)).length).toBe(known.length);
    for (const entry of snapshot.body.contacts) {
      const data = await loadContactData(createReader(db.name), { key: entry.key, phone: entry.key });
      expect(data.consent.length, entry.key).toBe(entry.consent.length);
    }
    expect((await consentOf(db, ANA))[0]?.action).toBe('opt_in');
    const ana = await loadContactData(createReader(db.name), { key: ANA, phone: ANA });
    expect(ana.messages.find((m) => m.id === sent.body.id)).toMatchObject({
      contact: ANA,
      template: { name: 'order_update', language: 'pt_BR' },
      businessInitiated: true,
    });
    // The feed starts where the snapshot began (webhooks of the send may have moved it since our own look), never at 0.
    expect(Number(feedAsked[0])).toBeGreaterThanOrEqual(Number(snapshot.body.feedCursor));
    expect(Number(feedAsked[0])).toBeGreaterThan(0);
    const sync = (await db.sync.get('feed')) as SyncState;
    expect(sync).toMatchObject({ lastError: null, snapshot: null, progress: null });
    expect(sync.lastSyncAt).not.toBeNull();
  });

  it('resumes after a stop halfway, ends in the same state as one run, and picks up what happened meanwhile', async () => {
    companion = await startTestCompanion();
    const real = clientOf(companion);
    const resumed = freshDb();
    let pages = 0;
    let progressSeen: SyncState['progress'] = null;
    const stopsAfterOnePage: CompanionClient = {
      ...real,
      snapshot: async (after, _limit, since) => {
        pages++;
        if (pages > 1) {
          // Fetched while the first page is written: give the write time to land, then look at what the panel sees.
          await new Promise((resolve) => setTimeout(resolve, 300));
          progressSeen = (await resumed.sync.get('feed'))?.progress ?? null;
          return { ok: false, error: { kind: 'unreachable', message: 'worker stopped' } };
        }
        return real.snapshot(after, 10, since);
      },
    };
    expect((await syncOnce(resumed, stopsAfterOnePage, Date.now)).ok).toBe(false);
    const halfway = (await resumed.sync.get('feed')) as SyncState;
    expect(halfway.snapshot).toMatchObject({ done: 10 });
    expect(progressSeen).toMatchObject({ done: 10, total: expect.any(Number) });
    expect((await storedContactKeys(resumed)).length).toBeLessThanOrEqual(10);

    // Meanwhile an agent records an opt-out: it is after the snapshot's feed cursor, so the feed brings it.
    const optOut = await companion.api('/v1/consent', {
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
    expect(optOut.status).toBe(201);
    expect(await syncOnce(resumed, real, Date.now)).toEqual({ ok: true });

    const oneRun = freshDb();
    expect(await syncOnce(oneRun, real, Date.now)).toEqual({ ok: true });
    expect(await localState(resumed)).toEqual(await localState(oneRun));
    const actions = (await consentOf(resumed, ANA)).map((e) => e.action);
    expect(actions).toContain('opt_out');
  });

  it('stops saying the companion is unreachable as soon as it answers, not only once the load is over', async () => {
    companion = await startTestCompanion();
    const db = freshDb();
    const unpaired = createCompanionClient(async () => ({ address: companion?.url ?? '', token: null }));
    expect((await syncOnce(db, unpaired, Date.now)).ok).toBe(false);
    expect((await db.sync.get('feed'))?.lastError).toBeTruthy();
    const real = clientOf(companion);
    let errorDuringLoad: string | null | undefined;
    const watching: CompanionClient = {
      ...real,
      snapshot: async (after, _limit, since) => {
        if (after !== '') errorDuringLoad = (await db.sync.get('feed'))?.lastError;
        return real.snapshot(after, 10, since);
      },
    };
    expect(await syncOnce(db, watching, Date.now)).toEqual({ ok: true });
    expect(errorDuringLoad).toBeNull();
  });

  it('runs one sync at a time however many callers ask', async () => {
    companion = await startTestCompanion();
    const real = clientOf(companion);
    let snapshots = 0;
    const counting: CompanionClient = {
      ...real,
      snapshot: (after, limit, since) => {
        snapshots++;
        return real.snapshot(after, limit, since);
      },
    };
    const db = freshDb();
    const results = await Promise.all([1, 2, 3].map(() => syncOnce(db, counting, Date.now)));
    expect(results).toEqual([{ ok: true }, { ok: true }, { ok: true }]);
    expect(snapshots).toBe(1);
  });
});
