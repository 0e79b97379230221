/**
 * What Meta says about one business phone number, read from the Graph poll (spec §3, §4):
 * `GET /{phone-number-id}?fields=status,quality_rating,whatsapp_business_manager_messaging_limit,messaging_limit_tier,
 * throughput,name_status,verified_name,display_phone_number,platform_type,account_mode,health_status`.
 * The shape is checked (a field of the wrong JSON type is an error: the caller passed the wrong document), the
 * vocabulary is not (an enum value Meta adds later reads as UNKNOWN / LIMITED rather than failing the poll).
 */
import * as v from 'valibot';
import { type MessagingTier, parseMessagingTier } from '../limits/tiers.ts';
import { err, ok, type Result } from '../result.ts';
import { parseQualityRating, type QualityRating } from './quality.ts';

/** `status` values (spec §3); OFFLINE is On-Premises only. FLAGGED is [LEGACY] since 2025-10-07: parsed, never gating. */
export const NUMBER_STATUSES = [
  'CONNECTED',
  'PENDING',
  'FLAGGED',
  'RESTRICTED',
  'RATE_LIMITED',
  'BANNED',
  'DELETED',
  'MIGRATED',
  'DISCONNECTED',
  'UNKNOWN',
  'UNVERIFIED',
  'OFFLINE',
] as const;
export type NumberStatus = (typeof NUMBER_STATUSES)[number];

export function parseNumberStatus(value: unknown): NumberStatus {
  const upper = typeof value === 'string' ? value.trim().toUpperCase() : '';
  return (NUMBER_STATUSES as readonly string[]).includes(upper) ? (upper as NumberStatus) : 'UNKNOWN';
}

/** `health_status.can_send_message` (spec §3 "best single gate"): BLOCKED ⇒ stop, LIMITED ⇒ warn and show errors. */
export type HealthStatus = 'AVAILABLE' | 'LIMITED' | 'BLOCKED';
const HEALTH_SEVERITY: Record<HealthStatus, number> = { AVAILABLE: 0, LIMITED: 1, BLOCKED: 2 };

export interface HealthEntity {
  /** PHONE_NUMBER | MESSAGE_TEMPLATE | WABA | BUSINESS | APP (kept as text: Meta adds entity types). */
  entityType: string;
  id: string;
  canSendMessage: HealthStatus;
  errors: { code: number; description: string; possibleSolution?: string }[];
}

export type ThroughputLevel = 'STANDARD' | 'HIGH' | 'NOT_APPLICABLE';

/** An `account_update` ACCOUNT_RESTRICTION entry (spec §4), e.g. RESTRICTED_BIZ_INITIATED_MESSAGING. */
export interface AccountRestriction {
  type: string;
  /** Epoch ms when the restriction lifts; absent when Meta gave none (active until told otherwise). */
  expiresAt?: number;
  /** Epoch ms of the webhook that reported it: the newer report of the same type wins (webhooks arrive out of order). */
  reportedAt?: number;
}

export interface NumberHealth {
  phoneNumberId: string;
  displayPhoneNumber?: string;
  verifiedName?: string;
  qualityRating: QualityRating;
  status: NumberStatus;
  healthStatus: HealthStatus;
  healthEntities: HealthEntity[];
  throughput: ThroughputLevel;
  tier: MessagingTier;
  restrictions: AccountRestriction[];
  accountMode?: 'LIVE' | 'SANDBOX';
  platformType?: string;
  nameStatus?: string;
  /** Epoch ms of the newest information this record holds (poll or webhook). */
  updatedAt: number;
}

export interface NumberFieldsError {
  code: 'invalid_number_fields';
  message: string;
}

const text = v.nullish(v.string());
const code = v.nullish(v.union([v.number(), v.string()]));

const GraphPhoneNumber = v.looseObject({
  id: v.nullish(v.union([v.string(), v.number()])),
  status: text,
  quality_rating: text,
  whatsapp_business_manager_messaging_limit: v.optional(v.unknown()),
  messaging_limit_tier: v.optional(v.unknown()),
  throughput: v.nullish(v.looseObject({ level: text })),
  name_status: text,
  verified_name: text,
  display_phone_number: text,
  platform_type: text,
  account_mode: text,
  health_status: v.nullish(
    v.looseObject({
      can_send_message: text,
      entities: v.nullish(
        v.array(
          v.looseObject({
            entity_type: text,
            id: code,
            can_send_message: text,
            errors: v.nullish(
              v.array(v.looseObject({ error_code: code, error_description: text, possible_solution: text })),
            ),
          }),
        ),
      ),
    }),
  ),
});
type GraphHealth = NonNullable<v.InferOutput<typeof GraphPhoneNumber>['health_status']>;

/** Reads a poll response into a NumberHealth as of `at` (epoch ms). Restrictions are not in the poll: they start empty. */
export function numberHealthFromGraph(
  raw: unknown,
  phoneNumberId: string,
  at: number,
): Result<NumberHealth, NumberFieldsError> {
  const parsed = v.safeParse(GraphPhoneNumber, raw);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const where = issue ? (v.getDotPath(issue) ?? 'the response') : 'the response';
    return err({ code: 'invalid_number_fields', message: `Meta's phone number fields are malformed at ${where}.` });
  }
  const fields = parsed.output;
  if (fields.id != null && String(fields.id) !== phoneNumberId) {
    return err({
      code: 'invalid_number_fields',
      message: `The response describes phone number ${fields.id}, not ${phoneNumberId}.`,
    });
  }
  if (fields.status == null && fields.quality_rating == null && fields.health_status == null) {
    return err({
      code: 'invalid_number_fields',
      message: 'The response has none of status, quality_rating or health_status: request those fields.',
    });
  }
  const healthEntities = (fields.health_status?.entities ?? []).map(toEntity);
  const health: NumberHealth = {
    phoneNumberId,
    qualityRating: parseQualityRating(fields.quality_rating),
    status: parseNumberStatus(fields.status),
    healthStatus: overallHealth(fields.health_status, healthEntities),
    healthEntities,
    throughput: parseThroughput(fields.throughput?.level),
    // v24+ field first, ≤ v23 field as fallback (spec §11.3); neither ⇒ TIER_NOT_SET, which gates like 250.
    tier:
      tierOf(fields.whatsapp_business_manager_messaging_limit) ?? tierOf(fields.messaging_limit_tier) ?? 'TIER_NOT_SET',
    restrictions: [],
    updatedAt: at,
  };
  if (fields.display_phone_number) health.displayPhoneNumber = fields.display_phone_number;
  if (fields.verified_name) health.verifiedName = fields.verified_name;
  const mode = fields.account_mode?.toUpperCase();
  if (mode === 'LIVE' || mode === 'SANDBOX') health.accountMode = mode;
  if (fields.platform_type) health.platformType = fields.platform_type;
  if (fields.name_status) health.nameStatus = fields.name_status;
  return ok(health);
}

/** Unknown or missing means "not known to be available": LIMITED warns without blocking. */
export function parseHealthStatus(value: unknown): HealthStatus {
  const upper = typeof value === 'string' ? value.trim().toUpperCase() : '';
  return upper === 'AVAILABLE' || upper === 'BLOCKED' ? upper : 'LIMITED';
}

/** The overall value, but never better than its worst entity (a BLOCKED WABA blocks the number). */
function overallHealth(health: GraphHealth | null | undefined, entities: HealthEntity[]): HealthStatus {
  const statuses = entities.map((entity) => entity.canSendMessage);
  if (health?.can_send_message != null) statuses.push(parseHealthStatus(health.can_send_message));
  if (statuses.length === 0) return 'LIMITED';
  return statuses.reduce((worst, next) => (HEALTH_SEVERITY[next] > HEALTH_SEVERITY[worst] ? next : worst));
}

function toEntity(raw: NonNullable<GraphHealth['entities']>[number]): HealthEntity {
  return {
    entityType: raw.entity_type ?? 'UNKNOWN',
    id: raw.id == null ? '' : String(raw.id),
    canSendMessage: parseHealthStatus(raw.can_send_message),
    errors: (raw.errors ?? []).map((error) => {
      const entry: HealthEntity['errors'][number] = {
        code: Number(error.error_code) || 0,
        description: error.error_description ?? '',
      };
      if (error.possible_solution) entry.possibleSolution = error.possible_solution;
      return entry;
    }),
  };
}

/** Every Cloud API number has standard throughput (80 mps, spec §7) unless Meta says HIGH or NOT_APPLICABLE. */
function parseThroughput(level: string | null | undefined): ThroughputLevel {
  const upper = level?.toUpperCase();
  return upper === 'HIGH' || upper === 'NOT_APPLICABLE' ? upper : 'STANDARD';
}

/** A tier name or number; an object wrapping one in `current_limit` is tolerated too (the webhooks' name for it). */
function tierOf(value: unknown): MessagingTier | undefined {
  if (value !== null && typeof value === 'object' && 'current_limit' in value)
    return parseMessagingTier(value.current_limit);
  return parseMessagingTier(value);
}
