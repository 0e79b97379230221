import { describe, expect, it } from 'vitest';
import {
  type BusinessNumber,
  batchWebhookBodies,
  capabilityUpdateWebhook,
  inboundCallWebhook,
  inboundReferralWebhook,
  inboundTextWebhook,
  phoneNumberQualityWebhook,
  pmpPricing,
  statusWebhook,
  templateQualityWebhook,
  templateStatusWebhook,
  unixSeconds,
  userPreferencesWebhook,
  type WebhookBodyJson,
  webhookError,
} from './webhook-builders.ts';
import { parseWebhookBody, parseWebhookChanges, type WebhookChange } from './webhook-envelope.ts';
import {
  DISPLAY_PHONE_NUMBER,
  PHONE_NUMBER_ID,
  USER_BSUID,
  USER_WA_ID,
  WABA_ID,
  WAMID_IN,
  WAMID_OUT,
} from './webhook-fixtures.test-helpers.ts';

const business: BusinessNumber = {
  wabaId: WABA_ID,
  phoneNumberId: PHONE_NUMBER_ID,
  displayPhoneNumber: DISPLAY_PHONE_NUMBER,
};
const user = { waId: USER_WA_ID, userId: USER_BSUID, name: 'Sheena Nelson' };
const at = 1_750_030_073_456;
const template = { wabaId: WABA_ID, at, templateId: '806312974732579', name: 'order_update', language: 'en_US' };
const referral = {
  source_url: 'https://fb.me/3cr4Wqqkv',
  source_id: '120226305854810726',
  source_type: 'ad',
  ctwa_clid: 'Afc3nYt5',
};

function changesOf(json: WebhookBodyJson): WebhookChange[] {
  const parsed = parseWebhookBody(JSON.parse(JSON.stringify(json)));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parseWebhookChanges(parsed.value).map((located) => located.change);
}

function onlyChange(json: WebhookBodyJson): WebhookChange {
  const [change, ...rest] = changesOf(json);
  if (!change || rest.length > 0) throw new Error('expected exactly one change');
  return change;
}

describe('webhook builders round-trip through the parsers (spec §4)', () => {
  it.each<[string, WebhookBodyJson, WebhookChange['field']]>([
    ['inbound text', inboundTextWebhook({ business, user, messageId: WAMID_IN, text: 'Hi', at }), 'messages'],
    [
      'inbound with referral',
      inboundReferralWebhook({ business, user, messageId: WAMID_IN, text: 'Hi', at, referral }),
      'messages',
    ],
    [
      'sent status',
      statusWebhook({
        business,
        recipient: user,
        messageId: WAMID_OUT,
        status: 'sent',
        at,
        pricing: pmpPricing('utility'),
      }),
      'messages',
    ],
    [
      'failed status',
      statusWebhook({
        business,
        recipient: user,
        messageId: WAMID_OUT,
        status: 'failed',
        at,
        errors: [webhookError(131050, 'User stopped marketing messages')],
      }),
      'messages',
    ],
    ['user preferences', userPreferencesWebhook({ business, user, value: 'stop', at }), 'user_preferences'],
    ['inbound call', inboundCallWebhook({ business, user, callId: 'wacid.HBgLMTY1', at }), 'calls'],
    [
      'template status',
      templateStatusWebhook({ ...template, event: 'PAUSED', otherInfo: { title: 'FIRST_PAUSE' } }),
      'message_template_status_update',
    ],
    [
      'template quality',
      templateQualityWebhook({ ...template, previous: 'GREEN', next: 'YELLOW' }),
      'message_template_quality_update',
    ],
    [
      'phone number quality',
      phoneNumberQualityWebhook({
        wabaId: WABA_ID,
        at,
        displayPhoneNumber: DISPLAY_PHONE_NUMBER,
        event: 'THROUGHPUT_UPGRADE',
      }),
      'phone_number_quality_update',
    ],
    [
      'capability update',
      capabilityUpdateWebhook({
        wabaId: WABA_ID,
        at,
        maxDailyConversationsPerBusiness: 2000,
        maxPhoneNumbersPerWaba: 25,
      }),
      'business_capability_update',
    ],
  ])('%s parses into the %s variant', (_name, json, field) => {
    expect(onlyChange(json).field).toBe(field);
  });

  it('writes message timestamps as Unix-second strings, floored from the epoch ms it was given', () => {
    const change = onlyChange(inboundTextWebhook({ business, user, messageId: WAMID_IN, text: 'Hi', at }));
    expect(change.field === 'messages' && change.value.messages?.[0]?.timestamp).toBe('1750030073');
  });

  it('builds the same body for the same input: no clock, no randomness', () => {
    const build = () => statusWebhook({ business, recipient: user, messageId: WAMID_OUT, status: 'read', at });
    expect(build()).toEqual(build());
  });

  it('omits from and wa_id for a username adopter whose phone is withheld (spec §9)', () => {
    const json = inboundTextWebhook({
      business,
      user: { userId: USER_BSUID, username: '@sheena' },
      messageId: WAMID_IN,
      text: 'Hi',
      at,
    });
    const value = json.entry[0]?.changes[0]?.value;
    expect(value?.messages).toEqual([expect.not.objectContaining({ from: expect.anything() })]);
    expect(value?.contacts).toEqual([{ profile: { username: '@sheena' }, user_id: USER_BSUID }]);
  });

  it('drops contacts and recipient_user_id on a failed status sent to a phone, as Meta does', () => {
    const json = statusWebhook({
      business,
      recipient: user,
      messageId: WAMID_OUT,
      status: 'failed',
      at,
      errors: [webhookError(131049, 'Not delivered')],
    });
    const value = json.entry[0]?.changes[0]?.value;
    expect(value?.contacts).toBeUndefined();
    expect(value?.statuses).toEqual([expect.not.objectContaining({ recipient_user_id: expect.anything() })]);
  });

  it('writes the template id as a JSON number and reads it back as a string', () => {
    const json = templateStatusWebhook({ ...template, event: 'APPROVED', category: 'UTILITY' });
    expect(json.entry[0]?.changes[0]?.value.message_template_id).toBe(806312974732579);
    expect(json.entry[0]?.time).toBe(1750030073);
    const change = onlyChange(json);
    expect(change.field === 'message_template_status_update' && change.value.message_template_id).toBe(
      template.templateId,
    );
  });

  it('writes the user_preferences timestamp as a number, as Meta does', () => {
    const json = userPreferencesWebhook({ business, user, value: 'resume', at });
    expect(json.entry[0]?.changes[0]?.value.user_preferences).toEqual([
      expect.objectContaining({ timestamp: 1750030073, value: 'resume' }),
    ]);
  });

  it('batches several bodies into one, as Meta may', () => {
    const json = batchWebhookBodies(
      inboundTextWebhook({ business, user, messageId: WAMID_IN, text: 'Hi', at }),
      capabilityUpdateWebhook({ wabaId: WABA_ID, at, maxDailyConversationsPerBusiness: -1 }),
    );
    expect(changesOf(json).map((change) => change.field)).toEqual(['messages', 'business_capability_update']);
  });

  it.each([Number.NaN, -1, Number.POSITIVE_INFINITY])('refuses %s as a time', (bad) => {
    expect(() => unixSeconds(bad)).toThrow(RangeError);
  });
});
