/**
 * Figure 3, the limit ledger: with 1,000,000 ledger rows (30 days of out-of-window sends over 200,000 recipients) in
 * SQLite, the time of one gate check (usage + is-this-recipient-counted), and exactness against a brute-force count.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../companion/store/database.ts';
import { createStore } from '../../companion/store/store.ts';
import { DAY } from '../../shared/time/clock.ts';
import { percentile } from './load-result.ts';
import { seededRandom } from './random.ts';

export interface LedgerFigures {
  rows: number;
  /** Building the in-memory window from the rows, once at start-up. */
  buildMs: number;
  checkP50Ms: number;
  checkP99Ms: number;
  exact: boolean;
}

/** `recipients`: distinct numbers the rows are spread over (one in five rows by default, 200,000 for a million). */
export function benchLedger(
  rows = 1_000_000,
  checks = 200,
  recipients = Math.max(1, Math.floor(rows / 5)),
): LedgerFigures {
  const dir = mkdtempSync(join(tmpdir(), 'qbm-ledger-'));
  try {
    const store = createStore(openDatabase(join(dir, 'ledger.db')));
    const now = Date.UTC(2026, 10, 25, 12);
    const random = seededRandom(42);
    store.db.exec('BEGIN');
    const insert = store.db.prepare(
      'INSERT INTO limit_ledger (message_id, portfolio_id, recipient, at) VALUES (?, ?, ?, ?)',
    );
    for (let i = 0; i < rows; i++)
      insert.run(
        `m${i}`,
        'p1',
        `+5511${String(900000000 + Math.floor(random() * recipients))}`,
        now - Math.floor(random() * 30 * DAY),
      );
    store.db.exec('COMMIT');
    // The first check builds the in-memory window from the rows (start-up cost), reported apart.
    const built = performance.now();
    store.ledger.usage('p1', 'TIER_100K', now);
    const buildMs = performance.now() - built;
    // Untimed warm-up: the first calls run before V8 has compiled the check, a cost no running companion pays twice.
    for (let i = 0; i < 500; i++) {
      store.ledger.usage('p1', 'TIER_100K', now);
      store.ledger.isCounted('p1', `+5511${String(900000000 + Math.floor(random() * recipients))}`, now);
    }
    const times: number[] = [];
    for (let i = 0; i < checks; i++) {
      const recipient = `+5511${String(900000000 + Math.floor(random() * recipients))}`;
      const t0 = performance.now();
      store.ledger.usage('p1', 'TIER_100K', now);
      store.ledger.isCounted('p1', recipient, now);
      times.push(performance.now() - t0);
    }
    const brute = store.db
      .prepare('SELECT count(DISTINCT recipient) AS n FROM limit_ledger WHERE portfolio_id = ? AND at > ? AND at <= ?')
      .get('p1', now - DAY, now) as { n: number };
    store.ledger.forget();
    const exact = store.ledger.usage('p1', 'TIER_UNLIMITED', now).used === brute.n;
    store.db.close();
    times.sort((a, b) => a - b);
    return { rows, buildMs, checkP50Ms: percentile(times, 50), checkP99Ms: percentile(times, 99), exact };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
