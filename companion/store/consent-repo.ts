/** The append-only consent ledger: events are inserted once (by id) and never updated or deleted. */
import type { ConsentCategory } from '../../shared/categories.ts';
import type { ConsentEvent } from '../../shared/consent/events.ts';
import type { Database } from './database.ts';

export interface ConsentRow {
  id: string;
  contact: string;
  action: ConsentEvent['action'];
  categories: string;
  source: ConsentEvent['source'];
  wording: string;
  at: number;
  recorded_by: string;
  evidence: string | null;
  recorded_at: number;
}

export function toEvent(row: ConsentRow): ConsentEvent & { recordedAt: number } {
  const event: ConsentEvent & { recordedAt: number } = {
    id: row.id,
    contact: row.contact,
    action: row.action,
    categories: row.categories.split(',') as ConsentCategory[],
    source: row.source,
    wording: row.wording,
    at: row.at,
    recordedBy: row.recorded_by,
    recordedAt: row.recorded_at,
  };
  if (row.evidence !== null) event.evidence = row.evidence;
  return event;
}

export function createConsentRepo(db: Database) {
  const insert = db.prepare(
    `INSERT INTO consent_events (id, contact, action, categories, source, wording, at, recorded_by, evidence, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO NOTHING`,
  );
  const ofContact = db.prepare('SELECT * FROM consent_events WHERE contact = ? ORDER BY at, id');
  const all = db.prepare('SELECT * FROM consent_events ORDER BY recorded_at, id');
  const byId = db.prepare('SELECT * FROM consent_events WHERE id = ?');

  return {
    /** Appends the event; false when an event with that id was already recorded (a replay). */
    append(event: ConsentEvent, recordedAt: number): boolean {
      const result = insert.run(
        event.id,
        event.contact,
        event.action,
        event.categories.join(','),
        event.source,
        event.wording,
        event.at,
        event.recordedBy,
        event.evidence ?? null,
        recordedAt,
      );
      return Number(result.changes) > 0;
    },

    get(id: string): (ConsentEvent & { recordedAt: number }) | undefined {
      const row = byId.get(id) as ConsentRow | undefined;
      return row ? toEvent(row) : undefined;
    },

    ofContact(contact: string): ConsentEvent[] {
      return (ofContact.all(contact) as unknown as ConsentRow[]).map(toEvent);
    },

    *exportAll(): Generator<ConsentEvent & { recordedAt: number }> {
      for (const row of all.iterate()) yield toEvent(row as unknown as ConsentRow);
    },
  };
}

export type ConsentRepo = ReturnType<typeof createConsentRepo>;
