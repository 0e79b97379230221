/**
 * Writes one page of the companion's per-contact snapshot into IndexedDB, inside the caller's transaction: each
 * contact with its consent ledger and recent messages embedded as `history` (contact-history.ts joins them with the
 * feed's tables on read). Into a database with no contacts yet, the page goes in chunks of consecutive keys
 * (contact-chunks.ts: IndexedDB pays per row, and 64 contacts per row is what makes 100,000 contacts load in
 * seconds). Into one that holds contacts, each is merged with the stored one by the feed's rules and written as its
 * own row, which wins over any chunk; messages this browser sent stay in the messages table with their outbox link.
 * A malformed consent event is skipped, never fatal.
 */
import { validateStoredConsentEvent } from '../../shared/consent/event-schema.ts';
import type { SnapshotEntry } from '../../shared/contracts/snapshot.ts';
import type { AppDB } from '../db/app-db.ts';
import { chunkable, chunkContacts } from '../db/contact-chunks.ts';
import type { ConsentRecord, ContactRecord } from '../db/records.ts';
import { mergeContact, mergeMessage } from './apply-events.ts';
import { storedContacts } from './stored-contact.ts';

export async function applySnapshotPage(
  db: AppDB,
  entries: readonly SnapshotEntry[],
  now: number,
  options: { fresh: boolean },
): Promise<void> {
  // Into a database with no contacts yet, a contact the companion knows nothing about (no message either way, no consent, no mark)
  // is not written: the panel and the quick verdicts decide exactly the same without its row, and IndexedDB pays
  // per row (a fifth of the contacts of a typical CRM import). The feed writes it as soon as something happens.
  const withContact = entries.filter(
    (entry) => entry.contact !== null && !(options.fresh && knowsNothing(entry, entry.contact)),
  );
  // Only this load writes contacts into a database that started with none: there is nothing to merge with.
  const stored = options.fresh
    ? []
    : await storedContacts(
        db,
        withContact.map((entry) => entry.key),
      );
  const rows: ContactRecord[] = withContact.map((entry, i) => {
    const row = mergeContact(stored[i], entry.contact as NonNullable<SnapshotEntry['contact']>, now);
    row.history = {
      consent: validConsent(entry.consent),
      messages: entry.messages.map((message) => mergeMessage(undefined, message, entry.key, message.createdAt, now)),
    };
    return row;
  });
  // A key the companion holds consent for without a contact row (an opt-in recorded before any conversation): its
  // events go to the table, as the feed would put them. Messages always come with a contact.
  const loose = entries.filter((entry) => entry.contact === null).flatMap((entry) => validConsent(entry.consent));
  const chunked = options.fresh ? rows.filter(chunkable) : [];
  const own = options.fresh ? rows.filter((row) => !chunkable(row)) : rows;
  await Promise.all([
    chunked.length > 0 ? db.contactChunks.bulkPut(chunkContacts(chunked)) : undefined,
    own.length > 0 ? db.contacts.bulkPut(own) : undefined,
    loose.length > 0 ? db.consentEvents.bulkPut(loose) : undefined,
  ]);
}

function knowsNothing(entry: SnapshotEntry, contact: NonNullable<SnapshotEntry['contact']>): boolean {
  return (
    entry.consent.length === 0 &&
    entry.messages.length === 0 &&
    contact.lastInboundAt === null &&
    contact.lastReferralAt === null &&
    contact.freeEntryPointStartedAt === null &&
    contact.lastOutboundAt === null &&
    contact.lastEcosystemCapAt === null &&
    contact.undeliverableAt === null
  );
}

function validConsent(events: readonly unknown[]): ConsentRecord[] {
  const out: ConsentRecord[] = [];
  for (const raw of events) {
    const parsed = validateStoredConsentEvent(raw);
    if (parsed.ok) out.push(parsed.value);
  }
  return out;
}
