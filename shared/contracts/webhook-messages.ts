/**
 * Inbound messages in the `messages` webhook field (spec §1, §4, §9). Every inbound message, whatever its type, opens
 * or resets the customer service window from its `timestamp`; a `referral` marks a Click-to-WhatsApp ad or Page CTA
 * entry (free entry point). Known types are checked with their payload; any other `type` (Meta adds new ones, and has
 * its own "unknown"/"unsupported") parses as the unknown variant instead of failing the body.
 */
import * as v from 'valibot';
import { UnixSecondsStringSchema, WebhookErrorSchema } from './webhook-common.ts';

/** Click-to-WhatsApp ad / Facebook Page CTA origin of a message (spec §1 FEP). */
export const ReferralSchema = v.looseObject({
  source_url: v.string(),
  source_id: v.string(),
  source_type: v.string(),
  headline: v.optional(v.string()),
  body: v.optional(v.string()),
  media_type: v.optional(v.string()),
  image_url: v.optional(v.string()),
  video_url: v.optional(v.string()),
  thumbnail_url: v.optional(v.string()),
  ctwa_clid: v.optional(v.string()),
});

/** The message this one replies to or was forwarded from. */
export const MessageContextSchema = v.looseObject({
  from: v.optional(v.string()),
  id: v.optional(v.string()),
  forwarded: v.optional(v.boolean()),
  frequently_forwarded: v.optional(v.boolean()),
});

/**
 * Fields common to all inbound messages. `from` is the user's phone number; it is omitted (some BSPs send "") for
 * username adopters, who are identified by `from_user_id` (BSUID, spec §9).
 */
const baseEntries = {
  from: v.optional(v.string()),
  from_user_id: v.optional(v.string()),
  from_parent_user_id: v.optional(v.string()),
  group_id: v.optional(v.string()),
  id: v.string(),
  timestamp: UnixSecondsStringSchema,
  context: v.optional(MessageContextSchema),
  referral: v.optional(ReferralSchema),
  errors: v.optional(v.array(WebhookErrorSchema)),
};

const MediaSchema = v.looseObject({
  id: v.string(),
  mime_type: v.optional(v.string()),
  caption: v.optional(v.string()),
});

const ReplySchema = v.looseObject({ id: v.string(), title: v.string(), description: v.optional(v.string()) });

/** Payload of each known message type, keyed by `type`. */
const PAYLOADS = {
  text: v.looseObject({ body: v.string() }),
  /** A template quick-reply button tap ("Stop promotions" buttons arrive this way). */
  button: v.looseObject({ payload: v.optional(v.string()), text: v.string() }),
  interactive: v.looseObject({
    type: v.string(),
    button_reply: v.optional(ReplySchema),
    list_reply: v.optional(ReplySchema),
    nfm_reply: v.optional(v.looseObject({ response_json: v.optional(v.string()) })),
    call_permission_reply: v.optional(v.looseObject({ response: v.string() })),
  }),
  image: MediaSchema,
  video: MediaSchema,
  audio: MediaSchema,
  document: MediaSchema,
  sticker: MediaSchema,
  location: v.looseObject({ latitude: v.number(), longitude: v.number() }),
  contacts: v.array(v.looseObject({})),
  reaction: v.looseObject({ message_id: v.string(), emoji: v.optional(v.string()) }),
  order: v.looseObject({ catalog_id: v.optional(v.string()), product_items: v.optional(v.array(v.looseObject({}))) }),
  system: v.looseObject({ body: v.optional(v.string()), type: v.optional(v.string()) }),
} as const;

type PayloadType = keyof typeof PAYLOADS;

export const KNOWN_MESSAGE_TYPES = [...(Object.keys(PAYLOADS) as PayloadType[]), 'request_welcome'] as const;
export type KnownMessageType = (typeof KNOWN_MESSAGE_TYPES)[number];

function knownVariant<T extends PayloadType>(type: T) {
  return v.looseObject({ ...baseEntries, type: v.literal(type), [type]: PAYLOADS[type] } as typeof baseEntries & {
    type: v.LiteralSchema<T, undefined>;
  } & { [K in T]: (typeof PAYLOADS)[K] });
}

const knownTypes: ReadonlySet<string> = new Set(KNOWN_MESSAGE_TYPES);

/** Any `type` outside KNOWN_MESSAGE_TYPES: kept as received, payload untouched. */
const UnknownMessageSchema = v.looseObject({
  ...baseEntries,
  type: v.pipe(
    v.string(),
    v.check((type) => !knownTypes.has(type)),
  ),
});

export const InboundMessageSchema = v.variant('type', [
  knownVariant('text'),
  knownVariant('button'),
  knownVariant('interactive'),
  knownVariant('image'),
  knownVariant('video'),
  knownVariant('audio'),
  knownVariant('document'),
  knownVariant('sticker'),
  knownVariant('location'),
  knownVariant('contacts'),
  knownVariant('reaction'),
  knownVariant('order'),
  knownVariant('system'),
  v.looseObject({ ...baseEntries, type: v.literal('request_welcome') }),
  UnknownMessageSchema,
]);

export type WebhookInboundMessage = v.InferOutput<typeof InboundMessageSchema>;
export type WebhookReferral = v.InferOutput<typeof ReferralSchema>;
export type WebhookMessageContext = v.InferOutput<typeof MessageContextSchema>;
export type WebhookUnknownMessage = v.InferOutput<typeof UnknownMessageSchema>;
export type WebhookInboundMessageOf<T extends KnownMessageType> = Extract<WebhookInboundMessage, { type: T }>;

/**
 * Narrows a message to a known type. (`message.type === 'text'` alone cannot narrow: the unknown variant's `type`
 * is any string.)
 */
export function isMessageOfType<T extends KnownMessageType>(
  message: WebhookInboundMessage,
  type: T,
): message is WebhookInboundMessageOf<T> {
  return message.type === type;
}

/** Whether Meta sent a type this module does not model (new types, Meta's own "unknown"/"unsupported"). */
export function isUnknownMessage(message: WebhookInboundMessage): message is WebhookUnknownMessage {
  return !knownTypes.has(message.type);
}
