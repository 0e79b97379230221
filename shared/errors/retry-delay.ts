/**
 * How long to wait before retrying a send that failed with a Meta error, or null to give up. Randomness for jitter
 * comes from the caller (`random`, like Math's: a number in [0, 1)), so shared/ stays deterministic under test.
 */
import { DAY, HOUR, MINUTE, SECOND } from '../time/clock.ts';
import type { MetaErrorInfo, RetryRule } from './meta-errors.ts';

/**
 * Full-jitter exponential back-off: a random wait in [0, min(cap, base · 2^attempt)). Meta publishes no Retry-After
 * for 130429/131000/1/2/4/80007. Base 1 s because throughput is counted per second (80 mps, spec §7); cap 60 s
 * because maintenance lasts ≤ 1 min (131057) and longer waits belong to the job queue, not to one message's retries.
 * Full jitter spreads the retries of a whole campaign so they do not hit the limit again together.
 */
export const BACKOFF_BASE = SECOND;
export const BACKOFF_CAP = MINUTE;
/** 131057: a throughput upgrade puts the account in maintenance for up to a minute (spec §7). */
export const MAINTENANCE_WAIT = MINUTE;
/** 131049: wait at least 24 h (spec §7, §11.8); up to an hour more so deferred marketing does not all leave at once. */
export const MARKETING_COOLDOWN = DAY;
export const MARKETING_COOLDOWN_SPREAD = HOUR;

/**
 * Retries allowed per rule (attempt counts from 0). Back-off: 8 reaches the 60 s cap twice (≈ 3 min in all).
 * Pair: 4^0 … 4^5 s = 1 s … 17 min. 131049 once only: Meta says repeated retries can block that user for up to 24 h,
 * so a second refusal goes back to the agent.
 */
export const MAX_RETRIES: Readonly<Record<Exclude<RetryRule, 'never'>, number>> = {
  backoff: 8,
  pair_backoff: 6,
  after_maintenance: 3,
  after_24h: 1,
};

/** Milliseconds to wait before retry number `attempt` (0 for the first retry), or null: do not retry. */
export function retryDelay(info: MetaErrorInfo, attempt: number, random: () => number): number | null {
  if (info.retry === 'never') return null;
  const n = Number.isFinite(attempt) ? Math.max(0, Math.floor(attempt)) : 0;
  if (n >= MAX_RETRIES[info.retry]) return null;
  switch (info.retry) {
    case 'backoff':
      return fullJitter(n, random);
    case 'pair_backoff':
      // 4^x seconds to the same contact (spec §7); the rest of the campaign keeps going meanwhile.
      return 4 ** n * SECOND;
    case 'after_maintenance':
      return MAINTENANCE_WAIT + fullJitter(n, random);
    case 'after_24h':
      return MARKETING_COOLDOWN + Math.floor(unit(random()) * MARKETING_COOLDOWN_SPREAD);
  }
}

function fullJitter(attempt: number, random: () => number): number {
  return Math.floor(unit(random()) * Math.min(BACKOFF_CAP, BACKOFF_BASE * 2 ** attempt));
}

/** Keeps a misbehaving random source inside [0, 1) so a delay can never go negative or past its ceiling. */
function unit(value: number): number {
  return Number.isFinite(value) ? Math.min(Math.max(value, 0), 1 - Number.EPSILON) : 0;
}
