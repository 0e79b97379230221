/**
 * Builders of Meta-shaped webhook bodies for the sandbox (simulated WhatsApp platform) and the tests (spec §4).
 * They follow Meta's documented payloads: timestamps are Unix-second strings (numbers where Meta writes numbers),
 * every id is given by the caller and `at` is epoch milliseconds: no clock, no randomness. User identity follows the
 * BSUID rules (spec §9): omit `waId` for a username adopter whose phone is withheld, give `userId` for the BSUID.
 * Account and template builders are in webhook-builders-account.ts, re-exported here.
 */
export * from './webhook-builders-account.ts';
export * from './webhook-builders-core.ts';

import {
  type BusinessNumber,
  compact,
  type pmpPricing,
  unixSeconds,
  type WebhookBodyJson,
  type WebhookUser,
  webhookBody,
  type webhookError,
} from './webhook-builders-core.ts';
import type { KnownWebhookStatus } from './webhook-statuses.ts';

function metadataOf(business: BusinessNumber) {
  return { display_phone_number: business.displayPhoneNumber, phone_number_id: business.phoneNumberId };
}

function contactOf(user: WebhookUser, withUsername = true) {
  const profile = compact({ name: user.name, username: withUsername ? user.username : undefined });
  return compact({
    profile: Object.keys(profile).length > 0 ? profile : undefined,
    wa_id: user.waId,
    user_id: user.userId,
    parent_user_id: user.parentUserId,
  });
}

export interface ReferralJson {
  source_url: string;
  source_id: string;
  source_type: 'ad' | 'post' | (string & Record<never, never>);
  headline?: string;
  body?: string;
  media_type?: 'image' | 'video';
  image_url?: string;
  video_url?: string;
  thumbnail_url?: string;
  ctwa_clid?: string;
}

export interface InboundTextInput {
  business: BusinessNumber;
  user: WebhookUser;
  messageId: string;
  text: string;
  at: number;
  /** The wamid this message replies to. */
  replyTo?: string;
  referral?: ReferralJson;
}

/** An inbound text message (`messages` field): opens or resets the customer service window (spec §1). */
export function inboundTextWebhook(input: InboundTextInput): WebhookBodyJson {
  const { business, user } = input;
  const message = compact({
    context: input.replyTo ? { from: business.displayPhoneNumber, id: input.replyTo } : undefined,
    from: user.waId,
    from_user_id: user.userId,
    from_parent_user_id: user.parentUserId,
    id: input.messageId,
    timestamp: String(unixSeconds(input.at)),
    type: 'text',
    text: { body: input.text },
    referral: input.referral,
  });
  const value = {
    messaging_product: 'whatsapp',
    metadata: metadataOf(business),
    contacts: [contactOf(user)],
    messages: [message],
  };
  return webhookBody(business.wabaId, [{ field: 'messages', value }]);
}

/** An inbound text from a Click-to-WhatsApp ad or Page CTA: a free entry point candidate (spec §1). */
export function inboundReferralWebhook(input: InboundTextInput & { referral: ReferralJson }): WebhookBodyJson {
  return inboundTextWebhook(input);
}

export interface StatusInput {
  business: BusinessNumber;
  recipient: WebhookUser;
  messageId: string;
  status: KnownWebhookStatus;
  at: number;
  pricing?: ReturnType<typeof pmpPricing>;
  conversation?: { id: string; expiration_timestamp?: string; origin?: { type: string } };
  errors?: ReturnType<typeof webhookError>[];
  bizOpaqueCallbackData?: string;
}

/**
 * A status of an outbound message. As Meta does since the BSUID rollout, `contacts` is sent with sent/delivered/read
 * (username only on delivered/read) and omitted on failed, where `recipient_user_id` is also omitted if the message
 * went to a phone number.
 */
export function statusWebhook(input: StatusInput): WebhookBodyJson {
  const { business, recipient, status } = input;
  const failed = status === 'failed';
  const statusJson = compact({
    id: input.messageId,
    status,
    timestamp: String(unixSeconds(input.at)),
    recipient_id: recipient.waId,
    recipient_user_id: failed && recipient.waId ? undefined : recipient.userId,
    recipient_parent_user_id: recipient.parentUserId,
    biz_opaque_callback_data: input.bizOpaqueCallbackData,
    conversation: input.conversation,
    pricing: input.pricing,
    errors: input.errors,
  });
  const contacts = failed ? undefined : [contactOf(recipient, status === 'delivered' || status === 'read')];
  const value = compact({
    messaging_product: 'whatsapp',
    metadata: metadataOf(business),
    contacts,
    statuses: [statusJson],
  });
  return webhookBody(business.wabaId, [{ field: 'messages', value }]);
}

export interface UserPreferenceInput {
  business: BusinessNumber;
  user: WebhookUser;
  value: 'stop' | 'resume';
  at: number;
  detail?: string;
}

/** A marketing stop/resume from the app's "Stop promotions" (spec §7); Meta writes this timestamp as a number. */
export function userPreferencesWebhook(input: UserPreferenceInput): WebhookBodyJson {
  const { business, user } = input;
  const preference = compact({
    wa_id: user.waId,
    user_id: user.userId,
    parent_user_id: user.parentUserId,
    detail: input.detail ?? `User requested to ${input.value} marketing messages`,
    category: 'marketing_messages',
    value: input.value,
    timestamp: unixSeconds(input.at),
  });
  const value = {
    messaging_product: 'whatsapp',
    metadata: metadataOf(business),
    contacts: [contactOf(user)],
    user_preferences: [preference],
  };
  return webhookBody(business.wabaId, [{ field: 'user_preferences', value }]);
}

/** A call placed by the user (`calls` field, connect with an SDP offer): it opens the window too (spec §1). */
export function inboundCallWebhook(input: {
  business: BusinessNumber;
  user: WebhookUser;
  callId: string;
  at: number;
  sdp?: string;
}): WebhookBodyJson {
  const { business, user } = input;
  const call = compact({
    session: { sdp_type: 'offer', sdp: input.sdp ?? 'v=0' },
    from: user.waId,
    from_user_id: user.userId,
    from_parent_user_id: user.parentUserId,
    id: input.callId,
    to: business.displayPhoneNumber,
    event: 'connect',
    timestamp: String(unixSeconds(input.at)),
    direction: 'USER_INITIATED',
  });
  const value = {
    messaging_product: 'whatsapp',
    metadata: metadataOf(business),
    contacts: [contactOf(user)],
    calls: [call],
  };
  return webhookBody(business.wabaId, [{ field: 'calls', value }]);
}
