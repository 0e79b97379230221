/**
 * The outbox: every send and consent record is written to IndexedDB first, then delivered to the companion, retried
 * with the same id (the idempotency key) until the companion gives a final answer. A closed laptop, a restarted
 * companion or a killed worker loses nothing and sends nothing twice. Back-off: 2 s doubling to 5 min, cut short as
 * soon as a sync reaches the companion again (wakeOutbox).
 */

import type { ConsentRequest } from '../../shared/contracts/api.ts';
import type { OutgoingMessage } from '../../shared/contracts/protocol.ts';
import type { AppDB } from '../db/app-db.ts';
import type { OutboxItem } from '../db/records.ts';
import { type CompanionClient, describeCompanionError } from './companion-client.ts';

const MAX_DELAY_MS = 5 * 60_000;

export function retryDelay(attempts: number): number {
  return Math.min(MAX_DELAY_MS, 2000 * 2 ** Math.max(0, attempts - 1));
}

export async function enqueueMessage(
  db: AppDB,
  id: string,
  message: OutgoingMessage & { agent?: string },
  now: number,
): Promise<void> {
  await db.outbox.add({
    id,
    kind: 'message',
    request: message,
    state: 'pending',
    attempts: 0,
    nextAttemptAt: now,
    createdAt: now,
    updatedAt: now,
  });
}

export async function enqueueConsent(db: AppDB, id: string, request: ConsentRequest, now: number): Promise<void> {
  await db.outbox.add({
    id,
    kind: 'consent',
    request,
    state: 'pending',
    attempts: 0,
    nextAttemptAt: now,
    createdAt: now,
    updatedAt: now,
  });
}

/**
 * The companion answers again after being unreachable: everything still waiting for it is due now, not when its
 * back-off (up to 5 min) runs out, so a queued send does not sit behind "not reachable; will retry" while the panel
 * already says the companion is up to date. Same ids, so still exactly once.
 */
export async function wakeOutbox(db: AppDB, at: number): Promise<number> {
  return db.outbox
    .where('state')
    .equals('pending')
    .filter((item) => item.nextAttemptAt > at)
    .modify({ nextAttemptAt: at });
}

let draining: Promise<number> | undefined;

/** Delivers every due item; concurrent calls share one run, so an item is never in flight twice. */
export function drainOutbox(db: AppDB, client: CompanionClient, now: () => number): Promise<number> {
  draining ??= drain(db, client, now).finally(() => {
    draining = undefined;
  });
  return draining;
}

async function drain(db: AppDB, client: CompanionClient, now: () => number): Promise<number> {
  const due = await db.outbox
    .where('state')
    .equals('pending')
    .filter((item) => item.nextAttemptAt <= now())
    .sortBy('createdAt');
  let settled = 0;
  for (const item of due) {
    const outcome = await deliver(item, client);
    const at = now();
    if (outcome.final) {
      await db.transaction('rw', [db.outbox, db.messages], async () => {
        await db.outbox.update(item.id, { ...outcome.patch, updatedAt: at });
        if (item.kind === 'message' && outcome.messageId) {
          const request = item.request;
          await db.messages.put({
            id: outcome.messageId,
            wamid: outcome.wamid ?? null,
            contact: request.to,
            status: outcome.status === 'paused' ? 'held_for_quality_assessment' : (outcome.status ?? 'accepted'),
            errorCode: null,
            outboxId: item.id,
            ...('template' in request
              ? { template: { name: request.template.name, language: request.template.language } }
              : { text: request.text }),
            createdAt: item.createdAt,
            updatedAt: at,
          });
        }
      });
      settled++;
    } else {
      const attempts = item.attempts + 1;
      const delay = outcome.retryAfterMs ?? retryDelay(attempts);
      await db.outbox.update(item.id, { attempts, nextAttemptAt: at + delay, lastError: outcome.error, updatedAt: at });
      if (outcome.stop) break; // the companion is down or we are not paired: the rest would fail the same way
    }
  }
  return settled;
}

type Outcome =
  | {
      final: true;
      patch: Partial<OutboxItem>;
      messageId?: string;
      wamid?: string | null;
      status?: 'accepted' | 'unknown' | 'held_for_quality_assessment' | 'paused';
    }
  | { final: false; error: string; retryAfterMs?: number; stop: boolean };

async function deliver(item: OutboxItem, client: CompanionClient): Promise<Outcome> {
  if (item.kind === 'consent') {
    const answer = await client.recordConsent({ ...item.request, id: item.id });
    if (answer.ok) return { final: true, patch: { state: 'accepted', result: { recorded: true } } };
    return retryable(answer.error);
  }
  const request = item.request;
  const answer = await client.sendMessage({
    to: request.to,
    idempotencyKey: item.id,
    ...('template' in request ? { template: request.template } : { text: request.text }),
    ...(request.agent ? { agent: request.agent } : {}),
  });
  if (!answer.ok) return retryable(answer.error);
  if (!answer.value.accepted) {
    const reasons = answer.value.refused.error.reasons.map((r) => ({ code: r.code, message: r.message }));
    return { final: true, patch: { state: 'refused', result: { refused: true, reasons } } };
  }
  const accepted = answer.value.answer;
  return {
    final: true,
    patch: { state: 'accepted', result: accepted },
    messageId: accepted.id,
    wamid: accepted.wamid,
    status: accepted.status,
  };
}

function retryable(error: Parameters<typeof describeCompanionError>[0]): Outcome {
  if (error.kind === 'http' && error.status >= 400 && error.status < 500) {
    // The companion refused the request itself (validation): retrying the same bytes cannot succeed.
    return { final: true, patch: { state: 'failed', lastError: describeCompanionError(error) } };
  }
  return {
    final: false,
    error: describeCompanionError(error),
    ...(error.kind === 'busy' ? { retryAfterMs: error.retryAfterMs } : {}),
    stop: error.kind !== 'busy',
  };
}
