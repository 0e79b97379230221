/**
 * The event feed the extension syncs with: an append-only log with a monotonic cursor (the row's sequence number).
 * Events carry stable ids, so a webhook replayed days later or an event pushed twice by the extension lands once.
 */
import type { FeedEvent } from '../../shared/contracts/api.ts';
import type { Database } from './database.ts';

export interface StoredFeedEvent extends FeedEvent {
  cursor: string;
}

export function createFeedRepo(db: Database) {
  const insert = db.prepare(
    'INSERT INTO feed (id, type, contact, at, data) VALUES (?, ?, ?, ?, ?) ON CONFLICT(id) DO NOTHING',
  );
  const page = db.prepare('SELECT seq, id, type, contact, at, data FROM feed WHERE seq > ? ORDER BY seq LIMIT ?');
  const last = db.prepare('SELECT max(seq) AS seq FROM feed');
  return {
    append(event: FeedEvent): boolean {
      return (
        Number(insert.run(event.id, event.type, event.contact, event.at, JSON.stringify(event.data ?? null)).changes) >
        0
      );
    },
    after(cursor: number, limit: number): StoredFeedEvent[] {
      return (
        page.all(cursor, limit) as {
          seq: number;
          id: string;
          type: FeedEvent['type'];
          contact: string | null;
          at: number;
          data: string;
        }[]
      ).map((row) => ({
        id: row.id,
        type: row.type,
        contact: row.contact,
        at: row.at,
        data: JSON.parse(row.data),
        cursor: String(row.seq),
      }));
    },
    lastCursor(): number {
      return (last.get() as { seq: number | null }).seq ?? 0;
    },
  };
}

export type FeedRepo = ReturnType<typeof createFeedRepo>;
