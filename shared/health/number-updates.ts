/**
 * Pure reducers that fold Meta's webhooks (spec §4) and fresh polls into a NumberHealth. Webhooks arrive late,
 * duplicated and out of order: an update older than what the record already reflects (`updatedAt`) is ignored where
 * it would overwrite newer information.
 */
import { parseMessagingTier } from '../limits/tiers.ts';
import { parseGraphInstant } from './graph-time.ts';
import type { AccountRestriction, NumberHealth } from './number-health.ts';

/** `business_capability_update` (spec §2): `max_daily_conversations_per_business` is 250, 2000, 10000, 100000 or -1. */
export interface CapabilityUpdate {
  maxDailyConversationsPerBusiness?: number | string;
  at: number;
}

export function applyCapabilityUpdate(health: NumberHealth, update: CapabilityUpdate): NumberHealth {
  if (update.at < health.updatedAt) return health;
  const tier = parseMessagingTier(update.maxDailyConversationsPerBusiness);
  return tier ? { ...health, tier, updatedAt: update.at } : health;
}

/** The only `phone_number_quality_update` events Meta still sends (spec §4, upd. 2025-11-14). */
export const QUALITY_EVENTS = ['ONBOARDING', 'THROUGHPUT_UPGRADE'] as const;
/** [LEGACY] events from before 2025-10-07 (spec §3, §11.4): old BSPs and replays still send them. Log, never act. */
export const LEGACY_QUALITY_EVENTS = ['FLAGGED', 'UNFLAGGED', 'UPGRADE', 'DOWNGRADE'] as const;

export function isLegacyQualityEvent(event: string): boolean {
  return (LEGACY_QUALITY_EVENTS as readonly string[]).includes(event.trim().toUpperCase());
}

export interface QualityUpdate {
  event: string;
  /** The webhook's `max_daily_conversations_per_business`; trusted only on current events. */
  maxDailyConversationsPerBusiness?: number | string;
  at: number;
}

/**
 * THROUGHPUT_UPGRADE ⇒ throughput HIGH (spec §7). Legacy events leave the record untouched: since 2025-10-07 quality
 * no longer downgrades limits and FLAGGED no longer exists (UPC), so a replayed DOWNGRADE must not lower the tier,
 * whatever limit it carries. Unknown events are ignored the same way.
 */
export function applyQualityUpdate(health: NumberHealth, update: QualityUpdate): NumberHealth {
  const event = update.event.trim().toUpperCase();
  if (update.at < health.updatedAt || !(QUALITY_EVENTS as readonly string[]).includes(event)) return health;
  const next: NumberHealth = { ...health, updatedAt: update.at };
  if (event === 'THROUGHPUT_UPGRADE') next.throughput = 'HIGH';
  const tier = parseMessagingTier(update.maxDailyConversationsPerBusiness);
  if (tier) next.tier = tier;
  return next;
}

/** `account_update` (spec §4), with the webhook's raw `restriction_info[]` and `ban_info.waba_ban_state`. */
export interface AccountUpdate {
  event: string;
  restrictionInfo?: { restriction_type?: unknown; expiration?: unknown }[];
  banState?: string;
  at: number;
}

/**
 * ACCOUNT_RESTRICTION adds its restrictions; DISABLED_UPDATE DISABLE (and ACCOUNT_DELETED) block the number,
 * REINSTATE lifts that block (poll again to learn the full picture); other events change nothing here.
 */
export function applyAccountUpdate(health: NumberHealth, update: AccountUpdate): NumberHealth {
  const latest = Math.max(health.updatedAt, update.at);
  switch (update.event.trim().toUpperCase()) {
    case 'ACCOUNT_RESTRICTION':
      // Applied even when older than the record: polls never report restrictions, so nothing newer can contradict it.
      return {
        ...health,
        restrictions: mergeRestrictions(health.restrictions, readRestrictions(update), latest),
        updatedAt: latest,
      };
    case 'DISABLED_UPDATE': {
      if (update.at < health.updatedAt) return health;
      const state = update.banState?.trim().toUpperCase();
      if (state === 'DISABLE') return { ...health, healthStatus: 'BLOCKED', updatedAt: update.at };
      if (state === 'REINSTATE' && health.healthStatus === 'BLOCKED') {
        return { ...health, healthStatus: 'AVAILABLE', updatedAt: update.at };
      }
      // SCHEDULE_FOR_DISABLE warns of a future ban; sending is still allowed until DISABLE arrives.
      return health;
    }
    case 'ACCOUNT_DELETED':
      return update.at < health.updatedAt ? health : { ...health, healthStatus: 'BLOCKED', updatedAt: update.at };
    default:
      return health;
  }
}

/**
 * Folds a fresh poll into the previous record. The poll has no restrictions (they only come by `account_update`), so
 * the previous ones carry over; a poll older than the record is dropped.
 */
export function applyPolledHealth(previous: NumberHealth | undefined, polled: NumberHealth): NumberHealth {
  if (!previous) return polled;
  if (polled.updatedAt < previous.updatedAt) return previous;
  return { ...polled, restrictions: unexpired(previous.restrictions, polled.updatedAt) };
}

function readRestrictions(update: AccountUpdate): AccountRestriction[] {
  return (update.restrictionInfo ?? []).flatMap((info) => {
    if (typeof info?.restriction_type !== 'string' || info.restriction_type.trim() === '') return [];
    const restriction: AccountRestriction = { type: info.restriction_type.trim().toUpperCase(), reportedAt: update.at };
    const expiresAt = parseGraphInstant(info.expiration);
    if (expiresAt !== undefined) restriction.expiresAt = expiresAt;
    return [restriction];
  });
}

/** One entry per type: the most recently reported wins; restrictions already expired at `at` are dropped. */
function mergeRestrictions(
  current: AccountRestriction[],
  incoming: AccountRestriction[],
  at: number,
): AccountRestriction[] {
  const byType = new Map(current.map((restriction) => [restriction.type, restriction]));
  for (const restriction of incoming) {
    const known = byType.get(restriction.type);
    if (!known || (known.reportedAt ?? Number.NEGATIVE_INFINITY) <= (restriction.reportedAt ?? 0)) {
      byType.set(restriction.type, restriction);
    }
  }
  return unexpired([...byType.values()], at);
}

function unexpired(restrictions: AccountRestriction[], at: number): AccountRestriction[] {
  return restrictions.filter((restriction) => restriction.expiresAt === undefined || restriction.expiresAt > at);
}
