/**
 * The portfolio messaging-limit ledger (spec §2): one row per out-of-window template send, reserved before the Graph
 * API is called, released if the send fails, timed at delivery when it arrives. The rows are the truth; each
 * portfolio's moving 24 h of counted recipients is kept in memory (shared/limits/recipient-window.ts), rebuilt from
 * the rows on first use or when the clock goes back, so a gate check costs O(log n) however long the ledger grows.
 */
import type { LimitUsage } from '../../shared/limits/ledger.ts';
import { LIMIT_WINDOW } from '../../shared/limits/ledger.ts';
import { RecipientWindow } from '../../shared/limits/recipient-window.ts';
import type { MessagingTier } from '../../shared/limits/tiers.ts';
import type { Database } from './database.ts';

export function createLedgerRepo(db: Database) {
  const reserve = db.prepare(
    'INSERT INTO limit_ledger (message_id, portfolio_id, recipient, at) VALUES (?, ?, ?, ?) ON CONFLICT(message_id) DO NOTHING',
  );
  const byMessage = db.prepare('SELECT portfolio_id, recipient FROM limit_ledger WHERE message_id = ?');
  const release = db.prepare('DELETE FROM limit_ledger WHERE message_id = ?');
  const delivered = db.prepare('UPDATE limit_ledger SET at = max(at, ?) WHERE message_id = ?');
  const latestOf = db.prepare('SELECT max(at) AS at FROM limit_ledger WHERE portfolio_id = ? AND recipient = ?');
  const counted = db.prepare(
    'SELECT recipient, max(at) AS at FROM limit_ledger WHERE portfolio_id = ? AND at > ? AND at <= ? GROUP BY recipient',
  );
  const windows = new Map<string, RecipientWindow>();
  // Counts the changes to the rows: whoever took facts from the window can tell whether they still hold.
  let changes = 0;

  function windowFor(portfolioId: string, now: number): RecipientWindow {
    const existing = windows.get(portfolioId);
    if (existing?.canAnswer(now)) return existing;
    const fresh = new RecipientWindow();
    for (const row of counted.iterate(portfolioId, now - LIMIT_WINDOW, Number.MAX_SAFE_INTEGER) as Iterable<{
      recipient: string;
      at: number;
    }>) {
      fresh.set(row.recipient, row.at);
    }
    windows.set(portfolioId, fresh);
    return fresh;
  }

  /** After a row changed, the recipient's latest counted instant is read back from the rows. */
  function refresh(portfolioId: string, recipient: string): void {
    const window = windows.get(portfolioId);
    if (!window) return; // not built yet: it will be built from the rows
    const row = latestOf.get(portfolioId, recipient) as { at: number | null };
    window.set(recipient, row.at ?? undefined);
  }

  return {
    reserve(messageId: string, portfolioId: string, recipient: string, at: number): void {
      changes++;
      reserve.run(messageId, portfolioId, recipient, at);
      refresh(portfolioId, recipient);
    },
    release(messageId: string): void {
      changes++;
      const row = byMessage.get(messageId) as { portfolio_id: string; recipient: string } | undefined;
      release.run(messageId);
      if (row) refresh(row.portfolio_id, row.recipient);
    },
    /** Meta counts deliveries: a late delivery keeps the recipient counted until 24 h after it. */
    delivered(messageId: string, at: number): void {
      changes++;
      const row = byMessage.get(messageId) as { portfolio_id: string; recipient: string } | undefined;
      delivered.run(at, messageId);
      if (row) refresh(row.portfolio_id, row.recipient);
    },
    usage(portfolioId: string, tier: MessagingTier, now: number): LimitUsage {
      return windowFor(portfolioId, now).usage(tier, now);
    },
    /** Changes made through this repository so far (reserve, release, delivered, forget). */
    changes: () => changes,
    isCounted(portfolioId: string, recipient: string, now: number): boolean {
      return windowFor(portfolioId, now).isCounted(recipient, now);
    },
    /** Drops the in-memory windows (after the rows were changed behind the repository's back, e.g. by a tool). */
    forget(): void {
      changes++;
      windows.clear();
    },
  };
}

export type LedgerRepo = ReturnType<typeof createLedgerRepo>;
