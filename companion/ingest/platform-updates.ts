/**
 * Account-level webhooks: template status/quality/category (spec §6) and the number's capability, quality events and
 * account restrictions (spec §2–§4). Each applies the shared reducers to the stored snapshot, which ignore stale
 * updates, and publishes the new snapshot to the feed. A template the companion has not synced yet is logged: the
 * next template refresh brings it with its components.
 */
import type {
  WebhookAccountUpdate,
  WebhookBusinessCapabilityUpdate,
  WebhookPhoneNumberQualityUpdate,
} from '../../shared/contracts/webhook-account.ts';
import type {
  WebhookTemplateCategoryUpdate,
  WebhookTemplateQualityUpdate,
  WebhookTemplateStatusUpdate,
} from '../../shared/contracts/webhook-templates.ts';
import type { NumberHealth } from '../../shared/health/number-health.ts';
import { applyAccountUpdate, applyCapabilityUpdate, applyQualityUpdate } from '../../shared/health/number-updates.ts';
import type { Template } from '../../shared/templates/model.ts';
import {
  applyTemplateCategoryUpdate,
  applyTemplateQualityUpdate,
  applyTemplateStatusUpdate,
} from '../../shared/templates/status.ts';
import type { IngestContext, IngestCounts } from './context.ts';

type TemplateChange =
  | { kind: 'status'; value: WebhookTemplateStatusUpdate }
  | { kind: 'quality'; value: WebhookTemplateQualityUpdate }
  | { kind: 'category'; value: WebhookTemplateCategoryUpdate };

export function ingestTemplateChange(change: TemplateChange, ctx: IngestContext, counts: IngestCounts): void {
  const { value } = change;
  const stored = ctx.store.templates.get(value.message_template_name, value.message_template_language);
  if (!stored) {
    ctx.store.webhookLog.record(ctx.now, `template_${change.kind}`, 'logged', value);
    counts.ignored++;
    return;
  }
  const updated = applyTemplate(stored, change, ctx.at);
  if (updated === stored) {
    counts.duplicates++;
    return;
  }
  ctx.store.templates.put(updated);
  ctx.store.feed.append({
    id: `template:${updated.name}:${updated.language}:${change.kind}:${ctx.at}`,
    type: 'template',
    contact: null,
    at: ctx.at,
    data: updated,
  });
  counts.applied++;
}

function applyTemplate(template: Template, change: TemplateChange, at: number): Template {
  switch (change.kind) {
    case 'status': {
      const update: Parameters<typeof applyTemplateStatusUpdate>[1] = {
        event: change.value.event,
        reason: change.value.reason ?? null,
        at,
      };
      if (change.value.other_info?.title) update.otherInfoTitle = change.value.other_info.title;
      return applyTemplateStatusUpdate(template, update);
    }
    case 'quality':
      return applyTemplateQualityUpdate(template, { newQualityScore: change.value.new_quality_score, at });
    case 'category': {
      const update: Parameters<typeof applyTemplateCategoryUpdate>[1] = { at };
      if (change.value.new_category) update.newCategory = change.value.new_category;
      if (change.value.correct_category) update.correctCategory = change.value.correct_category;
      if (change.value.category_update_timestamp !== undefined)
        update.categoryUpdateTimestamp = Number(change.value.category_update_timestamp) * 1000;
      return applyTemplateCategoryUpdate(template, update);
    }
  }
}

type NumberChange =
  | { kind: 'capability'; value: WebhookBusinessCapabilityUpdate }
  | { kind: 'quality'; value: WebhookPhoneNumberQualityUpdate }
  | { kind: 'account'; value: WebhookAccountUpdate };

/** A number the companion has not polled yet starts from "unknown": the poll fills in the rest. */
export function unknownHealth(phoneNumberId: string): NumberHealth {
  return {
    phoneNumberId,
    qualityRating: 'UNKNOWN',
    status: 'UNKNOWN',
    healthStatus: 'AVAILABLE',
    healthEntities: [],
    throughput: 'STANDARD',
    tier: 'TIER_NOT_SET',
    restrictions: [],
    updatedAt: 0,
  };
}

export function ingestNumberChange(change: NumberChange, ctx: IngestContext, counts: IngestCounts): void {
  const stored = ctx.store.numbers.get(ctx.phoneNumberId) ?? unknownHealth(ctx.phoneNumberId);
  const updated = applyNumber(stored, change, ctx.at);
  if (updated === stored) {
    if (change.kind === 'quality')
      ctx.store.webhookLog.record(ctx.now, 'phone_number_quality_update', 'logged', change.value);
    counts.duplicates++;
    return;
  }
  ctx.store.numbers.put(updated);
  ctx.store.feed.append({
    id: `number:${ctx.phoneNumberId}:${change.kind}:${ctx.at}`,
    type: 'number',
    contact: null,
    at: ctx.at,
    data: updated,
  });
  counts.applied++;
}

function applyNumber(health: NumberHealth, change: NumberChange, at: number): NumberHealth {
  switch (change.kind) {
    case 'capability': {
      const limit = change.value.max_daily_conversations_per_business;
      return limit === undefined
        ? health
        : applyCapabilityUpdate(health, { maxDailyConversationsPerBusiness: limit, at });
    }
    case 'quality': {
      const update: Parameters<typeof applyQualityUpdate>[1] = { event: change.value.event, at };
      if (change.value.max_daily_conversations_per_business !== undefined) {
        update.maxDailyConversationsPerBusiness = change.value.max_daily_conversations_per_business;
      }
      return applyQualityUpdate(health, update);
    }
    case 'account': {
      const ban = change.value.ban_info?.waba_ban_state;
      const update: Parameters<typeof applyAccountUpdate>[1] = { event: change.value.event, at };
      if (change.value.restriction_info) update.restrictionInfo = change.value.restriction_info;
      const banState = Array.isArray(ban) ? ban[0] : ban;
      if (banState) update.banState = banState;
      return applyAccountUpdate(health, update);
    }
  }
}
