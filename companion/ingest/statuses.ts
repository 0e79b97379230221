/**
 * Status webhooks (spec §4, §5, §11.6): recorded once per wamid + status, the message advanced to the highest status
 * seen (duplicates and reordering change nothing), the limit slot released on failure and timed at delivery, and
 * Meta's error codes turned into state: 131050 an opt-out, 131049 a 24 h marketing cooldown, 131026 undeliverable,
 * 132015/132016 the template paused/disabled. Errors are matched on code, never on text.
 */
import type { WebhookStatus } from '../../shared/contracts/webhook-statuses.ts';
import { statusFromWebhook } from '../../shared/messages/status.ts';
import { identityFromWebhook } from '../../shared/phone/identity.ts';
import { fromUnixSeconds } from '../../shared/time/clock.ts';
import { FREE_ENTRY_POINT_LENGTH } from '../../shared/window/window.ts';
import type { MessageRow } from '../store/messages-repo.ts';
import { feedContact } from './contact-feed.ts';
import type { IngestContext, IngestCounts } from './context.ts';
import { applyErrorEffect } from './error-effects.ts';

export function ingestStatuses(statuses: readonly WebhookStatus[], ctx: IngestContext, counts: IngestCounts): void {
  for (const item of statuses) ingestStatus(item, ctx, counts);
}

function ingestStatus(item: WebhookStatus, ctx: IngestContext, counts: IngestCounts): void {
  const { store } = ctx;
  const status = statusFromWebhook(item.status);
  const at = fromUnixSeconds(item.timestamp);
  if (!status || at === undefined) {
    store.webhookLog.record(ctx.now, 'messages.statuses', 'unknown', item);
    counts.ignored++;
    return;
  }
  const errorCode = item.errors?.[0]?.code;
  const fresh = store.messages.recordStatus({
    wamid: item.id,
    status,
    at,
    error_code: errorCode ?? null,
    recipient: item.recipient_id ?? item.recipient_user_id,
    pricingCategory: item.pricing?.category,
  });
  if (!fresh) {
    counts.duplicates++;
    return;
  }
  const message = findMessage(item, ctx);
  if (message) {
    store.messages.advance(message.id, status, at, errorCode);
    if (status === 'failed') store.ledger.release(message.id);
    else if (status === 'delivered' || status === 'read' || status === 'played') store.ledger.delivered(message.id, at);
    store.feed.append({
      id: `status:${item.id}:${status}`,
      type: 'message',
      contact: message.contact,
      at,
      data: { id: message.id, wamid: item.id, status, errorCode: errorCode ?? null },
    });
  }
  // Only a free entry point or an error needs the contact; most statuses carry neither, and finding a contact
  // without its message means parsing the phone number, the costliest step of a status.
  const freeEntryPoint = item.pricing?.type === 'free_entry_point';
  const contact = freeEntryPoint || errorCode !== undefined ? (message?.contact ?? contactOf(item, ctx)) : undefined;
  if (contact && freeEntryPoint) recordFreeEntryPoint(item, message, contact, ctx);
  if (errorCode !== undefined && contact) {
    applyErrorEffect(ctx.store, errorCode, { wamid: item.id, at, contact, message }, ctx.now);
  }
  counts.applied++;
}

/** By wamid; when the send's answer was lost (timeout, crash) the wamid is unknown, but our id comes back as opaque data. */
function findMessage(item: WebhookStatus, ctx: IngestContext): MessageRow | undefined {
  const byWamid = ctx.store.messages.byWamid(item.id);
  if (byWamid) return byWamid;
  const ours = item.biz_opaque_callback_data ? ctx.store.messages.get(item.biz_opaque_callback_data) : undefined;
  if (ours && ours.wamid === null) {
    ctx.store.messages.setWamid(ours.id, item.id, ctx.now);
    return ours;
  }
  return undefined;
}

function contactOf(item: WebhookStatus, ctx: IngestContext): string | undefined {
  const who = identityFromWebhook(item.recipient_id, item.recipient_user_id);
  return who.ok ? ctx.store.contacts.find(who.value)?.key : undefined;
}

/**
 * Meta prices every message of a free entry point as `free_entry_point` (spec §1): when we missed its start (the
 * referral's webhook arrived after our reply, or the reply went out from another tool), the status tells us. The FEP
 * runs 72 h; Meta's `conversation.expiration_timestamp` gives its end exactly, else our message's send time starts it.
 * An FEP already running is kept: every later message inside it carries the same pricing.
 */
function recordFreeEntryPoint(
  item: WebhookStatus,
  message: MessageRow | undefined,
  contact: string,
  ctx: IngestContext,
): void {
  const expires = item.conversation?.expiration_timestamp
    ? fromUnixSeconds(item.conversation.expiration_timestamp)
    : undefined;
  const start =
    expires !== undefined
      ? expires - FREE_ENTRY_POINT_LENGTH
      : (message?.created_at ?? fromUnixSeconds(item.timestamp));
  const row = ctx.store.contacts.get(contact);
  if (start === undefined || !row) return;
  const running = row.fep_started_at !== null && row.fep_started_at + FREE_ENTRY_POINT_LENGTH > start;
  if (running) return;
  ctx.store.contacts.mark(contact, 'fep_started_at', start, ctx.now);
  feedContact(ctx.store, contact, `fep:${item.id}`, start);
}
