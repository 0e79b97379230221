import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { SnapshotEntry } from '../../shared/contracts/snapshot.ts';
import { DEFAULT_POLICY_SETTINGS } from '../../shared/policy/settings.ts';
import { AppDB, SCHEMA_V1 } from '../db/app-db.ts';
import { createReader } from '../db/reader.ts';
import { loadContactData } from '../ui/models/records.ts';
import { applyFeedEvents } from './apply-events.ts';
import { applySnapshotPage } from './apply-snapshot.ts';
import { quickVerdicts } from './quick-verdicts.ts';
import { storedContact, storedContactKeys } from './stored-contact.ts';

const NOW = Date.UTC(2026, 10, 25, 12);
const phoneOf = (i: number) => `+5511${String(900_000_000 + i)}`;

function entry(
  key: string,
  options: { optedIn?: boolean; phone?: string | null; inboundAt?: number } = {},
): SnapshotEntry {
  return {
    key,
    contact: {
      key,
      phone: options.phone === undefined ? key : options.phone,
      bsuid: key.startsWith('+') ? null : key,
      name: `Name of ${key}`,
      lastInboundAt: options.inboundAt ?? null,
      lastReferralAt: null,
      freeEntryPointStartedAt: null,
      lastOutboundAt: NOW - 3_600_000,
      lastEcosystemCapAt: null,
      undeliverableAt: null,
    },
    consent: options.optedIn
      ? [
          {
            id: `c-${key}`,
            contact: key,
            action: 'opt_in',
            categories: ['marketing', 'utility'],
            source: 'web_form',
            wording: 'Yes to WhatsApp updates and offers.',
            at: NOW - 86_400_000,
            recordedBy: 'import',
          },
        ]
      : [],
    messages: [
      {
        id: `m-${key}`,
        wamid: `wamid.${key}`,
        status: 'sent',
        errorCode: null,
        template: { name: 'order_update', language: 'pt_BR' },
        businessInitiated: true,
        createdAt: NOW - 3_600_000,
      },
    ],
  };
}

let db: AppDB | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

/** Rows IndexedDB holds for contacts: own rows plus chunks. */
async function rowsWritten(target: AppDB): Promise<number> {
  return (await target.contacts.count()) + (await target.contactChunks.count());
}

describe('a first sync into an empty database writes its contacts in chunks', () => {
  it('takes a sixtieth of the rows, and the panel and the quick verdicts read every contact as before', async () => {
    db = new AppDB(`t-${crypto.randomUUID()}`);
    const entries = Array.from({ length: 300 }, (_, i) => entry(phoneOf(i * 7), { optedIn: i % 2 === 0 }));
    // Two pages, as the sync brings them.
    await applySnapshotPage(db, entries.slice(0, 150), NOW, { fresh: true });
    await applySnapshotPage(db, entries.slice(150), NOW, { fresh: true });
    expect(await rowsWritten(db)).toBeLessThanOrEqual(6);
    expect((await storedContactKeys(db)).length).toBe(300);

    const reader = createReader(db.name);
    for (const [i, { key }] of entries.entries()) {
      const data = await loadContactData(reader, { key, phone: key });
      expect(data.contact?.name, key).toBe(`Name of ${key}`);
      expect(data.consent.length, key).toBe(i % 2 === 0 ? 1 : 0);
      expect(data.messages.map((m) => m.id)).toEqual([`m-${key}`]);
    }
    const absent = phoneOf(1);
    expect((await loadContactData(reader, { key: absent, phone: absent })).contact).toBeUndefined();

    const verdicts = await quickVerdicts(
      db,
      [
        { raw: 'a', e164: phoneOf(0) },
        { raw: 'b', e164: phoneOf(7) },
      ],
      DEFAULT_POLICY_SETTINGS,
      'en',
      NOW,
    );
    // Opted in (window closed): templates only. Not opted in: nothing may go out.
    expect(verdicts.a?.level).toBe('amber');
    expect(verdicts.b?.level).toBe('red');
    reader.close();
  });

  it('gives a contact the feed changes a row of its own that wins, keeping what the chunk knew', async () => {
    db = new AppDB(`t-${crypto.randomUUID()}`);
    const key = phoneOf(42);
    await applySnapshotPage(db, [entry(phoneOf(41)), entry(key, { optedIn: true }), entry(phoneOf(43))], NOW, {
      fresh: true,
    });
    const inbound = NOW + 60_000;
    await applyFeedEvents(
      db,
      [
        {
          id: 'contact:1',
          type: 'contact',
          contact: key,
          at: inbound,
          data: { ...entry(key).contact, lastInboundAt: inbound },
        },
        {
          id: 'status:1',
          type: 'message',
          contact: key,
          at: inbound,
          data: { id: `m-${key}`, wamid: `wamid.${key}`, status: 'read', errorCode: null },
        },
      ],
      inbound,
    );
    expect((await db.contacts.get(key))?.lastInboundAt).toBe(inbound);
    const reader = createReader(db.name);
    const data = await loadContactData(reader, { key, phone: key });
    expect(data.contact?.lastInboundAt).toBe(inbound);
    expect(data.consent.map((event) => event.id)).toEqual([`c-${key}`]);
    // The status update started from the chunk's copy of the message: its template and date are kept.
    expect(data.messages).toEqual([
      expect.objectContaining({
        id: `m-${key}`,
        status: 'read',
        template: { name: 'order_update', language: 'pt_BR' },
      }),
    ]);
    // The window is open now: free-form allowed beside the number.
    expect((await quickVerdicts(db, [{ raw: 'x', e164: key }], DEFAULT_POLICY_SETTINGS, 'en', inbound)).x?.level).toBe(
      'green',
    );
    // Its neighbours in the same chunk are untouched.
    expect((await storedContact(db, phoneOf(43)))?.name).toBe(`Name of ${phoneOf(43)}`);
    reader.close();
  });

  it('keeps a contact known by user id and a different phone in a row, found by that phone', async () => {
    db = new AppDB(`t-${crypto.randomUUID()}`);
    const phone = phoneOf(5);
    await applySnapshotPage(db, [entry('BR.user-5', { phone, optedIn: true }), entry(phoneOf(6))], NOW, {
      fresh: true,
    });
    expect(await db.contacts.get('BR.user-5')).toBeDefined();
    const reader = createReader(db.name);
    expect((await loadContactData(reader, { key: phone, phone })).contact?.key).toBe('BR.user-5');
    reader.close();
  });

  it('merges into stored contacts, row by row, when the database already held some', async () => {
    db = new AppDB(`t-${crypto.randomUUID()}`);
    const key = phoneOf(9);
    await applySnapshotPage(db, [entry(key, { inboundAt: NOW - 1000 })], NOW, { fresh: true });
    await applySnapshotPage(db, [entry(key, { inboundAt: NOW - 5000 })], NOW, { fresh: false });
    // The later instant of the two wins, as with feed events.
    expect((await db.contacts.get(key))?.lastInboundAt).toBe(NOW - 1000);
    expect((await storedContact(db, key))?.lastInboundAt).toBe(NOW - 1000);
  });
});

describe('schema version 2', () => {
  it('opens a version 1 database with its rows in place and the chunks table added', async () => {
    const name = `t-${crypto.randomUUID()}`;
    const { default: Dexie } = await import('dexie');
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    await v1.table('contacts').put({ ...entry(phoneOf(1)).contact, syncedAt: 1 });
    v1.close();
    db = new AppDB(name);
    expect((await storedContact(db, phoneOf(1)))?.name).toBe(`Name of ${phoneOf(1)}`);
    expect(await db.contactChunks.count()).toBe(0);
    expect(db.verno).toBe(2);
  });
});
