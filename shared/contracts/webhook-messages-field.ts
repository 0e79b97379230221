/**
 * Values of the user-facing webhook fields that carry `messaging_product` + `metadata` (spec §4, §7, §9):
 * `messages` (inbound messages and outbound statuses), `user_preferences` (marketing stop/resume: an opt-out that
 * also makes marketing sends fail 131050) and `user_id_update` (a user's BSUID changed).
 */
import * as v from 'valibot';
import {
  MetadataSchema,
  openEnum,
  UnixSecondsSchema,
  WebhookContactSchema,
  WebhookErrorSchema,
} from './webhook-common.ts';
import { InboundMessageSchema } from './webhook-messages.ts';
import { StatusSchema } from './webhook-statuses.ts';

export const MessagesValueSchema = v.looseObject({
  messaging_product: v.string(),
  metadata: MetadataSchema,
  contacts: v.optional(v.array(WebhookContactSchema)),
  messages: v.optional(v.array(InboundMessageSchema)),
  statuses: v.optional(v.array(StatusSchema)),
  /** Errors about the webhook itself (not about one message). */
  errors: v.optional(v.array(WebhookErrorSchema)),
});

export const USER_PREFERENCE_VALUES = ['stop', 'resume'] as const;
export const USER_PREFERENCE_CATEGORIES = ['marketing_messages'] as const;

/**
 * One preference change. `wa_id` is omitted for username adopters whose phone is withheld; `user_id` (BSUID) is then
 * the key (spec §9). Meta writes `timestamp` as a number here, unlike message timestamps.
 */
export const UserPreferenceSchema = v.looseObject({
  wa_id: v.optional(v.string()),
  user_id: v.optional(v.string()),
  parent_user_id: v.optional(v.string()),
  detail: v.optional(v.string()),
  category: openEnum(USER_PREFERENCE_CATEGORIES),
  value: openEnum(USER_PREFERENCE_VALUES),
  timestamp: UnixSecondsSchema,
});

export const UserPreferencesValueSchema = v.looseObject({
  messaging_product: v.string(),
  metadata: MetadataSchema,
  contacts: v.optional(v.array(WebhookContactSchema)),
  user_preferences: v.array(UserPreferenceSchema),
});

const PreviousCurrentSchema = v.looseObject({ previous: v.string(), current: v.string() });

export const UserIdUpdateSchema = v.looseObject({
  wa_id: v.optional(v.string()),
  detail: v.optional(v.string()),
  user_id: PreviousCurrentSchema,
  parent_user_id: v.optional(PreviousCurrentSchema),
  timestamp: UnixSecondsSchema,
});

export const UserIdUpdateValueSchema = v.looseObject({
  messaging_product: v.string(),
  metadata: MetadataSchema,
  contacts: v.optional(v.array(WebhookContactSchema)),
  user_id_update: v.array(UserIdUpdateSchema),
});

export type WebhookMessagesValue = v.InferOutput<typeof MessagesValueSchema>;
export type WebhookUserPreference = v.InferOutput<typeof UserPreferenceSchema>;
export type WebhookUserPreferencesValue = v.InferOutput<typeof UserPreferencesValueSchema>;
export type WebhookUserIdUpdate = v.InferOutput<typeof UserIdUpdateSchema>;
export type WebhookUserIdUpdateValue = v.InferOutput<typeof UserIdUpdateValueSchema>;
