/**
 * What the extension keeps in IndexedDB: the per-contact state the panel needs to answer at once (synced from the
 * companion's event feed), templates, the number's health and limit history, the outbox, the sync cursor and the
 * last page read per tab. Instants are epoch ms.
 */

import type { ConsentEvent } from '../../shared/consent/events.ts';
import type { MessageStatus, NumberResponse, SendAccepted } from '../../shared/contracts/api.ts';
import type { OutgoingMessage, PageRead } from '../../shared/contracts/protocol.ts';
import type { NumberHealth } from '../../shared/health/number-health.ts';

/** The companion's contact snapshot (companion/ingest/contact-feed.ts), as synced. */
export interface ContactRecord {
  key: string;
  phone: string | null;
  bsuid: string | null;
  name: string | null;
  lastInboundAt: number | null;
  lastReferralAt: number | null;
  freeEntryPointStartedAt: number | null;
  lastOutboundAt: number | null;
  lastEcosystemCapAt: number | null;
  undeliverableAt: number | null;
  /** When the companion last told us about this contact. */
  syncedAt: number;
  /**
   * The consent ledger and recent messages the first sync's snapshot brought, kept in the contact's own row (one
   * IndexedDB write per contact instead of three). Read through withHistory() (contact-history.ts), which joins them
   * with the tables the feed keeps writing.
   */
  history?: { consent: ConsentRecord[]; messages: MessageRecord[] };
}

/**
 * Contacts the first sync's snapshot brought, stored together: a run of consecutive contact keys in one IndexedDB row.
 * Chromium pays ~130 µs per row written whatever its size (measured: 80,000 bare rows take 10.8 s), so a fresh
 * extension loading 100,000 contacts one row each spends most of its time on row overhead; chunks of 64 take a
 * sixtieth of the rows. `first` (the primary key) is the chunk's lowest key, so the chunk holding a key is the one
 * with the greatest `first` ≤ that key (contact-chunks.ts). A contact the feed changes later gets a row of its own in
 * `contacts`, which wins over its copy here.
 */
export interface ContactChunk {
  first: string;
  /** Sorted by key, no two with the same key. */
  contacts: ContactRecord[];
}

export type ConsentRecord = ConsentEvent;

export interface MessageRecord {
  /** The companion's message id. */
  id: string;
  wamid: string | null;
  contact: string;
  status: MessageStatus;
  errorCode: number | null;
  /** The outbox item that created it, when sent from this browser. */
  outboxId?: string;
  template?: { name: string; language: string };
  text?: string;
  /** Sent while the contact's window was closed: counts for the frequency cap and the limit. */
  businessInitiated?: boolean;
  createdAt: number;
  updatedAt: number;
}

export interface NumberRecord {
  key: 'current';
  health: NumberHealth | null;
  view: NumberResponse | null;
  fetchedAt: number;
}

export interface NumberSample {
  seq?: number;
  at: number;
  used: number;
  limit: number | null;
}

export type OutboxState = 'pending' | 'accepted' | 'refused' | 'failed';

export type OutboxItem =
  | OutboxBase<'message', OutgoingMessage & { agent?: string }>
  | OutboxBase<'consent', import('../../shared/contracts/api.ts').ConsentRequest>;

interface OutboxBase<K extends string, R> {
  /** ULID; also the idempotency key sent to the companion, so a retry never sends twice. */
  id: string;
  kind: K;
  request: R;
  state: OutboxState;
  attempts: number;
  nextAttemptAt: number;
  lastError?: string;
  /** The companion's answer once it gave one. */
  result?: SendAccepted | { refused: true; reasons: { code: string; message: string }[] } | { recorded: true };
  createdAt: number;
  updatedAt: number;
}

export interface SyncState {
  key: 'feed';
  cursor: string | null;
  lastSyncAt: number | null;
  lastError: string | null;
  /** Set while an initial sync runs, for the panel's progress line; `total` when the companion said how many. */
  progress: { done: number; total?: number; startedAt: number } | null;
  /**
   * A first sync's snapshot in progress (GET /v1/snapshot): the next page starts after `after`, and the feed resumes
   * from `feedCursor` once the last page is in. Saved with each page, so a worker stopped halfway goes on from there.
   */
  snapshot?: {
    after: string;
    feedCursor: string;
    done: number;
    total: number;
    startedAt: number;
    /** The contacts table was empty when the load began: its pages need no merge with stored contacts. */
    fresh: boolean;
  } | null;
}

export interface PageRecord {
  tabId: number;
  read: PageRead;
  at: number;
  /** The phone whose quick-send button the agent clicked last on this tab: the panel opens on it. */
  focusPhone?: string;
}
