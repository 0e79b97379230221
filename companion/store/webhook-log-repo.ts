/** Webhook changes the companion could not use (unknown fields, malformed values): kept for support, never fatal. */
import type { Database } from './database.ts';

export function createWebhookLogRepo(db: Database) {
  const insert = db.prepare('INSERT INTO webhook_log (received_at, field, outcome, value) VALUES (?, ?, ?, ?)');
  const recent = db.prepare('SELECT received_at, field, outcome, value FROM webhook_log ORDER BY id DESC LIMIT ?');
  return {
    record(receivedAt: number, field: string, outcome: 'unknown' | 'invalid' | 'logged', value: unknown): void {
      insert.run(receivedAt, field, outcome, JSON.stringify(value ?? null).slice(0, 100_000));
    },
    recent: (limit: number) =>
      recent.all(limit) as { received_at: number; field: string; outcome: string; value: string }[],
  };
}
