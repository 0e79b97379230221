import { describe, expect, it } from 'vitest';
import { LOCALES } from '../i18n/locale.ts';
import { fixedClock, HOUR } from '../time/clock.ts';
import type { NumberHealth } from './number-health.ts';
import { type NumberSendability, numberSendability, type SendBlockerCode } from './sendability.ts';
import { BLOCKER_MESSAGES, WARNING_MESSAGES } from './sendability-messages.ts';

const NOW = 1_780_000_000_000;
const clock = fixedClock(NOW);

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
    updatedAt: NOW - HOUR,
    ...overrides,
  };
}

const codes = (entries: { code: string }[]) => entries.map((entry) => entry.code);

describe('numberSendability (spec §3, §4)', () => {
  it('a connected, available, green number may send everything with nothing to say', () => {
    expect(numberSendability(health(), clock)).toEqual({
      canSend: true,
      businessInitiatedAllowed: true,
      customerInitiatedAllowed: true,
      utilityTemplatesAllowed: true,
      blockers: [],
      warnings: [],
    });
  });

  it.each([
    ['health BLOCKED stops everything (spec §3 "BLOCKED ⇒ stop")', { healthStatus: 'BLOCKED' }, 'health_blocked'],
    ['BANNED: no send or receive', { status: 'BANNED' }, 'number_banned'],
    ['PENDING: not registered', { status: 'PENDING' }, 'number_not_registered'],
    ['UNVERIFIED', { status: 'UNVERIFIED' }, 'number_not_registered'],
    ['DELETED', { status: 'DELETED' }, 'number_disconnected'],
    ['DISCONNECTED', { status: 'DISCONNECTED' }, 'number_disconnected'],
  ] as const)('%s', (_, overrides, code) => {
    const result = numberSendability(health(overrides), clock);
    expect(result).toMatchObject({
      canSend: false,
      businessInitiatedAllowed: false,
      customerInitiatedAllowed: false,
      utilityTemplatesAllowed: false,
    });
    expect(result.blockers).toContainEqual(expect.objectContaining({ code, scope: 'all' }));
  });

  it.each<[string, Partial<NumberHealth>, SendBlockerCode, Partial<NumberSendability>]>([
    [
      'status RESTRICTED (24 h limit reached): no new conversations, replies in the window still fine',
      { status: 'RESTRICTED' },
      'messaging_limit_reached',
      { businessInitiatedAllowed: false, customerInitiatedAllowed: true, utilityTemplatesAllowed: true },
    ],
    [
      'an active RESTRICTED_BIZ_INITIATED_MESSAGING: no templates outside the window',
      { restrictions: [{ type: 'RESTRICTED_BIZ_INITIATED_MESSAGING', expiresAt: NOW + HOUR }] },
      'business_initiated_restricted',
      { businessInitiatedAllowed: false, customerInitiatedAllowed: true, utilityTemplatesAllowed: true },
    ],
    [
      'RESTRICTED_CUSTOMER_INITIATED_MESSAGING without expiry: no replies in the window',
      { restrictions: [{ type: 'RESTRICTED_CUSTOMER_INITIATED_MESSAGING' }] },
      'customer_initiated_restricted',
      { businessInitiatedAllowed: true, customerInitiatedAllowed: false, utilityTemplatesAllowed: true },
    ],
    [
      'RESTRICTED_UTILITY_TEMPLATES: no utility templates',
      { restrictions: [{ type: 'RESTRICTED_UTILITY_TEMPLATES', expiresAt: NOW + 1 }] },
      'utility_templates_restricted',
      { businessInitiatedAllowed: true, customerInitiatedAllowed: true, utilityTemplatesAllowed: false },
    ],
  ])('%s', (_, overrides, code, allowed) => {
    const result = numberSendability(health(overrides), clock);
    expect(result).toMatchObject({ canSend: true, ...allowed });
    expect(codes(result.blockers)).toEqual([code]);
  });

  it('a restriction carries when it lifts; once expired at clock.now() it no longer blocks', () => {
    const type = 'RESTRICTED_BIZ_INITIATED_MESSAGING';
    const active = numberSendability(health({ restrictions: [{ type, expiresAt: NOW + HOUR }] }), clock);
    expect(active.blockers[0]?.until).toBe(NOW + HOUR);
    const expired = numberSendability(health({ restrictions: [{ type, expiresAt: NOW }] }), clock);
    expect(expired.businessInitiatedAllowed).toBe(true);
  });

  it('both conversation directions restricted ⇒ nothing can be sent', () => {
    const restrictions = [
      { type: 'RESTRICTED_BIZ_INITIATED_MESSAGING' },
      { type: 'RESTRICTED_CUSTOMER_INITIATED_MESSAGING' },
    ];
    expect(numberSendability(health({ restrictions }), clock).canSend).toBe(false);
  });

  it('a restriction type that is not about messaging does not gate sends', () => {
    const restrictions = [{ type: 'RESTRICTED_ADD_PHONE_NUMBER_ACTION' }];
    expect(numberSendability(health({ restrictions }), clock).blockers).toEqual([]);
  });

  it.each([
    [
      'FLAGGED is [LEGACY] since 2025-10-07: a warning, never a block or downgrade',
      { status: 'FLAGGED' },
      'status_flagged',
    ],
    [
      'quality RED warns but does not restrict (no quality-driven limits, spec §11.4)',
      { qualityRating: 'RED' },
      'number_quality_low',
    ],
    ['RATE_LIMITED warns that sends may be late', { status: 'RATE_LIMITED' }, 'number_rate_limited'],
    ['an UNKNOWN status warns', { status: 'UNKNOWN' }, 'status_uncertain'],
    ['MIGRATED warns', { status: 'MIGRATED' }, 'status_uncertain'],
    ['a sandbox account warns that only test recipients receive', { accountMode: 'SANDBOX' }, 'sandbox_account'],
  ] as const)('%s', (_, overrides, code) => {
    const result = numberSendability(health(overrides), clock);
    expect(result).toMatchObject({ canSend: true, businessInitiatedAllowed: true, customerInitiatedAllowed: true });
    expect(result.blockers).toEqual([]);
    expect(codes(result.warnings)).toEqual([code]);
  });

  it('health LIMITED allows sending with a warning that shows the entity errors (spec §3 "LIMITED ⇒ warn + show errors")', () => {
    const result = numberSendability(
      health({
        healthStatus: 'LIMITED',
        healthEntities: [
          {
            entityType: 'BUSINESS',
            id: '123',
            canSendMessage: 'LIMITED',
            errors: [{ code: 141006, description: 'Payment method error.', possibleSolution: 'Add a payment method.' }],
          },
        ],
      }),
      clock,
    );
    expect(result.canSend).toBe(true);
    expect(result.warnings).toEqual([
      {
        code: 'health_limited',
        message: WARNING_MESSAGES.health_limited,
        details: ['[141006] Payment method error. Add a payment method.'],
      },
    ]);
  });

  it('never polled ⇒ allowed, with a "health unknown" warning', () => {
    const result = numberSendability(undefined, clock);
    expect(result).toMatchObject({ canSend: true, businessInitiatedAllowed: true, blockers: [] });
    expect(codes(result.warnings)).toEqual(['health_unknown']);
  });

  it('every sentence exists in every locale and is not left in English', () => {
    for (const message of [...Object.values(BLOCKER_MESSAGES), ...Object.values(WARNING_MESSAGES)]) {
      for (const locale of LOCALES) expect(message[locale].length).toBeGreaterThan(10);
      expect(message.pt).not.toBe(message.en);
      expect(message.es).not.toBe(message.en);
    }
  });
});
