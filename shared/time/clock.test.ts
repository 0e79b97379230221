import { describe, expect, it } from 'vitest';
import { fixedClock, fromUnixSeconds } from './clock.ts';

describe('fromUnixSeconds (webhook timestamps are Unix-seconds strings, spec §1)', () => {
  it.each([
    ['1700000000', 1_700_000_000_000],
    [1700000000, 1_700_000_000_000],
    ['0', 0],
  ])('reads %j as %d ms', (input, expected) => {
    expect(fromUnixSeconds(input)).toBe(expected);
  });

  it.each(['', '17e8', '-5', '1.5', 'abc', '1234567890123'])('refuses %j', (input) => {
    expect(fromUnixSeconds(input)).toBeUndefined();
  });

  it('a fixed clock answers the same instant', () => {
    expect(fixedClock(42).now()).toBe(42);
  });
});
