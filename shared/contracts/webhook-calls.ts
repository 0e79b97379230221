/**
 * The Calling API's `calls` webhook field. A user-initiated call opens or resets the customer service window like a
 * message does (spec §1, §11.1): `calls[]` with `direction: "USER_INITIATED"`, `event: "connect"` at `timestamp`.
 * Business-initiated calls report their progress as `statuses[]` with `type: "call"`. Identity fields follow the
 * BSUID rules (spec §9): `from`/`to` may be omitted, `from_user_id`/`to_user_id` carry the BSUID.
 */
import * as v from 'valibot';
import {
  MetadataSchema,
  openEnum,
  UnixSecondsStringSchema,
  WebhookContactSchema,
  WebhookErrorSchema,
} from './webhook-common.ts';

export const CALL_DIRECTIONS = ['USER_INITIATED', 'BUSINESS_INITIATED'] as const;
export const CALL_EVENTS = ['connect', 'terminate'] as const;

export const CallSchema = v.looseObject({
  /** `wacid.…` */
  id: v.string(),
  event: openEnum(CALL_EVENTS),
  direction: openEnum(CALL_DIRECTIONS),
  timestamp: UnixSecondsStringSchema,
  from: v.optional(v.string()),
  from_user_id: v.optional(v.string()),
  from_parent_user_id: v.optional(v.string()),
  to: v.optional(v.string()),
  to_user_id: v.optional(v.string()),
  to_parent_user_id: v.optional(v.string()),
  session: v.optional(v.looseObject({ sdp_type: v.string(), sdp: v.string() })),
  /** On terminate: COMPLETED | FAILED. */
  status: v.optional(v.string()),
  start_time: v.optional(UnixSecondsStringSchema),
  end_time: v.optional(UnixSecondsStringSchema),
  duration: v.optional(v.number()),
  biz_opaque_callback_data: v.optional(v.string()),
  errors: v.optional(v.array(WebhookErrorSchema)),
});

/** RINGING | ACCEPTED | REJECTED for business-initiated calls. */
export const CallStatusSchema = v.looseObject({
  id: v.string(),
  type: v.optional(v.string()),
  status: v.string(),
  timestamp: UnixSecondsStringSchema,
  recipient_id: v.optional(v.string()),
  recipient_user_id: v.optional(v.string()),
  biz_opaque_callback_data: v.optional(v.string()),
  errors: v.optional(v.array(WebhookErrorSchema)),
});

export const CallsValueSchema = v.looseObject({
  messaging_product: v.string(),
  metadata: MetadataSchema,
  contacts: v.optional(v.array(WebhookContactSchema)),
  calls: v.optional(v.array(CallSchema)),
  statuses: v.optional(v.array(CallStatusSchema)),
  errors: v.optional(v.array(WebhookErrorSchema)),
});

export type WebhookCall = v.InferOutput<typeof CallSchema>;
export type WebhookCallStatus = v.InferOutput<typeof CallStatusSchema>;
export type WebhookCallsValue = v.InferOutput<typeof CallsValueSchema>;

/** A call the user placed: it opens the customer service window at its `timestamp` (spec §1). */
export function isUserInitiatedCall(call: WebhookCall): boolean {
  return call.direction === 'USER_INITIATED' && call.event === 'connect';
}
