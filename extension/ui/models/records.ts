/**
 * What the panel reads from IndexedDB (filled by the worker; the panel never writes it): one query for the contact on
 * screen, keyed by its contact key, and one for what every contact shares (number, limit history, sync, templates).
 * Each declares the tables it reads: the live hook re-runs it when the worker writes one of them.
 */
import type { Template } from '../../../shared/templates/model.ts';
import { DAY } from '../../../shared/time/clock.ts';
import { findInChunk } from '../../db/contact-chunks.ts';
import { withHistory } from '../../db/contact-history.ts';
import type { DbReader } from '../../db/reader.ts';
import type {
  ConsentRecord,
  ContactRecord,
  MessageRecord,
  NumberRecord,
  NumberSample,
  OutboxItem,
  SyncState,
} from '../../db/records.ts';
import type { ContactIdentity } from './contact-identity.ts';

export interface ContactData {
  key: string;
  contact: ContactRecord | undefined;
  consent: ConsentRecord[];
  messages: MessageRecord[];
  /** This contact's sends and consent records the worker has not settled with the companion yet (or just settled). */
  outbox: OutboxItem[];
}

export interface SharedData {
  number: NumberRecord | undefined;
  samples: NumberSample[];
  sync: SyncState | undefined;
  templates: Template[];
}

function concerns(item: OutboxItem, key: string): boolean {
  return item.kind === 'message' ? item.request.to === key : item.request.contact === key;
}

export const CONTACT_TABLES = ['contacts', 'contactChunks', 'consentEvents', 'messages', 'outbox'] as const;

export function loadContactData(db: DbReader, identity: ContactIdentity): Promise<ContactData> {
  const { key, phone } = identity;
  return db.read(CONTACT_TABLES, async (tx) => {
    const [row, chunk, byPhone, consent, messages, outbox] = await Promise.all([
      tx.get('contacts', key),
      // Not changed since the first sync: its copy in that sync's chunks (contact-chunks.ts).
      tx.floor('contactChunks', key),
      // A contact the companion first met by user id keeps that key: find it by its phone too.
      phone ? tx.first('contacts', 'phone', phone) : undefined,
      tx.all('consentEvents', 'contact', key),
      tx.all('messages', 'contact', key),
      tx.all('outbox'),
    ]);
    const contact = row ?? findInChunk(chunk, key) ?? byPhone;
    return {
      key,
      contact,
      ...withHistory(contact, consent, messages),
      outbox: outbox.filter((item) => concerns(item, key)),
    };
  });
}

export const SHARED_TABLES = ['number', 'numberSamples', 'sync', 'templates'] as const;

export function loadSharedData(db: DbReader, now: number): Promise<SharedData> {
  return db.read(SHARED_TABLES, async (tx) => {
    const [number, samples, sync, templates] = await Promise.all([
      tx.get('number', 'current'),
      tx.all('numberSamples', 'at', IDBKeyRange.lowerBound(now - 7 * DAY, true)),
      tx.get('sync', 'feed'),
      tx.all('templates'),
    ]);
    return { number, samples, sync, templates };
  });
}
