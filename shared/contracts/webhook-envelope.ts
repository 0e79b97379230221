/**
 * The webhook envelope (spec §4): `{object: "whatsapp_business_account", entry: [{id, time?, changes: [{field,
 * value}]}]}`. `parseWebhookBody` checks only the envelope (a batch holds at most 1,000 entries of at most 1,000
 * changes); `parseChange` then reads each change on its own, so one malformed change never costs the others:
 * a known field with a malformed value becomes `invalid` (stored and ignored), an unknown field becomes `unknown`.
 */
import * as v from 'valibot';
import { err, ok, type Result } from '../result.ts';
import {
  AccountAlertsSchema,
  AccountUpdateSchema,
  BusinessCapabilityUpdateSchema,
  PhoneNumberQualityUpdateSchema,
} from './webhook-account.ts';
import { CallsValueSchema } from './webhook-calls.ts';
import { UnixSecondsSchema } from './webhook-common.ts';
import { type ContractError, type ContractIssue, contractError, toContractIssues } from './webhook-issues.ts';
import { MessagesValueSchema, UserIdUpdateValueSchema, UserPreferencesValueSchema } from './webhook-messages-field.ts';
import {
  TemplateCategoryUpdateSchema,
  TemplateQualityUpdateSchema,
  TemplateStatusUpdateSchema,
} from './webhook-templates.ts';

export const WEBHOOK_OBJECT = 'whatsapp_business_account';
export const MAX_ENTRIES_PER_BODY = 1000;
export const MAX_CHANGES_PER_ENTRY = 1000;

export const WebhookRawChangeSchema = v.looseObject({
  field: v.string(),
  value: v.optional(v.unknown()),
});

export const WebhookEntrySchema = v.looseObject({
  /** The WhatsApp Business Account id. */
  id: v.pipe(v.string(), v.nonEmpty('the WABA id is empty')),
  time: v.optional(UnixSecondsSchema),
  changes: v.pipe(
    v.array(WebhookRawChangeSchema),
    v.maxLength(MAX_CHANGES_PER_ENTRY, `an entry carries at most ${MAX_CHANGES_PER_ENTRY} changes`),
  ),
});

export const WebhookBodySchema = v.looseObject({
  object: v.literal(
    WEBHOOK_OBJECT,
    (issue) => `expected "${WEBHOOK_OBJECT}" (a WhatsApp Business Account webhook) but received ${issue.received}`,
  ),
  entry: v.pipe(
    v.array(WebhookEntrySchema),
    v.maxLength(MAX_ENTRIES_PER_BODY, `a webhook body carries at most ${MAX_ENTRIES_PER_BODY} entries`),
  ),
});

export type WebhookBody = v.InferOutput<typeof WebhookBodySchema>;
export type WebhookEntry = v.InferOutput<typeof WebhookEntrySchema>;
export type WebhookRawChange = v.InferOutput<typeof WebhookRawChangeSchema>;

/** Checks the envelope of a POSTed webhook body (already JSON-parsed, after the signature check). */
export function parseWebhookBody(json: unknown): Result<WebhookBody, ContractError> {
  const parsed = v.safeParse(WebhookBodySchema, json);
  if (parsed.success) return ok(parsed.output);
  return err(contractError('invalid_webhook_body', 'The webhook body', toContractIssues(parsed.issues)));
}

/** Value schema of every webhook field this module models. */
export const CHANGE_VALUE_SCHEMAS = {
  messages: MessagesValueSchema,
  calls: CallsValueSchema,
  user_preferences: UserPreferencesValueSchema,
  user_id_update: UserIdUpdateValueSchema,
  message_template_status_update: TemplateStatusUpdateSchema,
  message_template_quality_update: TemplateQualityUpdateSchema,
  template_category_update: TemplateCategoryUpdateSchema,
  phone_number_quality_update: PhoneNumberQualityUpdateSchema,
  business_capability_update: BusinessCapabilityUpdateSchema,
  account_update: AccountUpdateSchema,
  account_alerts: AccountAlertsSchema,
} as const;

type Schemas = typeof CHANGE_VALUE_SCHEMAS;
export type KnownWebhookField = keyof Schemas;
export const KNOWN_WEBHOOK_FIELDS = Object.keys(CHANGE_VALUE_SCHEMAS) as KnownWebhookField[];

export type WebhookKnownChange = {
  [K in KnownWebhookField]: { field: K; value: v.InferOutput<Schemas[K]> };
}[KnownWebhookField];
export type WebhookUnknownChange = { field: 'unknown'; name: string; value: unknown };
export type WebhookInvalidChange = { field: 'invalid'; name: string; issues: ContractIssue[]; value: unknown };
export type WebhookChange = WebhookKnownChange | WebhookUnknownChange | WebhookInvalidChange;

export type WebhookChangeOf<K extends KnownWebhookField> = Extract<WebhookKnownChange, { field: K }>;

function isKnownField(field: string): field is KnownWebhookField {
  return Object.hasOwn(CHANGE_VALUE_SCHEMAS, field);
}

/**
 * Reads one change of a parsed body. `path` locates it in the body for the issues of an invalid change
 * (e.g. `entry[0].changes[1]`); issues then read `entry[0].changes[1].value.statuses[0].timestamp`.
 */
export function parseChange(change: WebhookRawChange, path = ''): WebhookChange {
  const { field, value } = change;
  if (!isKnownField(field)) return { field: 'unknown', name: field, value };
  const schema: v.GenericSchema<unknown, unknown> = CHANGE_VALUE_SCHEMAS[field];
  const parsed = v.safeParse(schema, value);
  if (parsed.success) return { field, value: parsed.output } as WebhookKnownChange;
  return {
    field: 'invalid',
    name: field,
    issues: toContractIssues(parsed.issues, path ? `${path}.value` : 'value'),
    value,
  };
}

export interface LocatedWebhookChange {
  /** The WABA the change belongs to (`entry[].id`). */
  wabaId: string;
  /** `entry[].time` when Meta sent it (Unix seconds). */
  time?: number | string;
  /** Where the change sits in the body, e.g. `entry[0].changes[1]`. */
  path: string;
  change: WebhookChange;
}

/** Every change of a body, in order, each parsed on its own and located in the body. */
export function parseWebhookChanges(body: WebhookBody): LocatedWebhookChange[] {
  return body.entry.flatMap((entry, e) =>
    entry.changes.map((change, c) => {
      const path = `entry[${e}].changes[${c}]`;
      return { wabaId: entry.id, time: entry.time, path, change: parseChange(change, path) };
    }),
  );
}
