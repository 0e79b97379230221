import { describe, expect, it } from 'vitest';
import { accountAlertInfo } from './webhook-account.ts';
import { type KnownWebhookField, parseChange } from './webhook-envelope.ts';

describe('account-level webhooks parse as Meta documents them (spec §2, §3, §4)', () => {
  it.each<[string, KnownWebhookField, Record<string, unknown>]>([
    [
      'a throughput upgrade',
      'phone_number_quality_update',
      {
        display_phone_number: '15550783881',
        event: 'THROUGHPUT_UPGRADE',
        max_daily_conversations_per_business: 'TIER_UNLIMITED',
      },
    ],
    ['an onboarding', 'phone_number_quality_update', { display_phone_number: '15550783881', event: 'ONBOARDING' }],
    [
      'a [LEGACY] downgrade with the removed limit fields',
      'phone_number_quality_update',
      { display_phone_number: '15550783881', event: 'DOWNGRADE', current_limit: 'TIER_1K', old_limit: 'TIER_10K' },
    ],
    [
      'a capability update to 2,000',
      'business_capability_update',
      { max_daily_conversations_per_business: 2000, max_phone_numbers_per_waba: 25 },
    ],
    [
      'an unlimited capability with the [LEGACY] per-phone field',
      'business_capability_update',
      { max_daily_conversation_per_phone: -1, max_daily_conversations_per_business: -1 },
    ],
    [
      'a restriction with expirations',
      'account_update',
      {
        phone_number: '15550783881',
        event: 'ACCOUNT_RESTRICTION',
        restriction_info: [
          { restriction_type: 'RESTRICTED_BIZ_INITIATED_MESSAGING', expiration: '2026-04-19T13:59:20+0000' },
          { restriction_type: 'RESTRICTED_CUSTOMER_INITIATED_MESSAGING', expiration: '2026-04-19T13:59:20+0000' },
        ],
      },
    ],
    ['a violation', 'account_update', { event: 'ACCOUNT_VIOLATION', violation_info: { violation_type: 'SCAM' } }],
    [
      'a ban state as a string',
      'account_update',
      { event: 'DISABLED_UPDATE', ban_info: { waba_ban_state: 'DISABLE', waba_ban_date: '2026-05-01' } },
    ],
    [
      'a ban state as a one-element array',
      'account_update',
      { event: 'DISABLED_UPDATE', ban_info: { waba_ban_state: ['SCHEDULE_FOR_DISABLE'] } },
    ],
    ['an event Meta adds later', 'account_update', { event: 'MM_LITE_TERMS_SIGNED' }],
    [
      'a denied limit increase',
      'account_alerts',
      {
        entity_type: 'BUSINESS',
        entity_id: '506914307656634',
        alert_info: {
          alert_severity: 'CRITICAL',
          alert_status: 'ACTIVE',
          alert_type: 'INCREASED_CAPABILITIES_ELIGIBILITY_FAILED',
          alert_description: 'Your business is not eligible for higher messaging limits.',
        },
      },
    ],
  ])('reads %s', (_name, field, value) => {
    const change = parseChange({ field, value });
    expect(change).toEqual({ field, value });
  });

  it('reads the alert of both the nested (Meta) and the flat (spec sheet) account_alerts forms', () => {
    const nested = parseChange({ field: 'account_alerts', value: { alert_info: { alert_type: 'OBA_APPROVED' } } });
    const flat = parseChange({
      field: 'account_alerts',
      value: { alert_type: 'OBA_REJECTED', alert_description: 'No.' },
    });
    expect(nested.field === 'account_alerts' && accountAlertInfo(nested.value).alert_type).toBe('OBA_APPROVED');
    expect(flat.field === 'account_alerts' && accountAlertInfo(flat.value).alert_type).toBe('OBA_REJECTED');
  });

  it.each<[string, KnownWebhookField, Record<string, unknown>, string]>([
    ['an account update without event', 'account_update', { phone_number: '15550783881' }, 'value.event'],
    [
      'a quality update without number',
      'phone_number_quality_update',
      { event: 'ONBOARDING' },
      'value.display_phone_number',
    ],
    [
      'a restriction without type',
      'account_update',
      { event: 'ACCOUNT_RESTRICTION', restriction_info: [{}] },
      'value.restriction_info[0].restriction_type',
    ],
    ['an alert without type', 'account_alerts', { entity_type: 'BUSINESS' }, 'value'],
  ])('marks %s invalid at its path', (_name, field, value, path) => {
    const change = parseChange({ field, value });
    expect(change.field === 'invalid' && change.issues[0]?.path).toBe(path);
  });
});
