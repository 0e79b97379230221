/**
 * The lookup reader thread: answers GET /v1/contacts/{ref} (the plain case, contact-lookup.ts) from its own SQLite
 * connection, so the verdict lookup's reads and policy run beside the main thread instead of on it. Why: the lookup
 * is the API's hot read, and on the main thread it queued webhooks and sends behind it and left a core idle
 * (figure 2 of BENCHMARKS.md). It only reads: the token's "last used", and every write, stay on the main thread.
 *
 * The limit ledger's moving window lives in the main thread's memory, kept by the writes there; each request carries
 * what that window says for the reference (how many recipients are counted, whether this reference is), and a
 * contact stored under another key than the reference (a BSUID) is handed back to the main thread to answer.
 *
 * The thread's entry: this file when the companion runs from source, build/companion/lookup-worker.js (its own
 * bundle) when it runs bundled; it starts only in a worker thread started with the reader's role.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { LimitUsage } from '../../shared/limits/ledger.ts';
import { usageOfCount } from '../../shared/limits/ledger.ts';
import type { MessagingTier } from '../../shared/limits/tiers.ts';
import type { GateScope } from '../gate/policy-state.ts';
import { openDatabase, readSnapshot } from '../store/database.ts';
import type { LedgerRepo } from '../store/ledger-repo.ts';
import { createStore, type Store } from '../store/store.ts';
import { contactAnswer } from './contact-view.ts';

export const LOOKUP_READER_ROLE = 'qbm-lookup-reader';

/** What the main thread's ledger window says at the instant of the request. */
export interface LedgerFacts {
  used: number;
  nextSlotFreesAt?: number;
  /** Whether the reference itself is a counted recipient. */
  referenceCounted: boolean;
}

export type ToReader =
  | { type: 'scope'; scope: GateScope }
  | {
      type: 'lookup';
      id: number;
      ref: string;
      token: string;
      now: number;
      acceptLanguage: string | undefined;
      ledger: LedgerFacts;
    };

export type FromReader =
  | { id: number; kind: 'answer'; status: number; text: string }
  /** Unknown token, a contact keyed otherwise, or a failure: the main thread answers it. */
  | { id: number; kind: 'main' };

class OtherKey extends Error {}

/** The ledger as the request's facts tell it; a question about any other recipient goes back to the main thread. */
function ledgerOf(ref: string, facts: LedgerFacts): LedgerRepo {
  const readOnly = () => {
    throw new Error('the lookup reader does not write the ledger');
  };
  return {
    reserve: readOnly,
    release: readOnly,
    delivered: readOnly,
    forget: readOnly,
    changes: () => 0,
    usage: (_portfolioId: string, tier: MessagingTier): LimitUsage =>
      usageOfCount(tier, facts.used, facts.nextSlotFreesAt),
    isCounted(_portfolioId: string, recipient: string): boolean {
      if (recipient !== ref) throw new OtherKey();
      return facts.referenceCounted;
    },
  };
}

function answerLookup(store: Store, scope: GateScope, request: Extract<ToReader, { type: 'lookup' }>): FromReader {
  try {
    const answer = readSnapshot(store.db, () =>
      store.auth.knowsToken(request.token)
        ? contactAnswer(
            { ...store, ledger: ledgerOf(request.ref, request.ledger) },
            request.ref,
            scope,
            request.now,
            request.acceptLanguage,
          )
        : undefined,
    );
    if (!answer) return { id: request.id, kind: 'main' };
    return { id: request.id, kind: 'answer', status: answer.status, text: JSON.stringify(answer.body) };
  } catch {
    // A contact keyed otherwise, or a failure (the database busy, say): the main thread answers as it always did.
    return { id: request.id, kind: 'main' };
  }
}

function startReader(dbPath: string): void {
  const port = parentPort;
  if (!port) return;
  const store = createStore(openDatabase(dbPath, { pageCacheMb: 16 }));
  let scope: GateScope | undefined;
  port.on('message', (message: ToReader) => {
    if (message.type === 'scope') scope = message.scope;
    else if (scope) port.postMessage(answerLookup(store, scope, message));
    else port.postMessage({ id: message.id, kind: 'main' } satisfies FromReader);
  });
}

if (!isMainThread && (workerData as { role?: string } | null)?.role === LOOKUP_READER_ROLE) {
  startReader((workerData as { dbPath: string }).dbPath);
}
