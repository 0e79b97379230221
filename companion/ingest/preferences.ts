/**
 * `user_preferences` (spec §4, §7): the user tapped "Stop promotions" (stop) or resumed them in WhatsApp. Both become
 * consent events for marketing; utility and authentication are unaffected. `user_id_update`: the user's BSUID changed.
 */

import { consentEventFromUserPreference } from '../../shared/consent/from-platform.ts';
import type {
  WebhookUserIdUpdateValue,
  WebhookUserPreferencesValue,
} from '../../shared/contracts/webhook-messages-field.ts';
import { identityFromWebhook } from '../../shared/phone/identity.ts';
import { recordConsent } from './consent-events.ts';
import type { IngestContext, IngestCounts } from './context.ts';

export function ingestPreferences(value: WebhookUserPreferencesValue, ctx: IngestContext, counts: IngestCounts): void {
  for (const preference of value.user_preferences) {
    const who = identityFromWebhook(preference.wa_id, preference.user_id);
    if (!who.ok) {
      ctx.store.webhookLog.record(ctx.now, 'user_preferences', 'invalid', preference);
      counts.ignored++;
      continue;
    }
    const key = ctx.store.contacts.ensure(who.value, undefined, ctx.now);
    const event = consentEventFromUserPreference({
      id: `preference:${key}:${preference.timestamp}:${preference.value}`,
      contact: key,
      preference: {
        category: preference.category,
        value: preference.value,
        timestamp: preference.timestamp,
        ...(preference.detail ? { detail: preference.detail } : {}),
      },
    });
    if (!event) {
      ctx.store.webhookLog.record(ctx.now, 'user_preferences', 'unknown', preference);
      counts.ignored++;
      continue;
    }
    if (recordConsent(ctx.store, event, ctx.now)) counts.applied++;
    else counts.duplicates++;
  }
}

export function ingestUserIdUpdates(value: WebhookUserIdUpdateValue, ctx: IngestContext, counts: IngestCounts): void {
  for (const update of value.user_id_update) {
    const who = identityFromWebhook(update.wa_id, update.user_id.previous);
    const contact = who.ok ? ctx.store.contacts.find(who.value) : undefined;
    if (!contact) {
      counts.ignored++;
      continue;
    }
    ctx.store.contacts.replaceBsuid(contact.key, update.user_id.current, ctx.now);
    counts.applied++;
  }
}
