/**
 * Step two of a send, after the Graph API answered (or did not), in one transaction:
 * - accepted: store the wamid, mark the contact's last outbound (which may start a free entry point, spec §1);
 * - refused by Meta with a code: the message failed, its limit slot is released, the code becomes state;
 * - unknown (timeout, dropped connection, unreadable answer): the message may have gone out, and the Graph API has
 *   no idempotency key, so it is never resent: it stays "unknown", keeps its slot, and its status webhooks (matched
 *   by our id in biz_opaque_callback_data) settle it.
 */
import { applyOutbound } from '../../shared/window/window.ts';
import { contactSnapshot } from '../ingest/contact-feed.ts';
import { applyErrorEffect } from '../ingest/error-effects.ts';
import { transaction } from '../store/database.ts';
import type { Store } from '../store/store.ts';
import type { GraphFailure, SentMessage } from '../whatsapp/graph-client.ts';

export function settleAccepted(store: Store, messageId: string, contact: string, sent: SentMessage, now: number): void {
  transaction(store.db, () => {
    store.messages.setWamid(messageId, sent.wamid, now);
    store.messages.advance(
      messageId,
      sent.messageStatus === 'accepted' ? 'accepted' : 'held_for_quality_assessment',
      now,
    );
    store.contacts.mark(contact, 'last_outbound_at', now, now);
    const person = store.contacts.get(contact);
    if (person) {
      const before = person.fep_started_at ?? undefined;
      const inputs = applyOutbound(
        {
          ...(person.last_inbound_at != null ? { lastInboundAt: person.last_inbound_at } : {}),
          ...(person.last_referral_at != null ? { lastReferralAt: person.last_referral_at } : {}),
          ...(before !== undefined ? { freeEntryPointStartedAt: before } : {}),
        },
        now,
      );
      if (inputs.freeEntryPointStartedAt !== undefined && inputs.freeEntryPointStartedAt !== before) {
        store.contacts.mark(contact, 'fep_started_at', inputs.freeEntryPointStartedAt, now);
      }
    }
    store.feed.append({
      id: `send:${messageId}:accepted`,
      type: 'message',
      contact,
      at: now,
      data: { id: messageId, wamid: sent.wamid, status: 'accepted', errorCode: null },
    });
    store.feed.append({
      id: `outbound:${messageId}`,
      type: 'contact',
      contact,
      at: now,
      data: contactSnapshot(store, contact),
    });
  });
}

export function settleRefused(
  store: Store,
  messageId: string,
  contact: string,
  failure: Extract<GraphFailure, { kind: 'graph_error' }>,
  now: number,
): void {
  transaction(store.db, () => {
    store.messages.advance(messageId, 'failed', now, failure.code);
    store.ledger.release(messageId);
    applyErrorEffect(
      store,
      failure.code,
      { wamid: `send:${messageId}`, at: now, contact, message: store.messages.get(messageId) },
      now,
    );
    store.feed.append({
      id: `send:${messageId}:failed`,
      type: 'message',
      contact,
      at: now,
      data: { id: messageId, wamid: null, status: 'failed', errorCode: failure.code },
    });
  });
}

export function settleUnknown(store: Store, messageId: string, contact: string, now: number): void {
  transaction(store.db, () => {
    store.messages.advance(messageId, 'unknown', now);
    store.feed.append({
      id: `send:${messageId}:unknown`,
      type: 'message',
      contact,
      at: now,
      data: { id: messageId, wamid: null, status: 'unknown', errorCode: null },
    });
  });
}

/** A refusal Meta asks us to retry (throughput, pair rate, maintenance): nothing was sent, so the attempt is undone. */
export function undoAttempt(store: Store, messageId: string): void {
  transaction(store.db, () => {
    store.ledger.release(messageId);
    store.messages.remove(messageId);
  });
}

/** After a crash between reservation and the Graph answer: such sends are unknown, never resent (issue: reconcile). */
export function reconcileInterrupted(store: Store, now: number): number {
  const interrupted = store.messages.pending();
  for (const message of interrupted) settleUnknown(store, message.id, message.contact, now);
  return interrupted.length;
}
