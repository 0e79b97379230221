/**
 * The portfolio messaging limit, counted by us (spec §2, §11.2): the number of unique WhatsApp users the business
 * portfolio delivered business-initiated messages to outside a customer-service window, in a moving 24 h, across all
 * its numbers. Meta sends no "limit reached" error, so the gate must count before it sends.
 *
 * An entry is one out-of-window template send to a recipient, timed at its delivery when known and at its send
 * otherwise (counting early is the safe side). Failed sends and paused-template attempts are not entries.
 * A recipient counts while any of their entries is younger than 24 h, so their slot frees 24 h after their latest one.
 */
import { type Clock, DAY } from '../time/clock.ts';
import { limitOfTier, type MessagingTier } from './tiers.ts';

export const LIMIT_WINDOW = DAY;

export interface LedgerEntry {
  /** Contact key (E.164 or BSUID) of the recipient. */
  recipient: string;
  /** Epoch ms the recipient was counted at. */
  at: number;
}

export interface LimitUsage {
  tier: MessagingTier;
  /** Unique recipients allowed per moving 24 h; null when unlimited. */
  limit: number | null;
  used: number;
  remaining: number | null;
  /** When the oldest counted recipient leaves the moving window and frees a slot; undefined when none is counted. */
  nextSlotFreesAt?: number;
}

/** Only template sends to a user whose window is closed count; replies inside a window never do. */
export function countsAgainstLimit(send: { isTemplate: boolean; windowOpen: boolean }): boolean {
  return send.isTemplate && !send.windowOpen;
}

/** The latest counted instant per recipient still inside the moving window. */
export function countedRecipients(entries: Iterable<LedgerEntry>, clock: Clock): Map<string, number> {
  const since = clock.now() - LIMIT_WINDOW;
  const latest = new Map<string, number>();
  for (const entry of entries) {
    if (entry.at <= since || entry.at > clock.now()) continue;
    const seen = latest.get(entry.recipient);
    if (seen === undefined || entry.at > seen) latest.set(entry.recipient, entry.at);
  }
  return latest;
}

export function limitUsage(entries: Iterable<LedgerEntry>, tier: MessagingTier, clock: Clock): LimitUsage {
  return usageFromCounted(countedRecipients(entries, clock), tier);
}

/** Builds the usage from a recipient → latest-instant map (the companion computes that map in SQL). */
export function usageFromCounted(counted: ReadonlyMap<string, number>, tier: MessagingTier): LimitUsage {
  let oldest: number | undefined;
  for (const at of counted.values()) oldest = oldest === undefined ? at : Math.min(oldest, at);
  return usageOfCount(tier, counted.size, oldest === undefined ? undefined : oldest + LIMIT_WINDOW);
}

/** The usage for `used` counted recipients, the oldest of whom leaves the moving window at `nextSlotFreesAt`. */
export function usageOfCount(tier: MessagingTier, used: number, nextSlotFreesAt: number | undefined): LimitUsage {
  const limit = limitOfTier(tier);
  const usage: LimitUsage = { tier, limit, used, remaining: limit === null ? null : Math.max(0, limit - used) };
  if (nextSlotFreesAt !== undefined) usage.nextSlotFreesAt = nextSlotFreesAt;
  return usage;
}

/**
 * Whether one more send to this recipient fits: a recipient already counted in the moving window takes no new slot.
 */
export function hasRoomFor(usage: LimitUsage, recipientAlreadyCounted: boolean): boolean {
  return recipientAlreadyCounted || usage.remaining === null || usage.remaining > 0;
}
