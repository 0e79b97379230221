/**
 * Applies one verified webhook body to the store in a single transaction: the caller answers Meta's POST with 200
 * only after this returns, so every acknowledged event is committed (spec §4: reply 2xx fast; Meta retries for 7
 * days otherwise). Unknown fields and malformed changes are logged and skipped; they never fail the other changes.
 */
import { parseWebhookChanges, type WebhookBody } from '../../shared/contracts/webhook-envelope.ts';
import { fromUnixSeconds } from '../../shared/time/clock.ts';
import { transaction } from '../store/database.ts';
import type { Store } from '../store/store.ts';
import { emptyCounts, type IngestContext, type IngestCounts } from './context.ts';
import { ingestCalls, ingestInbound } from './inbound.ts';
import { ingestNumberChange, ingestTemplateChange } from './platform-updates.ts';
import { ingestPreferences, ingestUserIdUpdates } from './preferences.ts';
import { ingestStatuses } from './statuses.ts';

/** Applies one body and commits it on its own (tests, tools). The HTTP route batches bodies: group-commit.ts. */
export function ingestWebhook(
  store: Store,
  body: WebhookBody,
  options: { now: number; phoneNumberId: string },
): IngestCounts {
  return transaction(store.db, () => applyWebhook(store, body, options));
}

/** Applies one body inside the caller's transaction. */
export function applyWebhook(
  store: Store,
  body: WebhookBody,
  options: { now: number; phoneNumberId: string },
): IngestCounts {
  const counts = emptyCounts();
  for (const located of parseWebhookChanges(body)) {
    const at = (located.time !== undefined ? fromUnixSeconds(located.time) : undefined) ?? options.now;
    const ctx: IngestContext = { store, now: options.now, at, phoneNumberId: options.phoneNumberId };
    const { change } = located;
    switch (change.field) {
      case 'messages':
        ingestInbound(change.value, ctx, counts);
        ingestStatuses(change.value.statuses ?? [], ctx, counts);
        break;
      case 'calls':
        ingestCalls(change.value, ctx, counts);
        break;
      case 'user_preferences':
        ingestPreferences(change.value, ctx, counts);
        break;
      case 'user_id_update':
        ingestUserIdUpdates(change.value, ctx, counts);
        break;
      case 'message_template_status_update':
        ingestTemplateChange({ kind: 'status', value: change.value }, ctx, counts);
        break;
      case 'message_template_quality_update':
        ingestTemplateChange({ kind: 'quality', value: change.value }, ctx, counts);
        break;
      case 'template_category_update':
        ingestTemplateChange({ kind: 'category', value: change.value }, ctx, counts);
        break;
      case 'business_capability_update':
        ingestNumberChange({ kind: 'capability', value: change.value }, ctx, counts);
        break;
      case 'phone_number_quality_update':
        ingestNumberChange({ kind: 'quality', value: change.value }, ctx, counts);
        break;
      case 'account_update':
        ingestNumberChange({ kind: 'account', value: change.value }, ctx, counts);
        break;
      case 'account_alerts':
        store.webhookLog.record(options.now, 'account_alerts', 'logged', change.value);
        counts.applied++;
        break;
      case 'unknown':
        store.webhookLog.record(options.now, change.name, 'unknown', change.value);
        counts.ignored++;
        break;
      case 'invalid':
        store.webhookLog.record(options.now, change.name, 'invalid', { issues: change.issues, value: change.value });
        counts.ignored++;
        break;
    }
  }
  return counts;
}
