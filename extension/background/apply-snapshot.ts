/**
 * Writes one page of the companion's per-contact snapshot into IndexedDB with bulk operations: one bulkGet and one
 * bulkPut per table, inside the caller's transaction. Merged with what is stored by the same rules as feed events, so
 * a page applied twice (a worker stopped after writing it, before saving its place) leaves the same state, and a
 * message this browser sent keeps its outbox link. A malformed consent event is skipped, never fatal.
 */
import { validateStoredConsentEvent } from '../../shared/consent/event-schema.ts';
import type { SnapshotEntry } from '../../shared/contracts/snapshot.ts';
import type { AppDB } from '../db/app-db.ts';
import type { ConsentRecord, ContactRecord, MessageRecord } from '../db/records.ts';
import { mergeContact, mergeMessage } from './apply-events.ts';

export async function applySnapshotPage(
  db: AppDB,
  entries: readonly SnapshotEntry[],
  now: number,
  options: { fresh: boolean },
): Promise<void> {
  const contacts = entries.flatMap((entry) => (entry.contact ? [entry.contact] : []));
  const consent: ConsentRecord[] = [];
  for (const entry of entries) {
    for (const raw of entry.consent) {
      const parsed = validateStoredConsentEvent(raw);
      if (parsed.ok) consent.push(parsed.value);
    }
  }
  const messages = entries.flatMap((entry) => entry.messages.map((message) => ({ message, contact: entry.key })));

  const [storedContacts, storedMessages] = await Promise.all([
    // Only this load writes contacts into a table that started empty, and a page written twice (a worker stopped
    // after writing it) is the same page: there is nothing to merge with.
    options.fresh ? [] : db.contacts.bulkGet(contacts.map((contact) => contact.key)),
    db.messages.bulkGet(messages.map(({ message }) => message.id)),
  ]);
  const contactRows: ContactRecord[] = contacts.map((contact, i) => mergeContact(storedContacts[i], contact, now));
  const messageRows: MessageRecord[] = messages.map(({ message, contact }, i) =>
    mergeMessage(storedMessages[i], message, contact, message.createdAt, now),
  );
  await Promise.all([
    db.contacts.bulkPut(contactRows),
    // Consent events are immutable and keyed by id: a put of the same event is the same row.
    db.consentEvents.bulkPut(consent),
    db.messages.bulkPut(messageRows),
  ]);
}
