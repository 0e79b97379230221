import { describe, expect, it } from 'vitest';
import { parseQualityRating } from '../health/quality.ts';
import { limitOfTier, parseMessagingTier } from './tiers.ts';

describe('messaging tiers (spec §2, §11.3)', () => {
  it.each([
    ['TIER_250', 'TIER_250', 250],
    ['TIER_2K', 'TIER_2K', 2000],
    ['tier_10k', 'TIER_10K', 10_000],
    ['TIER_100K', 'TIER_100K', 100_000],
    ['TIER_UNLIMITED', 'TIER_UNLIMITED', null],
    ['TIER_1K', 'TIER_1K', 1000],
    ['TIER_50', 'TIER_50', 50],
    [2000, 'TIER_2K', 2000],
    ['-1', 'TIER_UNLIMITED', null],
    [250, 'TIER_250', 250],
  ] as const)('parses %j as %s with limit %s', (input, tier, limit) => {
    const parsed = parseMessagingTier(input);
    expect(parsed).toBe(tier);
    expect(parsed && limitOfTier(parsed)).toBe(limit);
  });

  it('TIER_2K replaced TIER_1K: the current ladder has 2,000 after 250, not 1,000', () => {
    expect(limitOfTier('TIER_2K')).toBe(2000);
  });

  it.each(['TIER_5K', 'lots', 1234, null])('refuses %j', (input) => {
    expect(parseMessagingTier(input)).toBeUndefined();
  });
});

describe('quality ratings (spec §3)', () => {
  it.each([
    ['GREEN', 'GREEN'],
    ['High', 'GREEN'],
    ['YELLOW', 'YELLOW'],
    ['low', 'RED'],
    ['NA', 'UNKNOWN'],
    [undefined, 'UNKNOWN'],
    ['FLAGGED', 'UNKNOWN'],
  ])('%j → %s', (input, expected) => {
    expect(parseQualityRating(input)).toBe(expected);
  });
});
