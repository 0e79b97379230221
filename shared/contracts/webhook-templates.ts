/**
 * Template webhook fields (spec §4, §6): `message_template_status_update` (approval, pause 3 h → 6 h → disable,
 * archive…), `message_template_quality_update` (GREEN/YELLOW/RED/UNKNOWN) and `template_category_update`
 * (utility → marketing re-categorisation, impending or done). Meta writes `message_template_id` as a JSON number;
 * it is read into a decimal string.
 */
import * as v from 'valibot';
import { GraphIdSchema, openEnum, UnixSecondsSchema } from './webhook-common.ts';

export const TEMPLATE_STATUS_EVENTS = [
  'APPROVED',
  'REJECTED',
  'PENDING',
  'PAUSED',
  'DISABLED',
  'FLAGGED',
  'REINSTATED',
  'IN_APPEAL',
  'LIMIT_EXCEEDED',
  'LOCKED',
  'UNLOCKED',
  'PENDING_DELETION',
  'DELETED',
  'ARCHIVED',
  'UNARCHIVED',
] as const;

export const TEMPLATE_REJECTION_REASONS = [
  'NONE',
  'INVALID_FORMAT',
  'INCORRECT_CATEGORY',
  'TAG_CONTENT_MISMATCH',
  'PROMOTIONAL',
  'ABUSIVE_CONTENT',
  'SCAM',
] as const;

/** `other_info.title` of pauses (spec §6): 3 h, then 6 h, then disabled. */
export const TEMPLATE_PAUSE_TITLES = [
  'FIRST_PAUSE',
  'SECOND_PAUSE',
  'RATE_LIMITING_PAUSE',
  'UNPAUSE',
  'DISABLED',
] as const;

export const TEMPLATE_QUALITY_SCORES = ['GREEN', 'YELLOW', 'RED', 'UNKNOWN'] as const;

const templateEntries = {
  message_template_id: GraphIdSchema,
  message_template_name: v.string(),
  message_template_language: v.string(),
};

export const TemplateStatusUpdateSchema = v.looseObject({
  ...templateEntries,
  event: openEnum(TEMPLATE_STATUS_EVENTS),
  /** NONE, a rejection reason, or null. */
  reason: v.optional(v.nullable(openEnum(TEMPLATE_REJECTION_REASONS))),
  message_template_category: v.optional(v.string()),
  disable_info: v.optional(v.looseObject({ disable_date: v.optional(v.union([v.string(), v.number()])) })),
  other_info: v.optional(
    v.looseObject({ title: openEnum(TEMPLATE_PAUSE_TITLES), description: v.optional(v.string()) }),
  ),
  rejection_info: v.optional(v.looseObject({ reason: v.optional(v.string()), recommendation: v.optional(v.string()) })),
});

export const TemplateQualityUpdateSchema = v.looseObject({
  ...templateEntries,
  previous_quality_score: openEnum(TEMPLATE_QUALITY_SCORES),
  new_quality_score: openEnum(TEMPLATE_QUALITY_SCORES),
});

/**
 * Impending change: `correct_category` (+ `category_update_timestamp`, Unix seconds, when it applies);
 * completed change: `previous_category` → `new_category`.
 */
export const TemplateCategoryUpdateSchema = v.looseObject({
  ...templateEntries,
  previous_category: v.optional(v.string()),
  new_category: v.optional(v.string()),
  correct_category: v.optional(v.string()),
  category_update_timestamp: v.optional(UnixSecondsSchema),
});

export type WebhookTemplateStatusUpdate = v.InferOutput<typeof TemplateStatusUpdateSchema>;
export type WebhookTemplateQualityUpdate = v.InferOutput<typeof TemplateQualityUpdateSchema>;
export type WebhookTemplateCategoryUpdate = v.InferOutput<typeof TemplateCategoryUpdateSchema>;
