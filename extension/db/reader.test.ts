import Dexie from 'dexie';
import { describe, expect, it, onTestFinished } from 'vitest';
import { DAY } from '../../shared/time/clock.ts';
import { broadcastDbChanges, changedTables } from '../background/broadcast-changes.ts';
import {
  APPOINTMENT,
  contactRecord,
  freshDb,
  JOAO,
  MARINA,
  ORDER_UPDATE,
  optIn,
} from '../ui/models/fixtures.test-helpers.ts';
import { loadContactData, loadSharedData } from '../ui/models/records.ts';
import { AppDB } from './app-db.ts';
import { DB_CHANGES_CHANNEL, type DbChange, watchDbChanges } from './changes.ts';
import { createReader, type StoreName } from './reader.ts';
import type { MessageRecord, OutboxItem } from './records.ts';

function reader(name: string, factory?: () => IDBFactory) {
  const r = createReader(name, factory);
  onTestFinished(() => r.close());
  return r;
}

const exists = async (name: string) => (await indexedDB.databases()).some((info) => info.name === name);

const message = (id: string, contact: string): MessageRecord => ({
  id,
  wamid: null,
  contact,
  status: 'sent',
  errorCode: null,
  createdAt: 1,
  updatedAt: 1,
});

const outbox = (id: string, to: string): OutboxItem => ({
  id,
  kind: 'message',
  request: { to, text: 'hi' },
  state: 'pending',
  attempts: 0,
  nextAttemptAt: 0,
  createdAt: 0,
  updatedAt: 0,
});

describe('the read-only reader over the worker’s Dexie schema', () => {
  it('finds the stores and indexes Dexie created, with the names the reader uses', async () => {
    const db = freshDb();
    await db.open();
    const raw = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(db.name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = raw.transaction([...raw.objectStoreNames], 'readonly');
    const indexes = Object.fromEntries(
      db.tables.map((table) => [table.name, [...tx.objectStore(table.name).indexNames].sort()]),
    );
    raw.close();
    expect(indexes).toMatchObject({
      contacts: ['bsuid', 'phone'],
      consentEvents: ['contact'],
      messages: ['contact', 'outboxId', 'wamid'],
      templates: ['name'],
      numberSamples: ['at'],
    });
    const stores: StoreName[] = db.tables.map((table) => table.name as StoreName);
    expect(stores.sort()).toEqual(
      [
        'consentEvents',
        'contactChunks',
        'contacts',
        'messages',
        'number',
        'numberSamples',
        'outbox',
        'pages',
        'sync',
        'templates',
      ].sort(),
    );
    db.close();
  });

  it('reads what Dexie wrote: by key, by index value, by index range, whole stores, first by index', async () => {
    const db = freshDb();
    const now = Date.now();
    const byBsuid = contactRecord('BR.bsuid-1', { phone: JOAO, name: 'João' });
    await db.contacts.bulkPut([contactRecord(MARINA, { name: 'Marina' }), byBsuid]);
    await db.consentEvents.bulkPut([optIn(MARINA, { id: 'c-1' }), optIn(JOAO, { id: 'c-2' })]);
    await db.messages.bulkPut([message('m-2', MARINA), message('m-1', MARINA), message('m-3', JOAO)]);
    await db.outbox.bulkPut([outbox('o-1', MARINA), outbox('o-2', JOAO)]);
    await db.templates.bulkPut([ORDER_UPDATE, APPOINTMENT]);
    await db.number.put({ key: 'current', health: null, view: null, fetchedAt: now });
    await db.numberSamples.bulkAdd([
      { at: now - 8 * DAY, used: 1, limit: 250 },
      { at: now - DAY, used: 2, limit: 250 },
      { at: now, used: 3, limit: 250 },
    ]);
    const r = reader(db.name);

    const marina = await loadContactData(r, { key: MARINA, phone: MARINA });
    expect(marina.contact?.name).toBe('Marina');
    expect(marina.consent.map((c) => c.id)).toEqual(['c-1']);
    expect(marina.messages.map((m) => m.id)).toEqual(['m-1', 'm-2']);
    expect(marina.outbox.map((o) => o.id)).toEqual(['o-1']);
    // Keyed by its user id, found by its phone.
    const joao = await loadContactData(r, { key: JOAO, phone: JOAO });
    expect(joao.contact).toEqual(byBsuid);
    expect(joao.messages.map((m) => m.id)).toEqual(['m-3']);
    expect((await loadContactData(r, { key: '+1555', phone: null })).contact).toBeUndefined();

    const shared = await loadSharedData(r, now);
    expect(shared.number?.fetchedAt).toBe(now);
    expect(shared.samples.map((s) => s.used)).toEqual([2, 3]);
    expect(shared.sync).toBeUndefined();
    // Dexie's compound primary key [name+language] orders the store.
    expect(shared.templates.map((t) => t.name)).toEqual(await db.templates.toCollection().keys().then(names));
    db.close();
  });

  it('refuses a store the read did not declare, so a live query cannot miss its changes', async () => {
    const db = freshDb();
    await db.open();
    const r = reader(db.name);
    await expect(r.read(['contacts'], (tx) => tx.all('messages' as 'contacts'))).rejects.toThrow();
    db.close();
  });

  it('reads a database that does not exist yet as empty, without creating it', async () => {
    const name = `t-${crypto.randomUUID()}`;
    const r = reader(name);
    expect(await loadContactData(r, { key: MARINA, phone: MARINA })).toEqual({
      key: MARINA,
      contact: undefined,
      consent: [],
      messages: [],
      outbox: [],
    });
    expect(await exists(name)).toBe(false);
    // The worker then creates it with its schema, and the reader sees what it writes.
    const db = new AppDB(name);
    await db.contacts.put(contactRecord(MARINA, { name: 'Marina' }));
    expect((await loadContactData(r, { key: MARINA, phone: MARINA })).contact?.name).toBe('Marina');
    db.close();
  });

  it('leaves no database behind where the browser cannot list them, and Dexie still creates its schema', async () => {
    const name = `t-${crypto.randomUUID()}`;
    const withoutListing = () =>
      new Proxy(indexedDB, {
        get: (target, key) => (key === 'databases' ? undefined : Reflect.get(target, key).bind(target)),
      });
    const r = reader(name, withoutListing);
    expect((await loadSharedData(r, Date.now())).templates).toEqual([]);
    expect(await exists(name)).toBe(false);
    const db = new AppDB(name);
    await db.templates.put(ORDER_UPDATE);
    expect(db.verno).toBe(2);
    expect((await loadSharedData(r, Date.now())).templates).toEqual([ORDER_UPDATE]);
    db.close();
  });

  it('lets the worker upgrade the schema while a page holds the database open', async () => {
    const db = freshDb();
    await db.contacts.put(contactRecord(MARINA));
    const r = reader(db.name);
    expect((await loadContactData(r, { key: MARINA, phone: null })).contact?.key).toBe(MARINA);
    db.close();
    class NextDB extends AppDB {
      constructor(name: string) {
        super(name);
        this.version(3).stores({ notes: 'id' });
      }
    }
    const next = new NextDB(db.name);
    await next.open(); // would wait forever were the page's connection not let go
    await next.contacts.update(MARINA, { name: 'Marina' });
    expect((await loadContactData(r, { key: MARINA, phone: null })).contact?.name).toBe('Marina');
    next.close();
  });
});

function names(keys: unknown[]): string[] {
  return (keys as [string, string][]).map(([name]) => name);
}

describe('the worker’s change notices', () => {
  it('names the tables of this database a committed Dexie write touched (all of them when Dexie creates it)', async () => {
    const db = freshDb();
    const heard: DbChange[] = [];
    const stopBroadcast = broadcastDbChanges(db.name);
    const listening = new BroadcastChannel(DB_CHANGES_CHANNEL);
    listening.onmessage = (event: MessageEvent<DbChange>) => heard.push(event.data);
    const tables: string[][] = [];
    const stopWatch = watchDbChanges(db.name, (changed) => tables.push([...changed]));
    const other = freshDb();
    await other.contacts.put(contactRecord(JOAO)); // another database: not this page's business
    await db.transaction('rw', db.contacts, db.messages, async () => {
      await db.contacts.put(contactRecord(MARINA));
      await db.messages.put(message('m-1', MARINA));
    });
    const created = db.tables.map((table) => table.name);
    await expect.poll(() => tables).toEqual([created, ['contacts', 'messages']]);
    expect(heard.every((change) => change.db === db.name)).toBe(true);
    stopBroadcast();
    stopWatch();
    listening.close();
    db.close();
    other.close();
  });

  it('reads Dexie’s part names as tables', () => {
    const parts = {
      'idb://a/contacts/': [],
      'idb://a/contacts/phone': [],
      'idb://a/messages/:dels': [],
      'idb://b/x/': [],
    };
    expect(changedTables(parts as never, 'a')).toEqual(['contacts', 'messages']);
    expect(Dexie.on.storagemutated).toBeDefined();
  });
});
