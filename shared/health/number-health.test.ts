import { describe, expect, it } from 'vitest';
import { type NumberHealth, numberHealthFromGraph, parseNumberStatus } from './number-health.ts';

const ID = '106540352242922';
const AT = 1_780_000_000_000;

/** A v24+ poll response as Meta documents it (spec §4). */
const POLL = {
  id: ID,
  status: 'CONNECTED',
  quality_rating: 'GREEN',
  whatsapp_business_manager_messaging_limit: 'TIER_10K',
  throughput: { level: 'STANDARD' },
  name_status: 'APPROVED',
  verified_name: 'Acme Store',
  display_phone_number: '+1 555-078-3881',
  platform_type: 'CLOUD_API',
  account_mode: 'LIVE',
  health_status: {
    can_send_message: 'AVAILABLE',
    entities: [
      { entity_type: 'PHONE_NUMBER', id: ID, can_send_message: 'AVAILABLE' },
      { entity_type: 'WABA', id: '102290129340398', can_send_message: 'AVAILABLE' },
    ],
  },
};

function read(overrides: Record<string, unknown>): NumberHealth {
  const result = numberHealthFromGraph({ ...POLL, ...overrides }, ID, AT);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('numberHealthFromGraph (spec §3, §4)', () => {
  it('reads a documented poll response', () => {
    expect(read({})).toEqual({
      phoneNumberId: ID,
      displayPhoneNumber: '+1 555-078-3881',
      verifiedName: 'Acme Store',
      qualityRating: 'GREEN',
      status: 'CONNECTED',
      healthStatus: 'AVAILABLE',
      healthEntities: [
        { entityType: 'PHONE_NUMBER', id: ID, canSendMessage: 'AVAILABLE', errors: [] },
        { entityType: 'WABA', id: '102290129340398', canSendMessage: 'AVAILABLE', errors: [] },
      ],
      throughput: 'STANDARD',
      tier: 'TIER_10K',
      restrictions: [],
      accountMode: 'LIVE',
      platformType: 'CLOUD_API',
      nameStatus: 'APPROVED',
      updatedAt: AT,
    });
  });

  it.each([
    ['the v24+ field wins over the legacy one (spec §11.3)', { messaging_limit_tier: 'TIER_1K' }, 'TIER_10K'],
    [
      'the legacy field is read when the v24+ one is absent (≤ v23)',
      { whatsapp_business_manager_messaging_limit: undefined, messaging_limit_tier: 'TIER_1K' },
      'TIER_1K',
    ],
    [
      'the legacy field is read when the v24+ value is not a tier',
      { whatsapp_business_manager_messaging_limit: 'TIER_5K', messaging_limit_tier: 'TIER_2K' },
      'TIER_2K',
    ],
    [
      'a limit wrapped as { current_limit } is read',
      { whatsapp_business_manager_messaging_limit: { current_limit: 'TIER_100K' } },
      'TIER_100K',
    ],
    [
      'neither field ⇒ TIER_NOT_SET, which gates like 250',
      { whatsapp_business_manager_messaging_limit: null },
      'TIER_NOT_SET',
    ],
  ])('tier: %s', (_, overrides, tier) => {
    expect(read(overrides).tier).toBe(tier);
  });

  it.each([
    ['an unlisted status reads as UNKNOWN', { status: 'SUSPENDED' }, { status: 'UNKNOWN' }],
    ['the [LEGACY] FLAGGED status is still parsed', { status: 'flagged' }, { status: 'FLAGGED' }],
    ['NA quality reads as UNKNOWN', { quality_rating: 'NA' }, { qualityRating: 'UNKNOWN' }],
    ['HIGH throughput after an upgrade', { throughput: { level: 'HIGH' } }, { throughput: 'HIGH' }],
    ['a missing throughput is the standard 80 mps', { throughput: undefined }, { throughput: 'STANDARD' }],
    [
      'unknown fields are ignored',
      { code_verification_status: 'VERIFIED', brand_new_field: [1] },
      { status: 'CONNECTED' },
    ],
  ])('%s', (_, overrides, expected) => {
    expect(read(overrides)).toMatchObject(expected);
  });

  it('leaves out an account mode that is neither LIVE nor SANDBOX', () => {
    expect(read({ account_mode: 'DEMO' })).not.toHaveProperty('accountMode');
  });

  it.each([
    [
      'a BLOCKED WABA entity blocks the number even if the overall value says AVAILABLE',
      'AVAILABLE',
      'BLOCKED',
      'BLOCKED',
    ],
    ['a LIMITED entity makes the number LIMITED', 'AVAILABLE', 'LIMITED', 'LIMITED'],
    ['an overall BLOCKED stays BLOCKED', 'BLOCKED', 'AVAILABLE', 'BLOCKED'],
    ['an unknown overall value is not taken as AVAILABLE', 'MAYBE', 'AVAILABLE', 'LIMITED'],
  ])('health: %s', (_, overall, waba, expected) => {
    const health = read({
      health_status: {
        can_send_message: overall,
        entities: [{ entity_type: 'WABA', id: 'w', can_send_message: waba }],
      },
    });
    expect(health.healthStatus).toBe(expected);
  });

  it('a poll without health_status is LIMITED (unknown), not AVAILABLE: the best gate is missing (spec §3)', () => {
    expect(read({ health_status: undefined }).healthStatus).toBe('LIMITED');
  });

  it('keeps entity errors, reading string error codes as numbers, so LIMITED can show them (spec §3)', () => {
    const health = read({
      health_status: {
        can_send_message: 'LIMITED',
        entities: [
          {
            entity_type: 'BUSINESS',
            id: 123,
            can_send_message: 'LIMITED',
            errors: [
              {
                error_code: '141006',
                error_description: 'There is an error with the payment method.',
                possible_solution: 'Add a new payment method to the account.',
              },
            ],
          },
        ],
      },
    });
    expect(health.healthEntities).toEqual([
      {
        entityType: 'BUSINESS',
        id: '123',
        canSendMessage: 'LIMITED',
        errors: [
          {
            code: 141006,
            description: 'There is an error with the payment method.',
            possibleSolution: 'Add a new payment method to the account.',
          },
        ],
      },
    ]);
  });

  it.each([
    ['not an object', 'CONNECTED'],
    ['null', null],
    ['a response about another number', { ...POLL, id: '999' }],
    ['a response with no health field at all (wrong fields requested)', { id: ID, verified_name: 'Acme' }],
    ['a status that is not text', { ...POLL, status: 3 }],
    ['health_status that is not an object', { ...POLL, health_status: 'AVAILABLE' }],
    ['entities that are not a list', { ...POLL, health_status: { can_send_message: 'AVAILABLE', entities: {} } }],
    ['a Graph error envelope', { error: { message: 'Invalid OAuth access token.', code: 190 } }],
  ])('refuses %s', (_, raw) => {
    const result = numberHealthFromGraph(raw, ID, AT);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('invalid_number_fields');
  });
});

describe('parseNumberStatus (spec §3)', () => {
  it.each([
    ['CONNECTED', 'CONNECTED'],
    [' banned ', 'BANNED'],
    ['OFFLINE', 'OFFLINE'],
    ['SOMETHING_NEW', 'UNKNOWN'],
    [undefined, 'UNKNOWN'],
    [42, 'UNKNOWN'],
  ])('reads %j as %s', (input, expected) => {
    expect(parseNumberStatus(input)).toBe(expected);
  });
});
