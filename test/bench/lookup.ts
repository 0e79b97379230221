/**
 * Figure 2, verdict lookup: `GET /v1/contacts/{phone}` (contact, consent with proof, window, and three policy
 * verdicts) against a companion process whose database holds `contacts` contacts and `events` message rows, at 16
 * connections. The data set is generated here, seeded, straight into SQLite before the daemon starts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SANDBOX_IDS } from '../../companion/config/config.ts';
import { openDatabase } from '../../companion/store/database.ts';
import { createStore } from '../../companion/store/store.ts';
import { DAY } from '../../shared/time/clock.ts';
import { runLoad } from './load.ts';
import { median } from './load-result.ts';
import { pairWithCompanion, startCompanionProcess } from './processes.ts';
import { seededRandom } from './random.ts';

export interface LookupFigures {
  contacts: number;
  events: number;
  /** Medians of the timed runs. */
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** The untimed warm-up, from a cold start (JIT, SQLite page cache), for the record. */
  warmup?: { perSecond: number; p99Ms: number };
}

const phoneOf = (i: number) => `+5511${String(900000000 + i)}`;

export function seedLookupData(dataDir: string, contacts: number, events: number, now: number): void {
  const store = createStore(openDatabase(join(dataDir, 'companion.db')));
  const random = seededRandom(11);
  store.db.exec('BEGIN');
  const contact = store.db.prepare(
    'INSERT INTO contacts (key, phone, name, last_inbound_at, updated_at) VALUES (?, ?, ?, ?, ?)',
  );
  const consent = store.db.prepare(
    "INSERT INTO consent_events (id, contact, action, categories, source, wording, at, recorded_by, recorded_at) VALUES (?, ?, 'opt_in', 'marketing,utility', 'web_form', 'Yes to WhatsApp updates and offers.', ?, 'import', ?)",
  );
  for (let i = 0; i < contacts; i++) {
    const inbound = random() < 0.3 ? now - Math.floor(random() * 3 * DAY) : null;
    contact.run(phoneOf(i), phoneOf(i), `Contact ${i}`, inbound, now);
    if (random() < 0.7) consent.run(`c${i}`, phoneOf(i), now - 30 * DAY, now - 30 * DAY);
  }
  const message = store.db.prepare(
    "INSERT INTO messages (id, idempotency_key, contact, phone_number_id, wamid, kind, template_name, template_language, category, business_initiated, payload, status, status_rank, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'template', 'order_update', 'en_US', 'utility', ?, '{}', 'delivered', 4, ?, ?)",
  );
  for (let i = 0; i < events; i++) {
    const at = now - Math.floor(random() * 60 * DAY);
    message.run(
      `m${i}`,
      `k${i}`,
      phoneOf(Math.floor(random() * contacts)),
      SANDBOX_IDS.phoneNumberId,
      `wamid.${i}`,
      random() < 0.5 ? 1 : 0,
      at,
      at,
    );
  }
  store.db.exec('COMMIT');
  store.db.close();
}

export async function benchLookup(options: {
  contacts: number;
  events: number;
  /** Each timed run's length; `runs` of them (default 1) after a warm-up run of `warmupMs` (default none). */
  durationMs: number;
  runs?: number;
  warmupMs?: number;
  port: number;
  /** A data dir already seeded with `seedLookupData` for these counts (the scale curve seeds once per scale). */
  dataDir?: string;
}): Promise<LookupFigures> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'qbm-lookup-'));
  if (!options.dataDir) seedLookupData(dataDir, options.contacts, options.events, Date.now());
  const companion = await startCompanionProcess(options.port, dataDir);
  try {
    const token = await pairWithCompanion(companion.url, dataDir);
    const load = async (durationMs: number) => {
      const result = await runLoad({
        url: `${companion.url}/v1/contacts/`,
        method: 'GET',
        connections: 16,
        durationMs,
        path: (n) => `/v1/contacts/${encodeURIComponent(phoneOf((n * 7919) % options.contacts))}`,
        body: () => ({ data: Buffer.alloc(0), headers: { authorization: `Bearer ${token}` } }),
      });
      if (result.errors > 0) throw new Error(`lookup answered ${result.errors} errors`);
      return result;
    };
    const warmup = options.warmupMs ? await load(options.warmupMs) : undefined;
    const timed = [];
    for (let i = 0; i < (options.runs ?? 1); i++) timed.push(await load(options.durationMs));
    return {
      contacts: options.contacts,
      events: options.events,
      perSecond: median(timed.map((run) => run.perSecond)),
      p50Ms: median(timed.map((run) => run.p50)),
      p99Ms: median(timed.map((run) => run.p99)),
      ...(warmup ? { warmup: { perSecond: warmup.perSecond, p99Ms: warmup.p99 } } : {}),
    };
  } finally {
    companion.child.kill('SIGKILL');
    // A data set this run seeded is this run's to remove (a million rows is ~240 MB in /tmp); a given one is the caller's.
    if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}
