/**
 * A small read-only IndexedDB reader for the extension's pages, over the database the worker's Dexie schema
 * (app-db.ts) creates: same store names, same index names (Dexie names an index after its spec: 'phone', 'at',
 * '[name+language]'). The pages never write and never upgrade: the database is opened without a version, and a
 * database that does not exist yet reads as empty and is not created (the worker's Dexie creates it with its schema).
 */
import type { Template } from '../../shared/templates/model.ts';
import type {
  ConsentRecord,
  ContactChunk,
  ContactRecord,
  MessageRecord,
  NumberRecord,
  NumberSample,
  OutboxItem,
  PageRecord,
  SyncState,
} from './records.ts';

/** The stores of app-db.ts and what they hold. */
export interface Stores {
  contacts: ContactRecord;
  contactChunks: ContactChunk;
  consentEvents: ConsentRecord;
  messages: MessageRecord;
  templates: Template;
  number: NumberRecord;
  numberSamples: NumberSample;
  outbox: OutboxItem;
  sync: SyncState;
  pages: PageRecord;
}
export type StoreName = keyof Stores;

/** Reads inside one readonly transaction over the stores it was opened for (any other store is an error). */
export interface Snapshot<S extends StoreName> {
  get<T extends S>(store: T, key: IDBValidKey): Promise<Stores[T] | undefined>;
  /** The whole store, or the records whose `index` matches `query` (a value or a key range), in index order. */
  all<T extends S>(store: T, index?: string, query?: IDBValidKey | IDBKeyRange): Promise<Stores[T][]>;
  /** The first record (in index order) whose `index` equals `value`. */
  first<T extends S>(store: T, index: string, value: IDBValidKey): Promise<Stores[T] | undefined>;
  /** The record with the greatest primary key ≤ `key` (one step of a reverse cursor). */
  floor<T extends S>(store: T, key: IDBValidKey): Promise<Stores[T] | undefined>;
}

export interface DbReader {
  readonly name: string;
  /** Runs `body` over one snapshot of `stores`; `body` must issue its reads before awaiting anything else. */
  read<S extends StoreName, R>(stores: readonly S[], body: (snapshot: Snapshot<S>) => Promise<R>): Promise<R>;
  close(): void;
}

function settle<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function transactionSnapshot<S extends StoreName>(tx: IDBTransaction): Snapshot<S> {
  return {
    get: (store, key) => settle(tx.objectStore(store).get(key)),
    all: (store, index, query) => {
      const source = tx.objectStore(store);
      return settle((index === undefined ? source : source.index(index)).getAll(query));
    },
    first: (store, index, value) => settle(tx.objectStore(store).index(index).get(value)),
    floor: (store, key) =>
      settle(tx.objectStore(store).openCursor(IDBKeyRange.upperBound(key), 'prev')).then((cursor) => cursor?.value),
  };
}

/** What a database that does not exist yet holds; still refuses a store the read did not declare. */
function emptySnapshot<S extends StoreName>(stores: readonly S[]): Snapshot<S> {
  const check = (store: StoreName): undefined => {
    if (!(stores as readonly StoreName[]).includes(store)) {
      throw new DOMException(`${store} is not in this read's scope`, 'NotFoundError');
    }
    return undefined;
  };
  return {
    get: async (store) => check(store),
    all: async (store) => {
      check(store);
      return [];
    },
    first: async (store) => check(store),
    floor: async (store) => check(store),
  };
}

/**
 * Opens an existing database without upgrading it; null when it does not exist. `databases()` answers first; should
 * the database appear missing to open() anyway, the creating upgrade is aborted, which leaves no database behind
 * (version 0), so the worker's Dexie still creates its schema from scratch.
 */
async function openExisting(factory: IDBFactory, name: string): Promise<IDBDatabase | null> {
  if (typeof factory.databases === 'function') {
    const existing = await factory.databases();
    if (!existing.some((info) => info.name === name)) return null;
  }
  return new Promise((resolve, reject) => {
    const request = factory.open(name);
    let missing = false;
    request.onupgradeneeded = () => {
      missing = true;
      request.transaction?.abort();
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = (event) => {
      if (!missing) return reject(request.error);
      event.preventDefault();
      resolve(null);
    };
  });
}

export function createReader(name: string, factory: () => IDBFactory = () => indexedDB): DbReader {
  let connection: Promise<IDBDatabase | null> | null = null;
  const forget = () => {
    connection = null;
  };
  const connect = (): Promise<IDBDatabase | null> => {
    connection ??= openExisting(factory(), name).then(
      (db) => {
        // Not there yet: ask again next time (the worker creates it on its first write).
        if (!db) forget();
        else {
          // The worker upgrades or deletes the database: let go so the page never blocks it.
          db.onversionchange = () => {
            db.close();
            forget();
          };
          db.onclose = forget;
        }
        return db;
      },
      (error: unknown) => {
        forget();
        throw error;
      },
    );
    return connection;
  };

  async function read<S extends StoreName, R>(
    stores: readonly S[],
    body: (snapshot: Snapshot<S>) => Promise<R>,
    retry = true,
  ): Promise<R> {
    const db = await connect();
    if (!db) return body(emptySnapshot(stores));
    let tx: IDBTransaction;
    try {
      tx = db.transaction(stores as readonly S[] as S[], 'readonly');
    } catch (error) {
      // The connection closed under us (version change), or predates a store the worker's upgrade is adding (the
      // page opened the database before the extension was updated): open it again, once.
      const stale =
        error instanceof DOMException && (error.name === 'InvalidStateError' || error.name === 'NotFoundError');
      if (retry && stale) {
        forget();
        return read(stores, body, false);
      }
      throw error;
    }
    return body(transactionSnapshot(tx));
  }

  return {
    name,
    read: (stores, body) => read(stores, body),
    close() {
      void connection?.then((db) => db?.close()).catch(() => {});
      forget();
    },
  };
}
