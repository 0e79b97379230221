/**
 * Writes one page of the companion's per-contact snapshot into IndexedDB: one row per contact, its consent ledger and
 * recent messages embedded as `history` (contact-history.ts joins them with the feed's tables on read), one bulkPut
 * inside the caller's transaction. Merged with a stored contact by the same rules as feed events, so a page applied
 * twice (a worker stopped after writing it, before saving its place) leaves the same state; messages this browser
 * sent stay in the messages table with their outbox link. A malformed consent event is skipped, never fatal.
 */
import { validateStoredConsentEvent } from '../../shared/consent/event-schema.ts';
import type { SnapshotEntry } from '../../shared/contracts/snapshot.ts';
import type { AppDB } from '../db/app-db.ts';
import type { ConsentRecord, ContactRecord } from '../db/records.ts';
import { mergeContact, mergeMessage } from './apply-events.ts';

export async function applySnapshotPage(
  db: AppDB,
  entries: readonly SnapshotEntry[],
  now: number,
  options: { fresh: boolean },
): Promise<void> {
  // Into an empty table, a contact the companion knows nothing about (no message either way, no consent, no mark)
  // is not written: the panel and the quick verdicts decide exactly the same without its row, and IndexedDB pays
  // per row (a fifth of the contacts of a typical CRM import). The feed writes it as soon as something happens.
  const withContact = entries.filter(
    (entry) => entry.contact !== null && !(options.fresh && knowsNothing(entry, entry.contact)),
  );
  // Only this load writes contacts into a table that started empty, and a page written twice (a worker stopped
  // after writing it) is the same page: there is nothing to merge with.
  const stored = options.fresh ? [] : await db.contacts.bulkGet(withContact.map((entry) => entry.key));
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
  await Promise.all([db.contacts.bulkPut(rows), loose.length > 0 ? db.consentEvents.bulkPut(loose) : undefined]);
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
