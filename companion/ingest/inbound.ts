/**
 * Inbound messages and calls (spec §1, §7, §9): each opens or resets the contact's customer-service window from its
 * own timestamp; a referral marks a free-entry-point opportunity; STOP/START keywords (and the "Stop promotions" quick
 * reply) become consent events with the wamid as evidence. Every derived id is stable, so replays change nothing.
 */

import { consentEventFromKeyword } from '../../shared/consent/keywords.ts';
import type { WebhookCallsValue } from '../../shared/contracts/webhook-calls.ts';
import { isUserInitiatedCall } from '../../shared/contracts/webhook-calls.ts';
import type { WebhookMessagesValue } from '../../shared/contracts/webhook-messages-field.ts';
import { identityFromWebhook } from '../../shared/phone/identity.ts';
import { fromUnixSeconds } from '../../shared/time/clock.ts';
import { recordConsent } from './consent-events.ts';
import { feedContact } from './contact-feed.ts';
import type { IngestContext, IngestCounts } from './context.ts';

type InboundMessage = NonNullable<WebhookMessagesValue['messages']>[number];

function textOf(message: InboundMessage): string | undefined {
  const payload = message as {
    text?: { body?: unknown };
    button?: { text?: unknown };
    interactive?: { button_reply?: { title?: unknown } };
  };
  const candidates = [payload.text?.body, payload.button?.text, payload.interactive?.button_reply?.title];
  return candidates.find((value): value is string => typeof value === 'string');
}

export function ingestInbound(value: WebhookMessagesValue, ctx: IngestContext, counts: IngestCounts): void {
  const names = new Map<string, string>();
  for (const contact of value.contacts ?? []) {
    const name = contact.profile?.name;
    if (name && contact.wa_id) names.set(contact.wa_id, name);
    if (name && contact.user_id) names.set(contact.user_id, name);
  }
  for (const message of value.messages ?? []) {
    const who = identityFromWebhook(message.from, message.from_user_id);
    const at = fromUnixSeconds(message.timestamp);
    if (!who.ok || at === undefined) {
      ctx.store.webhookLog.record(ctx.now, 'messages', 'invalid', message);
      counts.ignored++;
      continue;
    }
    const key = ctx.store.contacts.ensure(
      who.value,
      names.get(message.from ?? '') ?? names.get(message.from_user_id ?? ''),
      ctx.now,
    );
    ctx.store.contacts.recordInbound(key, at, message.referral !== undefined, ctx.now);
    const text = textOf(message);
    if (text !== undefined) {
      const consent = consentEventFromKeyword({
        id: `keyword:${message.id}`,
        contact: key,
        text,
        at,
        wamid: message.id,
      });
      if (consent) recordConsent(ctx.store, consent, ctx.now);
    }
    feedContact(ctx.store, key, `inbound:${message.id}`, at);
    counts.applied++;
  }
}

/** A call the user starts opens the window like a message does (spec §1). */
export function ingestCalls(value: WebhookCallsValue, ctx: IngestContext, counts: IngestCounts): void {
  for (const call of value.calls ?? []) {
    if (!isUserInitiatedCall(call)) {
      counts.ignored++;
      continue;
    }
    const who = identityFromWebhook(call.from, (call as { from_user_id?: string }).from_user_id);
    const at = fromUnixSeconds(call.timestamp);
    if (!who.ok || at === undefined) {
      counts.ignored++;
      continue;
    }
    const key = ctx.store.contacts.ensure(who.value, undefined, ctx.now);
    ctx.store.contacts.recordInbound(key, at, false, ctx.now);
    feedContact(ctx.store, key, `call:${call.id}`, at);
    counts.applied++;
  }
}
