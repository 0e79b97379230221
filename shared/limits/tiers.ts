/**
 * Messaging-limit tiers (spec §2, §11.3). Since 2025-10-07 the limit is set on the business portfolio:
 * TIER_250 → TIER_2K → TIER_10K → TIER_100K → TIER_UNLIMITED. TIER_1K (replaced by TIER_2K), TIER_50 (old unverified)
 * and TIER_NOT_SET are [LEGACY] values still parsed. `business_capability_update` gives the same in numbers
 * (250, 2000, 10000, 100000, -1 for unlimited).
 */
export const MESSAGING_TIERS = [
  'TIER_50',
  'TIER_250',
  'TIER_1K',
  'TIER_2K',
  'TIER_10K',
  'TIER_100K',
  'TIER_UNLIMITED',
  'TIER_NOT_SET',
] as const;
export type MessagingTier = (typeof MESSAGING_TIERS)[number];

/** Unique out-of-window recipients per moving 24 h; null means no limit. TIER_NOT_SET gates like a new portfolio. */
const LIMITS: Record<MessagingTier, number | null> = {
  TIER_50: 50,
  TIER_250: 250,
  TIER_1K: 1000,
  TIER_2K: 2000,
  TIER_10K: 10_000,
  TIER_100K: 100_000,
  TIER_UNLIMITED: null,
  TIER_NOT_SET: 250,
};

export function limitOfTier(tier: MessagingTier): number | null {
  return LIMITS[tier];
}

/** Reads a tier from its name ("TIER_2K", case-insensitive) or its numeric form (2000, "2000", -1). */
export function parseMessagingTier(value: unknown): MessagingTier | undefined {
  if (typeof value === 'string') {
    const upper = value.trim().toUpperCase();
    if ((MESSAGING_TIERS as readonly string[]).includes(upper)) return upper as MessagingTier;
    if (/^-?\d+$/.test(upper)) return tierOfLimit(Number(upper));
    return undefined;
  }
  if (typeof value === 'number') return tierOfLimit(value);
  return undefined;
}

function tierOfLimit(limit: number): MessagingTier | undefined {
  if (limit === -1) return 'TIER_UNLIMITED';
  const found = (Object.entries(LIMITS) as [MessagingTier, number | null][]).find(
    ([tier, value]) => value === limit && tier !== 'TIER_NOT_SET',
  );
  return found?.[0];
}
