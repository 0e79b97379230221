/**
 * Outbound message statuses in the `messages` webhook field (spec §1 pricing, §4, §5, §11.6): sent, delivered, read,
 * failed (with `errors[]`, match on `code`), played; `read` may come without `delivered`, duplicated and out of order.
 * `pricing` appears on only one of a message's statuses; `conversation` was dropped in v24 except for free entry
 * points. Unknown `status` strings are kept so a new Meta status never drops the webhook.
 */
import * as v from 'valibot';
import { openEnum, UnixSecondsStringSchema, WebhookErrorSchema } from './webhook-common.ts';

export const WEBHOOK_STATUS_VALUES = ['sent', 'delivered', 'read', 'failed', 'played', 'deleted'] as const;
export type KnownWebhookStatus = (typeof WEBHOOK_STATUS_VALUES)[number];

/** `PMP` per-message pricing since 2025-07-01; `CBP` conversation pricing before [LEGACY]. */
export const PRICING_MODELS = ['PMP', 'CBP'] as const;
export const PRICING_TYPES = ['regular', 'free_customer_service', 'free_entry_point'] as const;
export const PRICING_CATEGORIES = [
  'marketing',
  'marketing_lite',
  'utility',
  'authentication',
  'authentication-international',
  'authentication_international',
  'service',
  'referral_conversion',
] as const;

export const PricingSchema = v.looseObject({
  /** To be deprecated by Meta; absent on newer payloads. */
  billable: v.optional(v.boolean()),
  pricing_model: openEnum(PRICING_MODELS),
  type: v.optional(openEnum(PRICING_TYPES)),
  category: openEnum(PRICING_CATEGORIES),
});

/** [LEGACY] conversation-based pricing window; still sent for free entry point conversations (spec §1). */
export const ConversationSchema = v.looseObject({
  id: v.string(),
  expiration_timestamp: v.optional(UnixSecondsStringSchema),
  origin: v.optional(v.looseObject({ type: v.string() })),
});

export const StatusSchema = v.looseObject({
  /** The wamid of the message this status is about; dedupe on `id` + `status` (spec §4). */
  id: v.string(),
  status: openEnum(WEBHOOK_STATUS_VALUES),
  timestamp: UnixSecondsStringSchema,
  /** The user's phone number (or group id); omitted for messages sent to a BSUID when the phone is withheld (§9). */
  recipient_id: v.optional(v.string()),
  recipient_user_id: v.optional(v.string()),
  recipient_parent_user_id: v.optional(v.string()),
  recipient_type: v.optional(v.string()),
  biz_opaque_callback_data: v.optional(v.string()),
  conversation: v.optional(ConversationSchema),
  pricing: v.optional(PricingSchema),
  errors: v.optional(v.array(WebhookErrorSchema)),
});

export type WebhookStatus = v.InferOutput<typeof StatusSchema>;
export type WebhookPricing = v.InferOutput<typeof PricingSchema>;
export type WebhookConversation = v.InferOutput<typeof ConversationSchema>;
