/**
 * Account-level webhook fields (spec §2, §3, §4): `phone_number_quality_update`, `business_capability_update`,
 * `account_update` and `account_alerts`. These values carry no `messaging_product`/`metadata`; the WABA is the
 * entry `id`. Events and enums stay open strings: [LEGACY] values (FLAGGED, UNFLAGGED, UPGRADE, DOWNGRADE, TIER_1K…)
 * still parse and must be logged, not relied on.
 */
import * as v from 'valibot';
import { LimitValueSchema, openEnum } from './webhook-common.ts';

/** Current events are ONBOARDING and THROUGHPUT_UPGRADE; the others are [LEGACY] (spec §4, §11.4). */
export const PHONE_NUMBER_QUALITY_EVENTS = [
  'ONBOARDING',
  'THROUGHPUT_UPGRADE',
  'FLAGGED',
  'UNFLAGGED',
  'UPGRADE',
  'DOWNGRADE',
] as const;

export const PhoneNumberQualityUpdateSchema = v.looseObject({
  display_phone_number: v.string(),
  event: openEnum(PHONE_NUMBER_QUALITY_EVENTS),
  /** [LEGACY] removed Feb 2026; a tier name such as "TIER_2K". */
  current_limit: v.optional(v.string()),
  /** [LEGACY] removed Feb 2026. */
  old_limit: v.optional(v.string()),
  max_daily_conversations_per_business: v.optional(LimitValueSchema),
});

/** Portfolio messaging limit in numbers: 250, 2000, 10000, 100000 or -1 for unlimited (spec §2). */
export const BusinessCapabilityUpdateSchema = v.looseObject({
  max_daily_conversations_per_business: v.optional(LimitValueSchema),
  /** [LEGACY] removed Feb 2026. */
  max_daily_conversation_per_phone: v.optional(LimitValueSchema),
  max_phone_numbers_per_business: v.optional(LimitValueSchema),
  max_phone_numbers_per_waba: v.optional(LimitValueSchema),
});

export const ACCOUNT_UPDATE_EVENTS = [
  'ACCOUNT_RESTRICTION',
  'ACCOUNT_VIOLATION',
  'DISABLED_UPDATE',
  'ACCOUNT_DELETED',
  'ACCOUNT_OFFBOARDED',
  'ACCOUNT_RECONNECTED',
  'VOLUME_BASED_PRICING_TIER_UPDATE',
  'PARTNER_ADDED',
  'PARTNER_REMOVED',
] as const;

export const RESTRICTION_TYPES = [
  'RESTRICTED_BIZ_INITIATED_MESSAGING',
  'RESTRICTED_CUSTOMER_INITIATED_MESSAGING',
  'RESTRICTED_UTILITY_TEMPLATES',
  'RESTRICTED_ADD_PHONE_NUMBER_ACTION',
] as const;

export const AccountUpdateSchema = v.looseObject({
  event: openEnum(ACCOUNT_UPDATE_EVENTS),
  phone_number: v.optional(v.string()),
  restriction_info: v.optional(
    v.array(
      v.looseObject({
        restriction_type: openEnum(RESTRICTION_TYPES),
        /** e.g. "2026-04-19T13:59:20+0000" */
        expiration: v.optional(v.string()),
        remediation: v.optional(v.unknown()),
      }),
    ),
  ),
  violation_info: v.optional(v.looseObject({ violation_type: v.string() })),
  ban_info: v.optional(
    v.looseObject({
      /** DISABLE | REINSTATE | SCHEDULE_FOR_DISABLE; seen both as a string and as a one-element array. */
      waba_ban_state: v.union([v.string(), v.array(v.string())]),
      waba_ban_date: v.optional(v.string()),
    }),
  ),
});

export const ACCOUNT_ALERT_TYPES = [
  'INCREASED_CAPABILITIES_ELIGIBILITY_DEFERRED',
  'INCREASED_CAPABILITIES_ELIGIBILITY_FAILED',
  'INCREASED_CAPABILITIES_ELIGIBILITY_NEED_MORE_INFO',
  'OBA_APPROVED',
  'OBA_REJECTED',
  'PROFILE_PICTURE_LOST',
] as const;

const AlertInfoSchema = v.looseObject({
  alert_severity: v.optional(v.string()),
  alert_status: v.optional(v.string()),
  alert_type: openEnum(ACCOUNT_ALERT_TYPES),
  alert_description: v.optional(v.string()),
});

/**
 * Meta nests the alert in `alert_info` next to `entity_type`/`entity_id`; the spec sheet lists `alert_type` and
 * `alert_description` flat. Both forms parse; read them with `accountAlertInfo`.
 */
export const AccountAlertsSchema = v.pipe(
  v.looseObject({
    entity_type: v.optional(v.string()),
    entity_id: v.optional(v.string()),
    alert_info: v.optional(AlertInfoSchema),
    alert_type: v.optional(v.string()),
    alert_description: v.optional(v.string()),
  }),
  v.check(
    (value) => value.alert_info !== undefined || value.alert_type !== undefined,
    'an account alert needs alert_info.alert_type (or a flat alert_type)',
  ),
);

export type WebhookPhoneNumberQualityUpdate = v.InferOutput<typeof PhoneNumberQualityUpdateSchema>;
export type WebhookBusinessCapabilityUpdate = v.InferOutput<typeof BusinessCapabilityUpdateSchema>;
export type WebhookAccountUpdate = v.InferOutput<typeof AccountUpdateSchema>;
export type WebhookAccountAlerts = v.InferOutput<typeof AccountAlertsSchema>;
export type WebhookAlertInfo = v.InferOutput<typeof AlertInfoSchema>;

/** The alert of an `account_alerts` value, whichever of the two forms Meta sent. */
export function accountAlertInfo(value: WebhookAccountAlerts): WebhookAlertInfo {
  if (value.alert_info) return value.alert_info;
  return { alert_type: value.alert_type ?? '', alert_description: value.alert_description };
}
