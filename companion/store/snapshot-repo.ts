/**
 * Reads the per-contact snapshot a fresh extension starts from (GET /v1/snapshot), one page of keys in key order.
 * A page's keys are the union of contacts, consent events and messages (an opt-in recorded from the CRM for someone
 * who never wrote has no contact row, and must reach the extension all the same); SQLite merges the three index-ordered
 * scans. Rows of a page come from range scans over the (contact, …) indexes rather than one query per key, so a page
 * costs four statements whatever the size of the database.
 */
import {
  SNAPSHOT_MESSAGES_PER_CONTACT,
  type SnapshotEntry,
  type SnapshotMessage,
} from '../../shared/contracts/snapshot.ts';
import { type ConsentRow, toEvent } from './consent-repo.ts';
import { type ContactRow, contactSnapshotOf } from './contacts-repo.ts';
import type { Database } from './database.ts';
import type { MessageRow } from './messages-repo.ts';

type MessageColumns = Pick<
  MessageRow,
  | 'id'
  | 'contact'
  | 'wamid'
  | 'kind'
  | 'status'
  | 'error_code'
  | 'template_name'
  | 'template_language'
  | 'business_initiated'
  | 'created_at'
> & { text: string | null };

export function createSnapshotRepo(db: Database) {
  const keyPage = db.prepare(
    `SELECT key FROM contacts WHERE key > ?1
     UNION SELECT contact FROM consent_events WHERE contact > ?1
     UNION SELECT contact FROM messages WHERE contact > ?1
     ORDER BY 1 LIMIT ?2`,
  );
  const contactRange = db.prepare('SELECT * FROM contacts WHERE key >= ? AND key <= ?');
  const consentRange = db.prepare('SELECT * FROM consent_events WHERE contact >= ? AND contact <= ? ORDER BY at, id');
  const messageRange = db.prepare(
    `SELECT id, contact, wamid, kind, status, error_code, template_name, template_language, business_initiated, created_at,
       CASE kind WHEN 'text' THEN substr(json_extract(payload, '$.text.body'), 1, 200) END AS text
     FROM messages WHERE contact >= ? AND contact <= ? AND created_at >= ? ORDER BY created_at DESC, id`,
  );
  const count = db.prepare('SELECT count(*) AS n FROM contacts');

  function messageOf(row: MessageColumns): SnapshotMessage {
    const message: SnapshotMessage = {
      id: row.id,
      wamid: row.wamid,
      status: row.status,
      errorCode: row.error_code,
      template:
        row.template_name !== null && row.template_language !== null
          ? { name: row.template_name, language: row.template_language }
          : null,
      businessInitiated: row.business_initiated === 1,
      createdAt: row.created_at,
    };
    if (row.text !== null) message.text = row.text;
    return message;
  }

  return {
    /** Keys after `after`, in key order, each with its contact row, consent ledger and messages since `since`. */
    page(after: string, limit: number, since: number): SnapshotEntry[] {
      const keys = (keyPage.all(after, limit) as { key: string }[]).map((row) => row.key);
      const first = keys[0];
      const last = keys.at(-1);
      if (first === undefined || last === undefined) return [];
      const entries = new Map<string, SnapshotEntry>();
      for (const key of keys) entries.set(key, { key, contact: null, consent: [], messages: [] });
      for (const row of contactRange.iterate(first, last)) {
        const contact = row as unknown as ContactRow;
        const entry = entries.get(contact.key);
        if (entry) entry.contact = contactSnapshotOf(contact);
      }
      for (const row of consentRange.iterate(first, last)) {
        const consent = row as unknown as ConsentRow;
        entries.get(consent.contact)?.consent.push(toEvent(consent));
      }
      for (const row of messageRange.iterate(first, last, since)) {
        const message = row as unknown as MessageColumns;
        const entry = entries.get(message.contact);
        if (entry && entry.messages.length < SNAPSHOT_MESSAGES_PER_CONTACT) entry.messages.push(messageOf(message));
      }
      return [...entries.values()];
    },
    total: () => (count.get() as { n: number }).n,
  };
}

export type SnapshotRepo = ReturnType<typeof createSnapshotRepo>;
