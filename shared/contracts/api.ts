/**
 * The companion's HTTP API (docs/api.md): request bodies it validates and response bodies the extension validates.
 * valibot (no eval, MV3-CSP safe) so both sides check the same schemas at runtime.
 */
import * as v from 'valibot';
import { CONSENT_CATEGORIES } from '../categories.ts';
import { CONSENT_SOURCES } from '../consent/event-types.ts';
import { QUALITY_RATINGS } from '../health/quality.ts';
import { MESSAGING_TIERS } from '../limits/tiers.ts';

const Instant = v.pipe(v.number(), v.integer(), v.minValue(0));
const ContactRef = v.pipe(
  v.string(),
  v.minLength(1, 'Give a phone number with country code, or a WhatsApp user id.'),
  v.maxLength(300),
);
const Localized = v.object({ en: v.string(), pt: v.string(), es: v.string() });

export const ErrorBodySchema = v.object({
  error: v.object({
    code: v.string(),
    message: v.string(),
    issues: v.optional(v.array(v.object({ path: v.string(), message: v.string() }))),
  }),
});
export type ErrorBody = v.InferOutput<typeof ErrorBodySchema>;

export const HealthResponseSchema = v.object({
  status: v.literal('ok'),
  mode: v.picklist(['sandbox', 'live']),
  version: v.string(),
});
export type HealthResponse = v.InferOutput<typeof HealthResponseSchema>;

export const PairRequestSchema = v.object({
  code: v.pipe(v.string(), v.regex(/^\d{6}$/, 'The pairing code is 6 digits.')),
});
export const PairResponseSchema = v.object({ token: v.string() });

export const ReasonSchema = v.object({
  code: v.string(),
  /** In the language the request asked for (Accept-Language), English by default. */
  message: v.string(),
  messages: Localized,
  detail: v.optional(v.string()),
  until: v.optional(Instant),
});
export type ReasonDto = v.InferOutput<typeof ReasonSchema>;

export const VerdictSchema = v.object({
  allowed: v.boolean(),
  reasons: v.array(ReasonSchema),
  warnings: v.array(ReasonSchema),
  countsAgainstLimit: v.boolean(),
  charge: v.optional(
    v.object({
      billable: v.boolean(),
      category: v.picklist(['marketing', 'utility', 'authentication', 'service']),
      type: v.picklist(['regular', 'free_customer_service', 'free_entry_point']),
    }),
  ),
});
export type VerdictDto = v.InferOutput<typeof VerdictSchema>;

export const MessagingLimitSchema = v.object({
  tier: v.picklist(MESSAGING_TIERS),
  limit: v.nullable(v.number()),
  used: v.number(),
  remaining: v.nullable(v.number()),
  nextSlotFreesAt: v.nullable(Instant),
});

export const NumberResponseSchema = v.object({
  phoneNumberId: v.string(),
  displayPhoneNumber: v.nullable(v.string()),
  qualityRating: v.picklist(QUALITY_RATINGS),
  status: v.string(),
  healthStatus: v.picklist(['AVAILABLE', 'LIMITED', 'BLOCKED', 'UNKNOWN']),
  healthErrors: v.array(v.object({ code: v.number(), description: v.string() })),
  messagingLimit: MessagingLimitSchema,
  throughput: v.string(),
  updatedAt: v.nullable(Instant),
});
export type NumberResponse = v.InferOutput<typeof NumberResponseSchema>;

export const CategoryConsentSchema = v.object({
  status: v.picklist(['opted_in', 'opted_out', 'unknown']),
  since: v.nullable(Instant),
  proof: v.nullable(
    v.object({
      id: v.string(),
      action: v.picklist(['opt_in', 'opt_out']),
      source: v.string(),
      wording: v.string(),
      at: Instant,
      recordedBy: v.string(),
      evidence: v.nullable(v.string()),
    }),
  ),
});

export const ContactResponseSchema = v.object({
  contact: v.object({
    key: v.string(),
    phone: v.nullable(v.string()),
    bsuid: v.nullable(v.string()),
    name: v.nullable(v.string()),
    undeliverable: v.boolean(),
  }),
  consent: v.object({
    marketing: CategoryConsentSchema,
    utility: CategoryConsentSchema,
    authentication: CategoryConsentSchema,
  }),
  window: v.object({
    open: v.boolean(),
    closesAt: v.nullable(Instant),
    freeEntryPointUntil: v.nullable(Instant),
    freeEntryPointOfferUntil: v.nullable(Instant),
  }),
  lastInboundAt: v.nullable(Instant),
  lastOutboundAt: v.nullable(Instant),
  verdicts: v.object({ freeForm: VerdictSchema, marketing: VerdictSchema, utility: VerdictSchema }),
});
export type ContactResponse = v.InferOutput<typeof ContactResponseSchema>;

export const ConsentRequestSchema = v.object({
  /** Client-made id (ULID) so a retried request records the event once. */
  id: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(128))),
  contact: ContactRef,
  action: v.picklist(['opt_in', 'opt_out']),
  categories: v.pipe(v.array(v.picklist(CONSENT_CATEGORIES)), v.minLength(1, 'Name at least one category.')),
  source: v.picklist(CONSENT_SOURCES),
  wording: v.pipe(v.string(), v.maxLength(2000)),
  evidence: v.optional(v.pipe(v.string(), v.maxLength(2000))),
  agent: v.pipe(v.string(), v.minLength(1, 'Say which agent records this.'), v.maxLength(200)),
  at: v.optional(Instant),
});
export type ConsentRequest = v.InferOutput<typeof ConsentRequestSchema>;

const ParamValue = v.pipe(v.string(), v.maxLength(1024));

export const SendMessageRequestSchema = v.pipe(
  v.object({
    to: ContactRef,
    idempotencyKey: v.pipe(v.string(), v.minLength(8, 'Use a unique idempotency key (a ULID).'), v.maxLength(128)),
    text: v.optional(v.pipe(v.string(), v.maxLength(4096, 'A text message holds at most 4,096 characters.'))),
    template: v.optional(
      v.object({
        name: v.pipe(
          v.string(),
          v.regex(/^[a-z0-9_]{1,512}$/, 'Template names are lower-case letters, digits and "_".'),
        ),
        language: v.pipe(
          v.string(),
          v.regex(/^[a-z]{2,3}(_[A-Za-z0-9]{2,4})?$/, 'Use a template language code such as "en_US" or "pt_BR".'),
        ),
        params: v.optional(v.record(v.pipe(v.string(), v.maxLength(64)), ParamValue), {}),
      }),
    ),
    agent: v.optional(v.pipe(v.string(), v.maxLength(200))),
  }),
  v.check(
    (body) => (body.text === undefined) !== (body.template === undefined),
    'Send either "text" or "template", not both.',
  ),
);
export type SendMessageRequest = v.InferOutput<typeof SendMessageRequestSchema>;

export const SendAcceptedSchema = v.object({
  id: v.string(),
  wamid: v.nullable(v.string()),
  /** `unknown`: the Graph API's answer was lost (timeout); never resent, settled by status webhooks. */
  status: v.picklist(['accepted', 'held_for_quality_assessment', 'paused', 'unknown']),
});
export type SendAccepted = v.InferOutput<typeof SendAcceptedSchema>;

export const RefusedSchema = v.object({
  error: v.object({ code: v.literal('refused'), message: v.string(), reasons: v.array(ReasonSchema) }),
});
export type Refused = v.InferOutput<typeof RefusedSchema>;

export const MESSAGE_STATUSES = [
  'pending',
  'accepted',
  'held_for_quality_assessment',
  'sent',
  'delivered',
  'read',
  'played',
  'failed',
  'unknown',
] as const;
export type MessageStatus = (typeof MESSAGE_STATUSES)[number];

export const MessageResponseSchema = v.object({
  id: v.string(),
  wamid: v.nullable(v.string()),
  to: v.string(),
  kind: v.picklist(['text', 'template']),
  template: v.nullable(v.object({ name: v.string(), language: v.string(), category: v.string() })),
  status: v.picklist(MESSAGE_STATUSES),
  error: v.nullable(v.object({ code: v.number(), message: v.string(), messages: Localized })),
  timeline: v.array(v.object({ status: v.picklist(MESSAGE_STATUSES), at: Instant, errorCode: v.nullable(v.number()) })),
  createdAt: Instant,
});
export type MessageResponse = v.InferOutput<typeof MessageResponseSchema>;

export const FEED_EVENT_TYPES = ['consent', 'message', 'contact', 'number', 'template'] as const;
export const FeedEventSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(128)),
  type: v.picklist(FEED_EVENT_TYPES),
  /** The contact key the event is about, when it is about one. */
  contact: v.nullable(v.string()),
  at: Instant,
  data: v.unknown(),
});
export type FeedEvent = v.InferOutput<typeof FeedEventSchema>;

export const EventsResponseSchema = v.object({
  events: v.array(v.object({ ...FeedEventSchema.entries, cursor: v.string() })),
  cursor: v.nullable(v.string()),
  hasMore: v.boolean(),
});
export type EventsResponse = v.InferOutput<typeof EventsResponseSchema>;

export const PushEventsRequestSchema = v.object({ events: v.pipe(v.array(FeedEventSchema), v.maxLength(500)) });
