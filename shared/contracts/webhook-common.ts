/**
 * Building blocks shared by the webhook value schemas (spec §4). Meta adds fields all the time, so every object is a
 * `looseObject` (unknown keys are kept, never fatal) and enum-like strings stay open: the known values are exported
 * for autocompletion and decisions, an unknown value still parses.
 */
import * as v from 'valibot';

/** A string type that autocompletes the known values yet accepts any other string Meta may add. */
export type OpenEnum<T extends string> = T | (string & Record<never, never>);

export function openEnum<const T extends string>(known: readonly T[]) {
  return v.custom<OpenEnum<T>>(
    (input) => typeof input === 'string',
    (issue) =>
      issue.received === 'undefined'
        ? `missing: expected a string such as "${known[0] ?? ''}"`
        : `Invalid type: expected a string such as "${known[0] ?? ''}" but received ${issue.received}`,
  );
}

/** Unix time in seconds written as a string of digits, as Meta sends `messages[].timestamp` (spec §1, §4). */
const unixSecondsMessage = (issue: { received: string }) =>
  `expected Unix seconds as a string of digits, e.g. "1750030073", not ${issue.received}`;

export const UnixSecondsStringSchema = v.pipe(v.string(unixSecondsMessage), v.regex(/^\d{1,12}$/, unixSecondsMessage));

/** Unix seconds as a number (`entry[].time`, `user_preferences[].timestamp`) or, leniently, as a digit string. */
export const UnixSecondsSchema = v.union(
  [v.pipe(v.number(), v.integer(), v.minValue(0)), UnixSecondsStringSchema],
  (issue) => `expected Unix seconds (a whole number or a string of digits) but received ${issue.received}`,
);

/** Epoch milliseconds of a Meta Unix-seconds timestamp (string or number). */
export function timestampMs(seconds: string | number): number {
  return Number(seconds) * 1000;
}

/**
 * Graph object ids: Meta writes some as JSON numbers (`message_template_id`), others as strings. Both are read into
 * the decimal string; ids beyond 2^53 written as numbers have already lost precision in JSON.parse.
 */
export const GraphIdSchema = v.pipe(
  v.union([v.pipe(v.string(), v.nonEmpty()), v.pipe(v.number(), v.integer(), v.minValue(0))]),
  v.transform((id) => String(id)),
);

/** Limits and tiers that Meta sends as numbers in one webhook and as strings in another (spec §2). */
export const LimitValueSchema = v.union([v.string(), v.number()]);

/** `metadata` of every messaging webhook value: the business number that received or sent. */
export const MetadataSchema = v.looseObject({
  display_phone_number: v.string(),
  phone_number_id: v.string(),
});

/**
 * A WhatsApp user in `contacts[]` (spec §9): `wa_id` may be empty or omitted for username adopters, who then come
 * with a business-scoped `user_id`; failed statuses omit `contacts` altogether.
 */
export const WebhookContactSchema = v.looseObject({
  profile: v.optional(v.looseObject({ name: v.optional(v.string()), username: v.optional(v.string()) })),
  wa_id: v.optional(v.string()),
  user_id: v.optional(v.string()),
  parent_user_id: v.optional(v.string()),
});

/** An error object in webhooks (`statuses[].errors[]`, `messages[].errors[]`, `value.errors[]`); match on `code`. */
export const WebhookErrorSchema = v.looseObject({
  code: v.number(),
  title: v.string(),
  message: v.optional(v.string()),
  error_data: v.optional(v.looseObject({ details: v.optional(v.string()) })),
  href: v.optional(v.string()),
});

export const MESSAGING_PRODUCT = 'whatsapp';

export type WebhookMetadata = v.InferOutput<typeof MetadataSchema>;
export type WebhookContact = v.InferOutput<typeof WebhookContactSchema>;
export type WebhookError = v.InferOutput<typeof WebhookErrorSchema>;
