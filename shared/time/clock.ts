/**
 * Time enters the domain only through a Clock, so every window, limit and cooldown is testable to the second.
 * Instants are Unix epoch milliseconds (integers); Meta's webhooks carry Unix seconds, converted at the boundary.
 */
export interface Clock {
  /** The current instant, in Unix epoch milliseconds. */
  now(): number;
}

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** A clock that always answers the same instant: for tests and for evaluating a decision "as of" a moment. */
export function fixedClock(at: number): Clock {
  return { now: () => at };
}

/** Converts Meta's Unix-seconds timestamp (a decimal string in webhooks) to epoch milliseconds, or undefined if malformed. */
export function fromUnixSeconds(value: string | number): number | undefined {
  const seconds = typeof value === 'number' ? value : /^\d{1,12}$/.test(value) ? Number(value) : Number.NaN;
  return Number.isSafeInteger(seconds) && seconds >= 0 ? seconds * SECOND : undefined;
}
