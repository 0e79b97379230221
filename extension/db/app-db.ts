/**
 * The extension's IndexedDB schema (Dexie). Old versions stay listed forever; a change adds version(n + 1) with an
 * upgrade() that moves the data, and a test on fake-indexeddb proves the upgrade.
 */
import Dexie, { type EntityTable, type Table } from 'dexie';
import type { Template } from '../../shared/templates/model.ts';
import { DB_NAME } from './changes.ts';
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

/** Version 1's stores, as every database created before version 2 has them (upgrade tests open one). */
export const SCHEMA_V1 = {
  contacts: 'key, phone, bsuid',
  consentEvents: 'id, contact',
  messages: 'id, wamid, contact, outboxId',
  templates: '[name+language], name',
  number: 'key',
  numberSamples: '++seq, at',
  outbox: 'id, state, nextAttemptAt',
  sync: 'key',
  pages: 'tabId',
} as const;

export class AppDB extends Dexie {
  contacts!: EntityTable<ContactRecord, 'key'>;
  contactChunks!: EntityTable<ContactChunk, 'first'>;
  consentEvents!: EntityTable<ConsentRecord, 'id'>;
  messages!: EntityTable<MessageRecord, 'id'>;
  templates!: Table<Template, [string, string]>;
  number!: EntityTable<NumberRecord, 'key'>;
  numberSamples!: EntityTable<NumberSample, 'seq'>;
  outbox!: EntityTable<OutboxItem, 'id'>;
  sync!: EntityTable<SyncState, 'key'>;
  pages!: EntityTable<PageRecord, 'tabId'>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores(SCHEMA_V1);
    // The first sync writes its contacts in chunks (records.ts ContactChunk); nothing to move, version 1's rows stay.
    this.version(2).stores({ contactChunks: 'first' });
  }
}
