/**
 * What the panel reads from IndexedDB (filled by the worker; the panel never writes it): one query for the contact on
 * screen, keyed by its contact key, and one for what every contact shares (number, limit history, sync, templates).
 * Both run inside Dexie's liveQuery, so any write by the worker re-runs them.
 */
import type { Template } from '../../../shared/templates/model.ts';
import { DAY } from '../../../shared/time/clock.ts';
import type { AppDB } from '../../db/app-db.ts';
import { withHistory } from '../../db/contact-history.ts';
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

export async function loadContactData(db: AppDB, identity: ContactIdentity): Promise<ContactData> {
  const { key, phone } = identity;
  const [byKey, consent, messages, outbox] = await Promise.all([
    db.contacts.get(key),
    db.consentEvents.where('contact').equals(key).toArray(),
    db.messages.where('contact').equals(key).toArray(),
    db.outbox.filter((item) => concerns(item, key)).toArray(),
  ]);
  // A contact the companion first met by user id keeps that key: find it by its phone too.
  const contact = byKey ?? (phone ? await db.contacts.where('phone').equals(phone).first() : undefined);
  return { key, contact, ...withHistory(contact, consent, messages), outbox };
}

export async function loadSharedData(db: AppDB, now: number): Promise<SharedData> {
  const [number, samples, sync, templates] = await Promise.all([
    db.number.get('current'),
    db.numberSamples
      .where('at')
      .above(now - 7 * DAY)
      .toArray(),
    db.sync.get('feed'),
    db.templates.toArray(),
  ]);
  return { number, samples, sync, templates };
}
