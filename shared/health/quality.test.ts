import { describe, expect, it } from 'vitest';
import { parseQualityRating } from './quality.ts';

describe('parseQualityRating (spec §3: GREEN high, YELLOW medium, RED low, UNKNOWN; "NA" in some SDKs)', () => {
  it.each([
    ['GREEN', 'GREEN'],
    [' green ', 'GREEN'],
    ['Medium', 'YELLOW'],
    ['RED', 'RED'],
    ['Low', 'RED'],
    ['NA', 'UNKNOWN'],
    ['PENDING', 'UNKNOWN'],
    ['FLAGGED', 'UNKNOWN'],
    [3, 'UNKNOWN'],
    [null, 'UNKNOWN'],
  ])('reads %j as %s', (input, expected) => {
    expect(parseQualityRating(input)).toBe(expected);
  });
});
