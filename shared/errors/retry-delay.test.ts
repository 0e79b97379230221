import { describe, expect, it } from 'vitest';
import { DAY, HOUR, MINUTE, SECOND } from '../time/clock.ts';
import { describeMetaError, KNOWN_META_ERROR_CODES } from './meta-errors.ts';
import { BACKOFF_CAP, MAX_RETRIES, retryDelay } from './retry-delay.ts';

const low = () => 0;
const high = () => 0.999_999;
const half = () => 0.5;

describe('retryDelay (spec §5, §7)', () => {
  it.each(KNOWN_META_ERROR_CODES.filter((code) => describeMetaError(code).retry === 'never'))(
    '%i is never retried',
    (code) => {
      expect(retryDelay(describeMetaError(code), 0, half)).toBeNull();
    },
  );

  it('an unknown code is never retried', () => {
    expect(retryDelay(describeMetaError(424_242), 0, half)).toBeNull();
  });

  it.each([
    [0, 0],
    [0.5, 0],
    [0.999_999, 0],
  ])('131049 waits at least 24 hours, never immediately (random %d, attempt %i; spec §11.8)', (value, attempt) => {
    const delay = retryDelay(describeMetaError(131049), attempt, () => value);
    expect(delay).toBeGreaterThanOrEqual(DAY);
    expect(delay).toBeLessThan(DAY + HOUR);
  });

  it('131049 is retried once only: a second refusal goes back to the agent', () => {
    expect(retryDelay(describeMetaError(131049), MAX_RETRIES.after_24h, half)).toBeNull();
  });

  it.each([
    [0, 1 * SECOND],
    [1, 4 * SECOND],
    [2, 16 * SECOND],
    [3, 64 * SECOND],
  ])('131056 waits 4^x seconds to the same contact (attempt %i ⇒ %i ms)', (attempt, expected) => {
    expect(retryDelay(describeMetaError(131056), attempt, low)).toBe(expected);
    expect(retryDelay(describeMetaError(131056), attempt, high)).toBe(expected);
  });

  it.each([130429, 131000, 1, 2, 4, 80007, 131052, 131053])(
    '%i backs off exponentially with full jitter: within [0, min(60 s, 1 s · 2^attempt))',
    (code) => {
      const info = describeMetaError(code);
      expect(retryDelay(info, 0, low)).toBe(0);
      expect(retryDelay(info, 0, high)).toBe(SECOND - 1);
      expect(retryDelay(info, 3, high)).toBe(8 * SECOND - 1);
      expect(retryDelay(info, 3, half)).toBe(4 * SECOND);
      expect(retryDelay(info, 7, high)).toBe(BACKOFF_CAP - 1);
    },
  );

  it('back-off gives up after its retries', () => {
    expect(retryDelay(describeMetaError(130429), MAX_RETRIES.backoff, half)).toBeNull();
  });

  it('131057 waits out the ≤ 1 minute maintenance before retrying', () => {
    const info = describeMetaError(131057);
    expect(retryDelay(info, 0, low)).toBe(MINUTE);
    expect(retryDelay(info, 2, high)).toBeLessThan(MINUTE + 4 * SECOND);
    expect(retryDelay(info, MAX_RETRIES.after_maintenance, half)).toBeNull();
  });

  it.each([
    ['a random source above 1', () => 7],
    ['a negative random source', () => -3],
    ['NaN', () => Number.NaN],
  ])('stays within bounds with %s', (_, random) => {
    const delay = retryDelay(describeMetaError(130429), 2, random);
    expect(delay).toBeGreaterThanOrEqual(0);
    expect(delay).toBeLessThan(4 * SECOND);
  });

  it('reads a negative or fractional attempt as the first retry', () => {
    expect(retryDelay(describeMetaError(131056), -2, half)).toBe(SECOND);
    expect(retryDelay(describeMetaError(131056), 1.7, half)).toBe(4 * SECOND);
  });
});
