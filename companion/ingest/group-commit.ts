/**
 * Group commit for webhook ingest. Each webhook must be committed before its 200 (spec §4: Meta retries anything not
 * acknowledged), but one fsync per request caps ingest at the disk's fsync rate. So the bodies that arrive in the
 * same turn of the event loop are applied in one IMMEDIATE transaction, each inside its own savepoint (one bad body
 * never undoes the others), committed with a single fsync, and only then answered.
 */
import type { WebhookBody } from '../../shared/contracts/webhook-envelope.ts';
import type { Clock } from '../../shared/time/clock.ts';
import type { Store } from '../store/store.ts';
import type { IngestCounts } from './context.ts';
import { applyWebhook } from './ingest.ts';

interface Waiting {
  body: WebhookBody;
  resolve: (counts: IngestCounts) => void;
  reject: (error: unknown) => void;
}

/** At most this many bodies per transaction, so one commit never holds the write lock for long. */
const MAX_BATCH = 256;

export function createIngestQueue(store: Store, clock: Clock, phoneNumberId: () => string) {
  const waiting: Waiting[] = [];
  let scheduled = false;
  // Prepared once: exec() would compile these statements again for every body.
  const begin = store.db.prepare('BEGIN IMMEDIATE');
  const savepoint = store.db.prepare('SAVEPOINT webhook');
  const release = store.db.prepare('RELEASE webhook');
  const rollbackTo = store.db.prepare('ROLLBACK TO webhook');
  const commit = store.db.prepare('COMMIT');

  function flush(): void {
    scheduled = false;
    const batch = waiting.splice(0, MAX_BATCH);
    if (waiting.length > 0) schedule();
    const outcomes: ({ ok: true; counts: IngestCounts } | { ok: false; error: unknown })[] = [];
    const options = { now: clock.now(), phoneNumberId: phoneNumberId() };
    try {
      begin.run();
      for (const item of batch) {
        savepoint.run();
        try {
          outcomes.push({ ok: true, counts: applyWebhook(store, item.body, options) });
          release.run();
        } catch (error) {
          rollbackTo.run();
          release.run();
          outcomes.push({ ok: false, error });
        }
      }
      commit.run();
    } catch (error) {
      if (store.db.isTransaction) store.db.exec('ROLLBACK');
      for (const item of batch) item.reject(error);
      return;
    }
    batch.forEach((item, index) => {
      const outcome = outcomes[index];
      if (outcome?.ok) item.resolve(outcome.counts);
      else item.reject(outcome?.error);
    });
  }

  function schedule(): void {
    if (scheduled) return;
    scheduled = true;
    setImmediate(flush);
  }

  return {
    /** Resolves once the body is committed. */
    ingest(body: WebhookBody): Promise<IngestCounts> {
      return new Promise((resolve, reject) => {
        waiting.push({ body, resolve, reject });
        schedule();
      });
    },
  };
}

export type IngestQueue = ReturnType<typeof createIngestQueue>;
