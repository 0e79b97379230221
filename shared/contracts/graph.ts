/**
 * Graph API responses around sending (spec §5) and the webhook verification handshake (spec §4 WHEP).
 * - `POST /{phone-number-id}/messages` answers 200 with `{messaging_product, contacts, messages}` = accepted, not
 *   delivered; `message_status` only for paced templates. Sent to a BSUID, `contacts[]` has `user_id`, no `wa_id`.
 * - Failures answer `{error: {message, type, code, error_subcode?, error_data?, fbtrace_id?}}`: match on `code`.
 * - `GET <callback>?hub.mode=subscribe&hub.verify_token=…&hub.challenge=…` is answered with the raw challenge.
 */
import * as v from 'valibot';
import { err, ok, type Result } from '../result.ts';
import { openEnum } from './webhook-common.ts';
import { type ContractError, type ContractErrorCode, contractError, toContractIssues } from './webhook-issues.ts';

export const SEND_MESSAGE_STATUSES = ['accepted', 'held_for_quality_assessment', 'paused'] as const;

export const SendMessageResponseSchema = v.looseObject({
  messaging_product: v.string(),
  contacts: v.array(
    v.looseObject({
      /** The `to`/`recipient` as sent. */
      input: v.string(),
      /** The phone as WhatsApp knows it (may differ from `input`); omitted when sent to a BSUID (spec §9). */
      wa_id: v.optional(v.string()),
      user_id: v.optional(v.string()),
    }),
  ),
  messages: v.pipe(
    v.array(
      v.looseObject({
        /** `wamid.…`: statuses for this send arrive later under this id. */
        id: v.pipe(v.string(), v.nonEmpty('the message id (wamid) is empty')),
        message_status: v.optional(openEnum(SEND_MESSAGE_STATUSES)),
      }),
    ),
    v.minLength(1, 'a send response names the accepted message id in messages[0].id'),
  ),
});

export const GraphErrorSchema = v.looseObject({
  error: v.looseObject({
    message: v.string(),
    type: v.string(),
    code: v.number(),
    error_subcode: v.optional(v.number()),
    error_user_title: v.optional(v.string()),
    error_user_msg: v.optional(v.string()),
    error_data: v.optional(
      v.looseObject({ messaging_product: v.optional(v.string()), details: v.optional(v.string()) }),
    ),
    is_transient: v.optional(v.boolean()),
    fbtrace_id: v.optional(v.string()),
  }),
});

const QueryString = (name: string) =>
  v.pipe(v.string(`${name} must be a single string`), v.maxLength(2048, `${name} is longer than 2,048 characters`));

/** Query of Meta's verification GET. The caller compares `hub.verify_token` (constant time) and echoes the challenge. */
export const WebhookVerificationQuerySchema = v.looseObject({
  'hub.mode': v.literal('subscribe', (issue) => `hub.mode must be "subscribe" but received ${issue.received}`),
  'hub.verify_token': QueryString('hub.verify_token'),
  'hub.challenge': v.pipe(QueryString('hub.challenge'), v.nonEmpty('hub.challenge is empty')),
});

export type SendMessageResponse = v.InferOutput<typeof SendMessageResponseSchema>;
export type GraphError = v.InferOutput<typeof GraphErrorSchema>;
export type WebhookVerificationQuery = v.InferOutput<typeof WebhookVerificationQuerySchema>;

function parseWith<S extends v.GenericSchema>(
  schema: S,
  input: unknown,
  code: ContractErrorCode,
  what: string,
): Result<v.InferOutput<S>, ContractError> {
  const parsed = v.safeParse(schema, input);
  if (parsed.success) return ok(parsed.output);
  return err(contractError(code, what, toContractIssues(parsed.issues)));
}

/** Reads a 200 answer of `POST /{phone-number-id}/messages`. */
export function parseSendMessageResponse(json: unknown): Result<SendMessageResponse, ContractError> {
  return parseWith(SendMessageResponseSchema, json, 'invalid_send_response', 'The send message response');
}

/** Reads the body of a failed Graph API call; the `code` (and subcode) decide retry/gate (spec §5 table). */
export function parseGraphError(json: unknown): Result<GraphError, ContractError> {
  return parseWith(GraphErrorSchema, json, 'invalid_graph_error', 'The Graph API error body');
}

/** Reads the query of Meta's webhook verification request (`Object.fromEntries(url.searchParams)`). */
export function parseWebhookVerificationQuery(query: unknown): Result<WebhookVerificationQuery, ContractError> {
  return parseWith(WebhookVerificationQuerySchema, query, 'invalid_verification_query', 'The verification query');
}
