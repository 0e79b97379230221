/**
 * The WhatsApp Cloud API client (Graph API, spec §4–§5): send, read the number's health fields, list templates, and
 * the two doctor checks. Every call returns a GraphResult and never throws for HTTP or network trouble. Sends are
 * made exactly once: the Graph API has no idempotency key, so after a timeout the message may or may not have gone
 * out and only the caller (with status webhooks) can decide what to do (see isDefinitiveFailure).
 */

import * as v from 'valibot';
import { parseSendMessageResponse, SEND_MESSAGE_STATUSES } from '../../shared/contracts/graph.ts';
import {
  PHONE_NUMBER_FIELDS_QUERY,
  type PhoneNumberFields,
  parsePhoneNumberFields,
} from '../../shared/contracts/graph-phone-number.ts';
import { type GraphResult, graphFail, graphOk } from './graph-client-failure.ts';
import { type GraphTransport, graphRequest, malformed } from './graph-client-http.ts';
import {
  DebugTokenSchema,
  describeIssues,
  SubscribedAppsSchema,
  type Subscription,
  type TokenInfo,
  toSubscription,
  toTokenInfo,
} from './graph-client-schemas.ts';
import { listTemplates, type TemplateList } from './graph-client-templates.ts';

export type { GraphFailure, GraphResult } from './graph-client-failure.ts';
export { describeGraphFailure, isDefinitiveFailure, metaErrorOf, sendRetryDelay } from './graph-client-failure.ts';
export type { Subscription, TokenInfo } from './graph-client-schemas.ts';
export type { TemplateList, TemplateReadProblem } from './graph-client-templates.ts';

export const DEFAULT_GRAPH_TIMEOUT_MS = 15_000;

export interface GraphClientOptions {
  /** e.g. https://graph.facebook.com, or the sandbox's http://127.0.0.1:port (a path prefix is kept). */
  baseUrl: string;
  /** e.g. 'v24.0'. */
  version: string;
  accessToken: string;
  phoneNumberId: string;
  wabaId: string;
  timeoutMs?: number;
  fetch?: typeof fetch;
  /** Wall clock (epoch ms) for Retry-After dates and the template snapshot's watermark. */
  now?: () => number;
}

export type SendStatus = (typeof SEND_MESSAGE_STATUSES)[number];

export interface SentMessage {
  wamid: string;
  /** `accepted` unless Meta is pacing the template (spec §5): accepted is not delivered. */
  messageStatus: SendStatus;
  /** The recipient's phone as WhatsApp knows it; may differ from the `to` sent, absent for a BSUID (spec §9). */
  waId?: string;
  /** The recipient's business-scoped user id, when Meta returned one. */
  userId?: string;
}

export interface GraphClient {
  /** POST /{version}/{phone-number-id}/messages with the payload as given. Never retried. */
  sendMessage(payload: object): Promise<GraphResult<SentMessage>>;
  getPhoneNumber(): Promise<GraphResult<PhoneNumberFields>>;
  listTemplates(): Promise<GraphResult<TemplateList>>;
  debugToken(): Promise<GraphResult<TokenInfo>>;
  subscribedApps(): Promise<GraphResult<Subscription>>;
}

export function createGraphClient(options: GraphClientOptions): GraphClient {
  const timeoutMs = options.timeoutMs ?? DEFAULT_GRAPH_TIMEOUT_MS;
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) throw new RangeError('timeoutMs must be a positive number.');
  const transport: GraphTransport = {
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    version: options.version,
    accessToken: options.accessToken,
    timeoutMs,
    fetch: options.fetch ?? globalThis.fetch,
    now: options.now ?? Date.now,
  };
  const phoneNumberId = encodeURIComponent(options.phoneNumberId);
  const wabaId = encodeURIComponent(options.wabaId);

  return {
    async sendMessage(payload) {
      const answer = await graphRequest(transport, {
        method: 'POST',
        path: `${phoneNumberId}/messages`,
        body: payload,
      });
      if (!answer.ok) return answer;
      const parsed = parseSendMessageResponse(answer.value.json);
      if (!parsed.ok) return graphFail(malformed(answer.value.httpStatus, parsed.error.message, transport));
      const message = parsed.value.messages[0]!; // the schema requires at least one
      const contact = parsed.value.contacts[0];
      const sent: SentMessage = { wamid: message.id, messageStatus: sendStatusOf(message.message_status) };
      if (contact?.wa_id) sent.waId = contact.wa_id;
      if (contact?.user_id) sent.userId = contact.user_id;
      return graphOk(sent);
    },

    async getPhoneNumber() {
      const answer = await graphRequest(transport, {
        method: 'GET',
        path: phoneNumberId,
        query: { fields: PHONE_NUMBER_FIELDS_QUERY },
      });
      if (!answer.ok) return answer;
      const parsed = parsePhoneNumberFields(answer.value.json);
      if (!parsed.ok) return graphFail(malformed(answer.value.httpStatus, parsed.error.message, transport));
      return graphOk(parsed.value);
    },

    listTemplates() {
      return listTemplates(transport, options.wabaId);
    },

    async debugToken() {
      // The token checks itself: a system-user token may debug its own token without an app token.
      const answer = await graphRequest(transport, {
        method: 'GET',
        path: 'debug_token',
        query: { input_token: options.accessToken },
      });
      if (!answer.ok) return answer;
      const parsed = v.safeParse(DebugTokenSchema, answer.value.json);
      if (!parsed.success)
        return graphFail(malformed(answer.value.httpStatus, describeIssues(parsed.issues), transport));
      return graphOk(toTokenInfo(parsed.output));
    },

    async subscribedApps() {
      const answer = await graphRequest(transport, { method: 'GET', path: `${wabaId}/subscribed_apps` });
      if (!answer.ok) return answer;
      const parsed = v.safeParse(SubscribedAppsSchema, answer.value.json);
      if (!parsed.success)
        return graphFail(malformed(answer.value.httpStatus, describeIssues(parsed.issues), transport));
      return graphOk(toSubscription(parsed.output));
    },
  };
}

/**
 * Absent means accepted (Meta only adds `message_status` for paced templates). A value Meta adds later still came
 * with a wamid, so the message was taken: it reads as accepted and the status webhooks tell the rest.
 */
function sendStatusOf(raw: string | undefined): SendStatus {
  return (SEND_MESSAGE_STATUSES as readonly string[]).includes(raw ?? '') ? (raw as SendStatus) : 'accepted';
}
