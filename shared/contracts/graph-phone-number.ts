/**
 * The phone number read the daemon polls (spec §2, §3, §4): `GET /{phone-number-id}?fields=…` with status, quality,
 * messaging limit, throughput, name and health. Every field but `id` is optional (Meta returns only what was asked
 * and what applies). Enums stay open strings, except `health_status.can_send_message`, the send gate: an unknown
 * value there is refused rather than mistaken for AVAILABLE.
 */
import * as v from 'valibot';
import { NUMBER_STATUSES } from '../health/number-health.ts';
import { err, ok, type Result } from '../result.ts';
import { GraphIdSchema, LimitValueSchema, openEnum } from './webhook-common.ts';
import { type ContractError, contractError, toContractIssues } from './webhook-issues.ts';

/**
 * The `fields` parameter of the poll (spec §4). `messaging_limit_tier` is left out: it is [LEGACY] (Graph ≤ v23) and
 * a deprecated field can fail the whole read on newer versions; the schema still accepts it when an old version sends it.
 */
export const PHONE_NUMBER_FIELDS = [
  'status',
  'quality_rating',
  'whatsapp_business_manager_messaging_limit',
  'throughput',
  'name_status',
  'verified_name',
  'display_phone_number',
  'code_verification_status',
  'platform_type',
  'account_mode',
  'health_status',
] as const;

export const PHONE_NUMBER_FIELDS_QUERY = PHONE_NUMBER_FIELDS.join(',');

/** The number `status` vocabulary lives with the number's health (shared/health/number-health.ts). */
export const PHONE_NUMBER_STATUSES = NUMBER_STATUSES;
export const THROUGHPUT_LEVELS = ['STANDARD', 'HIGH', 'NOT_APPLICABLE'] as const;
export const NAME_STATUSES = [
  'APPROVED',
  'AVAILABLE_WITHOUT_REVIEW',
  'PENDING_REVIEW',
  'DECLINED',
  'EXPIRED',
  'NONE',
] as const;
export const PLATFORM_TYPES = ['CLOUD_API', 'ON_PREMISE', 'NOT_APPLICABLE'] as const;
export const ACCOUNT_MODES = ['LIVE', 'SANDBOX'] as const;
export const CAN_SEND_MESSAGE_VALUES = ['AVAILABLE', 'LIMITED', 'BLOCKED'] as const;
export const HEALTH_ENTITY_TYPES = ['PHONE_NUMBER', 'MESSAGE_TEMPLATE', 'WABA', 'BUSINESS', 'APP'] as const;

const CanSendMessageSchema = v.picklist(
  CAN_SEND_MESSAGE_VALUES,
  (issue) => `expected AVAILABLE, LIMITED or BLOCKED but received ${issue.received}`,
);

export const HealthEntitySchema = v.looseObject({
  entity_type: openEnum(HEALTH_ENTITY_TYPES),
  id: GraphIdSchema,
  can_send_message: CanSendMessageSchema,
  errors: v.optional(
    v.array(
      v.looseObject({
        error_code: v.number(),
        error_description: v.string(),
        possible_solution: v.optional(v.string()),
      }),
    ),
  ),
  additional_info: v.optional(v.array(v.string())),
});

export const HealthStatusSchema = v.looseObject({
  can_send_message: CanSendMessageSchema,
  entities: v.array(HealthEntitySchema),
});

export const PhoneNumberFieldsSchema = v.looseObject({
  id: GraphIdSchema,
  status: v.optional(openEnum(PHONE_NUMBER_STATUSES)),
  /** GREEN | YELLOW | RED | UNKNOWN (NA in some SDKs); read with parseQualityRating. */
  quality_rating: v.optional(v.string()),
  /** v24+: "TIER_250" … "TIER_UNLIMITED"; read with parseMessagingTier. */
  whatsapp_business_manager_messaging_limit: v.optional(LimitValueSchema),
  /** [LEGACY] ≤ v23. */
  messaging_limit_tier: v.optional(v.string()),
  throughput: v.optional(v.looseObject({ level: v.optional(openEnum(THROUGHPUT_LEVELS)) })),
  name_status: v.optional(openEnum(NAME_STATUSES)),
  verified_name: v.optional(v.string()),
  display_phone_number: v.optional(v.string()),
  code_verification_status: v.optional(v.string()),
  platform_type: v.optional(openEnum(PLATFORM_TYPES)),
  account_mode: v.optional(openEnum(ACCOUNT_MODES)),
  health_status: v.optional(HealthStatusSchema),
});

export type HealthEntity = v.InferOutput<typeof HealthEntitySchema>;
export type HealthStatus = v.InferOutput<typeof HealthStatusSchema>;
export type CanSendMessage = (typeof CAN_SEND_MESSAGE_VALUES)[number];
export type PhoneNumberFields = v.InferOutput<typeof PhoneNumberFieldsSchema>;

/** Reads the answer of `GET /{phone-number-id}?fields=…`. */
export function parsePhoneNumberFields(json: unknown): Result<PhoneNumberFields, ContractError> {
  const parsed = v.safeParse(PhoneNumberFieldsSchema, json);
  if (parsed.success) return ok(parsed.output);
  return err(contractError('invalid_phone_number_fields', 'The phone number fields', toContractIssues(parsed.issues)));
}
