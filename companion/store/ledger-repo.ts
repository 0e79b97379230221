/**
 * The portfolio messaging-limit ledger in SQL (spec §2): one row per out-of-window template send, reserved before the
 * Graph API is called and released if the send fails. The usage is computed with the shared domain from the latest
 * counted instant per recipient in the moving 24 h, read through the (portfolio_id, at) index.
 */
import { LIMIT_WINDOW, type LimitUsage, usageFromCounted } from '../../shared/limits/ledger.ts';
import type { MessagingTier } from '../../shared/limits/tiers.ts';
import type { Database } from './database.ts';

export function createLedgerRepo(db: Database) {
  const reserve = db.prepare(
    'INSERT INTO limit_ledger (message_id, portfolio_id, recipient, at) VALUES (?, ?, ?, ?) ON CONFLICT(message_id) DO NOTHING',
  );
  const release = db.prepare('DELETE FROM limit_ledger WHERE message_id = ?');
  const delivered = db.prepare('UPDATE limit_ledger SET at = max(at, ?) WHERE message_id = ?');
  const counted = db.prepare(
    'SELECT recipient, max(at) AS at FROM limit_ledger WHERE portfolio_id = ? AND at > ? AND at <= ? GROUP BY recipient',
  );
  const recipientCounted = db.prepare(
    'SELECT 1 FROM limit_ledger WHERE portfolio_id = ? AND recipient = ? AND at > ? AND at <= ? LIMIT 1',
  );

  return {
    reserve(messageId: string, portfolioId: string, recipient: string, at: number): void {
      reserve.run(messageId, portfolioId, recipient, at);
    },
    release(messageId: string): void {
      release.run(messageId);
    },
    /** Meta counts deliveries: a late delivery keeps the recipient counted until 24 h after it. */
    delivered(messageId: string, at: number): void {
      delivered.run(at, messageId);
    },
    usage(portfolioId: string, tier: MessagingTier, now: number): LimitUsage {
      const map = new Map<string, number>();
      for (const row of counted.iterate(portfolioId, now - LIMIT_WINDOW, now) as Iterable<{
        recipient: string;
        at: number;
      }>) {
        map.set(row.recipient, row.at);
      }
      return usageFromCounted(map, tier);
    },
    isCounted(portfolioId: string, recipient: string, now: number): boolean {
      return recipientCounted.get(portfolioId, recipient, now - LIMIT_WINDOW, now) !== undefined;
    },
  };
}

export type LedgerRepo = ReturnType<typeof createLedgerRepo>;
