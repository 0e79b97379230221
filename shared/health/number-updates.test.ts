import { describe, expect, it } from 'vitest';
import { HOUR } from '../time/clock.ts';
import type { NumberHealth } from './number-health.ts';
import {
  applyAccountUpdate,
  applyCapabilityUpdate,
  applyPolledHealth,
  applyQualityUpdate,
  isLegacyQualityEvent,
} from './number-updates.ts';

const T = 1_780_000_000_000;

function health(overrides: Partial<NumberHealth> = {}): NumberHealth {
  return {
    phoneNumberId: '1065',
    qualityRating: 'GREEN',
    status: 'CONNECTED',
    healthStatus: 'AVAILABLE',
    healthEntities: [],
    throughput: 'STANDARD',
    tier: 'TIER_2K',
    restrictions: [],
    updatedAt: T,
    ...overrides,
  };
}

describe('applyCapabilityUpdate (business_capability_update, spec §2)', () => {
  it.each([
    [250, 'TIER_250'],
    ['2000', 'TIER_2K'],
    [10000, 'TIER_10K'],
    ['100000', 'TIER_100K'],
    [-1, 'TIER_UNLIMITED'],
  ] as const)('max_daily_conversations_per_business %j ⇒ %s', (value, tier) => {
    const next = applyCapabilityUpdate(health(), { maxDailyConversationsPerBusiness: value, at: T + 1 });
    expect(next).toMatchObject({ tier, updatedAt: T + 1 });
  });

  it.each([
    ['an update older than the record (webhooks arrive out of order)', 10000, T - 1],
    ['an update without a limit', undefined, T + 1],
    ['an update with a value that is no tier', 1234, T + 1],
  ])('ignores %s', (_, value, at) => {
    const before = health();
    expect(applyCapabilityUpdate(before, { maxDailyConversationsPerBusiness: value, at })).toBe(before);
  });
});

describe('applyQualityUpdate (phone_number_quality_update, spec §3, §4, §11.4)', () => {
  it('THROUGHPUT_UPGRADE raises throughput to HIGH (spec §7)', () => {
    expect(applyQualityUpdate(health(), { event: 'THROUGHPUT_UPGRADE', at: T + 1 })).toMatchObject({
      throughput: 'HIGH',
      updatedAt: T + 1,
    });
  });

  it('ONBOARDING carries the portfolio limit', () => {
    const next = applyQualityUpdate(health({ tier: 'TIER_250' }), {
      event: 'ONBOARDING',
      maxDailyConversationsPerBusiness: '2000',
      at: T + 1,
    });
    expect(next.tier).toBe('TIER_2K');
  });

  it.each([
    ['DOWNGRADE', 'TIER_250'],
    ['FLAGGED', '250'],
    ['UPGRADE', 'TIER_100K'],
    ['UNFLAGGED', '10000'],
    ['downgrade', 250],
  ])(
    '[LEGACY] %s changes neither tier, quality nor status: no quality-driven downgrades since 2025-10-07',
    (event, limit) => {
      const before = health({ qualityRating: 'YELLOW' });
      const after = applyQualityUpdate(before, { event, maxDailyConversationsPerBusiness: limit, at: T + HOUR });
      expect(after).toBe(before);
      expect(isLegacyQualityEvent(event)).toBe(true);
    },
  );

  it.each(['ONBOARDING', 'THROUGHPUT_UPGRADE', 'SOMETHING_NEW'])('%s is not a legacy event', (event) => {
    expect(isLegacyQualityEvent(event)).toBe(false);
  });

  it('ignores an unknown event and a stale THROUGHPUT_UPGRADE', () => {
    const before = health();
    expect(applyQualityUpdate(before, { event: 'SOMETHING_NEW', at: T + 1 })).toBe(before);
    expect(applyQualityUpdate(before, { event: 'THROUGHPUT_UPGRADE', at: T - 1 })).toBe(before);
  });
});

describe('applyAccountUpdate (account_update, spec §4)', () => {
  const restrict = (at: number, ...info: { restriction_type?: unknown; expiration?: unknown }[]) => ({
    event: 'ACCOUNT_RESTRICTION',
    restrictionInfo: info,
    at,
  });

  it('ACCOUNT_RESTRICTION records each restriction with its expiry, in Unix seconds or ISO form', () => {
    const next = applyAccountUpdate(
      health(),
      restrict(
        T + 1,
        { restriction_type: 'RESTRICTED_BIZ_INITIATED_MESSAGING', expiration: (T + 2 * HOUR) / 1000 },
        { restriction_type: 'RESTRICTED_CUSTOMER_INITIATED_MESSAGING', expiration: '2030-01-01T00:00:00+0000' },
        { restriction_type: 'RESTRICTED_UTILITY_TEMPLATES' },
        { expiration: 123 },
      ),
    );
    expect(next.restrictions).toEqual([
      { type: 'RESTRICTED_BIZ_INITIATED_MESSAGING', expiresAt: T + 2 * HOUR, reportedAt: T + 1 },
      { type: 'RESTRICTED_CUSTOMER_INITIATED_MESSAGING', expiresAt: Date.UTC(2030, 0, 1), reportedAt: T + 1 },
      { type: 'RESTRICTED_UTILITY_TEMPLATES', reportedAt: T + 1 },
    ]);
    expect(next.updatedAt).toBe(T + 1);
  });

  it('a restriction reported before the last poll is still applied: polls never report restrictions', () => {
    const next = applyAccountUpdate(health(), restrict(T - HOUR, { restriction_type: 'RESTRICTED_UTILITY_TEMPLATES' }));
    expect(next.restrictions.map((r) => r.type)).toEqual(['RESTRICTED_UTILITY_TEMPLATES']);
    expect(next.updatedAt).toBe(T);
  });

  it('keeps other restrictions and lets the most recent report of a type win, whatever the arrival order', () => {
    const type = 'RESTRICTED_BIZ_INITIATED_MESSAGING';
    const newer = restrict(T + 2, { restriction_type: type, expiration: (T + 9 * HOUR) / 1000 });
    const older = restrict(T + 1, { restriction_type: type, expiration: (T + 3 * HOUR) / 1000 });
    const other = restrict(T + 3, { restriction_type: 'RESTRICTED_UTILITY_TEMPLATES' });
    const next = [newer, older, other].reduce(applyAccountUpdate, health());
    expect(next.restrictions).toEqual([
      { type, expiresAt: T + 9 * HOUR, reportedAt: T + 2 },
      { type: 'RESTRICTED_UTILITY_TEMPLATES', reportedAt: T + 3 },
    ]);
  });

  it.each([
    ['DISABLE blocks the number', 'AVAILABLE', 'DISABLE', 'BLOCKED'],
    ['REINSTATE lifts the block', 'BLOCKED', 'REINSTATE', 'AVAILABLE'],
    ['REINSTATE leaves a LIMITED number LIMITED', 'LIMITED', 'REINSTATE', 'LIMITED'],
    ['SCHEDULE_FOR_DISABLE does not block yet', 'AVAILABLE', 'SCHEDULE_FOR_DISABLE', 'AVAILABLE'],
  ] as const)('DISABLED_UPDATE: %s', (_, before, banState, after) => {
    const next = applyAccountUpdate(health({ healthStatus: before }), {
      event: 'DISABLED_UPDATE',
      banState,
      at: T + 1,
    });
    expect(next.healthStatus).toBe(after);
  });

  it('ignores a DISABLE older than the record: a later poll already told the truth', () => {
    const before = health();
    expect(applyAccountUpdate(before, { event: 'DISABLED_UPDATE', banState: 'DISABLE', at: T - 1 })).toBe(before);
  });

  it('ACCOUNT_DELETED blocks the number', () => {
    expect(applyAccountUpdate(health(), { event: 'ACCOUNT_DELETED', at: T + 1 }).healthStatus).toBe('BLOCKED');
  });

  it.each(['ACCOUNT_VIOLATION', 'VOLUME_BASED_PRICING_TIER_UPDATE', 'PARTNER_APP_INSTALLED', 'NEW_EVENT'])(
    '%s changes nothing',
    (event) => {
      const before = health();
      expect(applyAccountUpdate(before, { event, at: T + 1 })).toBe(before);
    },
  );
});

describe('applyPolledHealth', () => {
  const restricted = health({
    restrictions: [
      { type: 'RESTRICTED_BIZ_INITIATED_MESSAGING', reportedAt: T },
      { type: 'RESTRICTED_UTILITY_TEMPLATES', expiresAt: T + HOUR, reportedAt: T },
    ],
  });

  it('keeps the restrictions a poll cannot see, dropping those expired by the poll time', () => {
    const polled = health({ qualityRating: 'YELLOW', updatedAt: T + 2 * HOUR });
    expect(applyPolledHealth(restricted, polled)).toEqual({
      ...polled,
      restrictions: [{ type: 'RESTRICTED_BIZ_INITIATED_MESSAGING', reportedAt: T }],
    });
  });

  it('drops a poll older than the record, and takes the first poll as is', () => {
    const polled = health({ status: 'BANNED', updatedAt: T - 1 });
    expect(applyPolledHealth(restricted, polled)).toBe(restricted);
    expect(applyPolledHealth(undefined, polled)).toBe(polled);
  });
});
