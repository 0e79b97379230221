import { describe, expect, it } from 'vitest';
import { PHONE_NUMBER_FIELDS_QUERY, parsePhoneNumberFields } from './graph-phone-number.ts';

const full = {
  status: 'CONNECTED',
  quality_rating: 'GREEN',
  whatsapp_business_manager_messaging_limit: 'TIER_2K',
  throughput: { level: 'STANDARD' },
  name_status: 'APPROVED',
  verified_name: 'Lucky Shrub',
  display_phone_number: '+1 555-078-3881',
  code_verification_status: 'VERIFIED',
  platform_type: 'CLOUD_API',
  account_mode: 'LIVE',
  health_status: {
    can_send_message: 'LIMITED',
    entities: [
      { entity_type: 'PHONE_NUMBER', id: '106540352242922', can_send_message: 'AVAILABLE' },
      {
        entity_type: 'WABA',
        id: '102290129340398',
        can_send_message: 'LIMITED',
        errors: [
          {
            error_code: 141006,
            error_description: 'There is an error with the payment method.',
            possible_solution: 'Update the payment method in WhatsApp Manager.',
          },
        ],
        additional_info: ['Your WhatsApp Business Account has limited messaging.'],
      },
      { entity_type: 'BUSINESS', id: '506914307656634', can_send_message: 'AVAILABLE' },
      { entity_type: 'APP', id: '334245346048498', can_send_message: 'AVAILABLE' },
    ],
  },
  id: '106540352242922',
};

describe('phone number read (spec §3, §4): the best single gate is health_status', () => {
  it('asks for the v24+ fields, without the [LEGACY] messaging_limit_tier', () => {
    expect(PHONE_NUMBER_FIELDS_QUERY).toContain('whatsapp_business_manager_messaging_limit');
    expect(PHONE_NUMBER_FIELDS_QUERY).toContain('health_status');
    expect(PHONE_NUMBER_FIELDS_QUERY).not.toContain('messaging_limit_tier');
  });

  it('reads a full answer with a LIMITED entity and its errors', () => {
    const parsed = parsePhoneNumberFields(full);
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(parsed.value.health_status?.can_send_message).toBe('LIMITED');
    expect(parsed.value.health_status?.entities[1]?.errors?.[0]?.error_code).toBe(141006);
  });

  it('reads an answer with only some fields, and the [LEGACY] tier of Graph ≤ v23', () => {
    const parsed = parsePhoneNumberFields({
      id: '106540352242922',
      messaging_limit_tier: 'TIER_1K',
      status: 'FLAGGED',
    });
    expect(parsed.ok && parsed.value.messaging_limit_tier).toBe('TIER_1K');
  });

  it('keeps a status value Meta adds later', () => {
    expect(parsePhoneNumberFields({ ...full, status: 'SOMETHING_NEW' }).ok).toBe(true);
  });

  it.each([
    [
      'an unknown overall can_send_message',
      { ...full, health_status: { ...full.health_status, can_send_message: 'MAYBE' } },
      'health_status.can_send_message',
    ],
    [
      'an unknown entity can_send_message',
      {
        ...full,
        health_status: {
          can_send_message: 'AVAILABLE',
          entities: [{ entity_type: 'APP', id: '1', can_send_message: '' }],
        },
      },
      'health_status.entities[0].can_send_message',
    ],
    ['an answer without id', { status: 'CONNECTED' }, 'id'],
  ])('refuses %s rather than open the gate on it', (_name, json, path) => {
    const parsed = parsePhoneNumberFields(json);
    expect(!parsed.ok && parsed.error.issues[0]?.path).toBe(path);
  });
});
