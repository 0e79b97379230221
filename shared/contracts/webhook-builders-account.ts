/**
 * Builders of account and template webhooks (spec §2, §3, §4, §6), shaped as Meta documents them: no
 * `messaging_product`/`metadata`, the WABA as entry `id`, entry `time` in Unix seconds, `message_template_id` as a
 * JSON number, limits in `business_capability_update` as numbers (-1 = unlimited).
 */
import { compact, unixSeconds, type WebhookBodyJson, webhookBody } from './webhook-builders-core.ts';
import type { TEMPLATE_PAUSE_TITLES, TEMPLATE_QUALITY_SCORES, TEMPLATE_STATUS_EVENTS } from './webhook-templates.ts';

/** Meta writes template ids as JSON numbers; ids too large for a double stay strings. */
export function templateIdJson(id: string): number | string {
  return /^\d+$/.test(id) && Number.isSafeInteger(Number(id)) ? Number(id) : id;
}

interface AccountWebhookInput {
  wabaId: string;
  at: number;
}

interface TemplateRef {
  templateId: string;
  name: string;
  /** e.g. "en_US" */
  language: string;
}

function templateEntries(ref: TemplateRef) {
  return {
    message_template_id: templateIdJson(ref.templateId),
    message_template_name: ref.name,
    message_template_language: ref.language,
  };
}

export interface TemplateStatusInput extends AccountWebhookInput, TemplateRef {
  event: (typeof TEMPLATE_STATUS_EVENTS)[number];
  /** Defaults to "NONE". */
  reason?: string | null;
  category?: 'MARKETING' | 'UTILITY' | 'AUTHENTICATION';
  /** Pause/unpause/lock notices (spec §6): FIRST_PAUSE (3 h), SECOND_PAUSE (6 h), UNPAUSE, DISABLED… */
  otherInfo?: { title: (typeof TEMPLATE_PAUSE_TITLES)[number]; description?: string };
  /** When disabled: the disable date as Meta writes it. */
  disableDate?: string;
  rejectionInfo?: { reason: string; recommendation: string };
}

export function templateStatusWebhook(input: TemplateStatusInput): WebhookBodyJson {
  const value = compact({
    event: input.event,
    ...templateEntries(input),
    reason: input.reason === undefined ? 'NONE' : input.reason,
    message_template_category: input.category,
    disable_info: input.disableDate ? { disable_date: input.disableDate } : undefined,
    other_info: input.otherInfo ? compact({ ...input.otherInfo }) : undefined,
    rejection_info: input.rejectionInfo,
  });
  return webhookBody(input.wabaId, [{ field: 'message_template_status_update', value }], unixSeconds(input.at));
}

type QualityScore = (typeof TEMPLATE_QUALITY_SCORES)[number];

export function templateQualityWebhook(
  input: AccountWebhookInput & TemplateRef & { previous: QualityScore; next: QualityScore },
): WebhookBodyJson {
  const value = {
    previous_quality_score: input.previous,
    new_quality_score: input.next,
    ...templateEntries(input),
  };
  return webhookBody(input.wabaId, [{ field: 'message_template_quality_update', value }], unixSeconds(input.at));
}

export interface PhoneNumberQualityInput extends AccountWebhookInput {
  /** Digits only, e.g. "15550783881". */
  displayPhoneNumber: string;
  /** Current events: ONBOARDING, THROUGHPUT_UPGRADE; the rest are [LEGACY] and only for replaying old payloads. */
  event: 'ONBOARDING' | 'THROUGHPUT_UPGRADE' | 'FLAGGED' | 'UNFLAGGED' | 'UPGRADE' | 'DOWNGRADE';
  maxDailyConversationsPerBusiness?: string | number;
  /** [LEGACY] removed Feb 2026. */
  currentLimit?: string;
  /** [LEGACY] removed Feb 2026. */
  oldLimit?: string;
}

export function phoneNumberQualityWebhook(input: PhoneNumberQualityInput): WebhookBodyJson {
  const value = compact({
    display_phone_number: input.displayPhoneNumber,
    event: input.event,
    old_limit: input.oldLimit,
    current_limit: input.currentLimit,
    max_daily_conversations_per_business: input.maxDailyConversationsPerBusiness,
  });
  return webhookBody(input.wabaId, [{ field: 'phone_number_quality_update', value }], unixSeconds(input.at));
}

export interface CapabilityUpdateInput extends AccountWebhookInput {
  /** 250, 2000, 10000, 100000 or -1 (unlimited). */
  maxDailyConversationsPerBusiness: number;
  maxPhoneNumbersPerBusiness?: number;
  maxPhoneNumbersPerWaba?: number;
}

/** The portfolio's messaging limit changed (e.g. approved scaling to 2,000, spec §2). */
export function capabilityUpdateWebhook(input: CapabilityUpdateInput): WebhookBodyJson {
  const value = compact({
    max_daily_conversations_per_business: input.maxDailyConversationsPerBusiness,
    max_phone_numbers_per_business: input.maxPhoneNumbersPerBusiness,
    max_phone_numbers_per_waba: input.maxPhoneNumbersPerWaba,
  });
  return webhookBody(input.wabaId, [{ field: 'business_capability_update', value }], unixSeconds(input.at));
}
