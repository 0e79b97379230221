import { describe, expect, it } from 'vitest';
import { parseGraphInstant } from './graph-time.ts';

const APRIL_19 = Date.UTC(2026, 3, 19, 13, 59, 20);

describe('parseGraphInstant (account_update restriction expirations, spec §4)', () => {
  it.each([
    ['Unix seconds as a number', 1_776_607_160, 1_776_607_160_000],
    ['Unix seconds as a string', '1776607160', 1_776_607_160_000],
    ['ISO with a colon-less offset, as BSPs relay it', '2026-04-19T13:59:20+0000', APRIL_19],
    ['ISO in Zulu with milliseconds', '2026-04-19T13:59:20.250Z', APRIL_19 + 250],
    ['ISO with a positive offset', '2026-04-19T16:59:20+03:00', APRIL_19],
    ['ISO with a negative offset', '2026-04-19T10:59:20-0300', APRIL_19],
    ['29 February of a leap year', '2028-02-29T00:00:00Z', Date.UTC(2028, 1, 29)],
  ])('reads %s', (_, input, expected) => {
    expect(parseGraphInstant(input)).toBe(expected);
  });

  it.each([
    ['a date without an offset (its zone would be a guess)', '2026-04-19T13:59:20'],
    ['a date that does not exist', '2026-02-30T00:00:00Z'],
    ['29 February of a common year', '2026-02-29T00:00:00Z'],
    ['a human date', 'October 9, 2023'],
    ['a negative number', -5],
    ['nothing', undefined],
    ['an object', { seconds: 1 }],
  ])('refuses %s', (_, input) => {
    expect(parseGraphInstant(input)).toBeUndefined();
  });
});
