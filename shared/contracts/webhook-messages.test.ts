import { describe, expect, it } from 'vitest';
import { parseChange, type WebhookChange, type WebhookChangeOf } from './webhook-envelope.ts';
import {
  contact,
  deliveredWithPricing,
  failed131049,
  inboundText,
  messagesValue,
  USER_BSUID,
  WAMID_IN,
} from './webhook-fixtures.test-helpers.ts';
import { isMessageOfType, isUnknownMessage, type WebhookInboundMessage } from './webhook-messages.ts';

function messagesChange(extra: Record<string, unknown>): WebhookChangeOf<'messages'> {
  const change: WebhookChange = parseChange({ field: 'messages', value: messagesValue(extra) });
  if (change.field !== 'messages') throw new Error(JSON.stringify(change));
  return change;
}

function onlyMessage(message: Record<string, unknown>): WebhookInboundMessage {
  const parsed = messagesChange({ messages: [message] }).value.messages?.[0];
  if (!parsed) throw new Error('no message');
  return parsed;
}

describe('inbound messages (spec §1: any inbound message opens the window at its timestamp)', () => {
  it("reads Meta's documented text message with its timestamp and sender", () => {
    const change = messagesChange({ contacts: [contact], messages: [inboundText] });
    const message = change.value.messages?.[0];
    expect(message?.timestamp).toBe('1749416383');
    expect(message?.from).toBe('16505551234');
    expect(change.value.contacts?.[0]?.profile?.name).toBe('Sheena Nelson');
    expect(message && isMessageOfType(message, 'text') && message.text.body).toBe('Does it come in another color?');
  });

  it('reads a username adopter whose phone is withheld: no from, no wa_id, only the BSUID (spec §9)', () => {
    const { from: _from, ...withoutPhone } = inboundText;
    const change = messagesChange({
      contacts: [{ profile: { name: 'Sheena Nelson', username: '@realsheenanelson' }, user_id: USER_BSUID }],
      messages: [withoutPhone],
    });
    expect(change.value.messages?.[0]?.from).toBeUndefined();
    expect(change.value.messages?.[0]?.from_user_id).toBe(USER_BSUID);
    expect(change.value.contacts?.[0]?.wa_id).toBeUndefined();
  });

  it('accepts an empty from and wa_id as some senders write them for username adopters (spec §9)', () => {
    const change = messagesChange({ contacts: [{ ...contact, wa_id: '' }], messages: [{ ...inboundText, from: '' }] });
    expect(change.value.messages?.[0]?.from).toBe('');
  });

  it('reads a Click-to-WhatsApp referral, the free entry point marker (spec §1 FEP)', () => {
    const referral = {
      source_url: 'https://fb.me/3cr4Wqqkv',
      source_id: '120226305854810726',
      source_type: 'ad',
      headline: 'Chat with us',
      body: 'Free shipping on all orders',
      media_type: 'image',
      image_url: 'https://scontent.xx.fbcdn.net/v/t45.1600-4/1.png',
      ctwa_clid: 'Afc3nYt5TTCXxAMRaDNJ',
    };
    expect(onlyMessage({ ...inboundText, referral }).referral).toEqual(referral);
  });

  it.each([
    ['button', { button: { payload: 'STOP_PROMOTIONS', text: 'Stop promotions' } }],
    ['interactive', { interactive: { type: 'button_reply', button_reply: { id: 'yes', title: 'Yes' } } }],
    ['image', { image: { id: '1003383421387256', mime_type: 'image/jpeg', sha256: 'abc', caption: 'Here' } }],
    ['reaction', { reaction: { message_id: 'wamid.OUT', emoji: '👍' } }],
    ['location', { location: { latitude: 37.4848, longitude: -122.1482, name: 'Meta HQ' } }],
    ['contacts', { contacts: [{ name: { formatted_name: 'Pablo' }, phones: [{ phone: '+1 650 555 1234' }] }] }],
    ['system', { system: { body: 'User changed number', type: 'user_changed_number', wa_id: '16505550000' } }],
    ['request_welcome', {}],
  ])('recognises the %s type with its payload', (type, payload) => {
    const message = onlyMessage({ ...inboundText, text: undefined, type, ...payload });
    expect(message.type).toBe(type);
    expect(isUnknownMessage(message)).toBe(false);
  });

  it.each(['unsupported', 'unknown', 'a_type_meta_adds_next_year'])(
    'reads the %s type as the unknown variant with its payload kept, never failing the body',
    (type) => {
      const message = onlyMessage({ ...inboundText, text: undefined, type, [type]: { kept: true } });
      expect(isUnknownMessage(message)).toBe(true);
      expect(message[type]).toEqual({ kept: true });
    },
  );

  it.each([
    ['a text message without body', { text: {} }, 'value.messages[0].text.body'],
    ['a timestamp in ISO form', { timestamp: '2025-06-08T21:39:43Z' }, 'value.messages[0].timestamp'],
    ['a timestamp in milliseconds as a number', { timestamp: 1749416383000 }, 'value.messages[0].timestamp'],
    ['a message without id', { id: undefined }, 'value.messages[0].id'],
    ['a message without type', { type: undefined }, 'value.messages[0].type'],
  ])('reports %s at its path', (_name, patch, path) => {
    const change = parseChange({
      field: 'messages',
      value: messagesValue({ messages: [{ ...inboundText, ...patch }] }),
    });
    expect(change.field === 'invalid' && change.issues.map((issue) => issue.path)).toContain(path);
  });
});

describe('statuses (spec §1 pricing, §4, §5)', () => {
  it('reads a delivered status with its per-message pricing', () => {
    const status = messagesChange({ contacts: [contact], statuses: [deliveredWithPricing] }).value.statuses?.[0];
    expect(status?.status).toBe('delivered');
    expect(status?.pricing).toEqual({ billable: true, pricing_model: 'PMP', type: 'regular', category: 'marketing' });
  });

  it('reads a failed status with its error code, the thing to match on (spec §5)', () => {
    const status = messagesChange({ statuses: [failed131049] }).value.statuses?.[0];
    expect(status?.errors?.[0]?.code).toBe(131049);
    expect(status?.errors?.[0]?.error_data?.details).toContain('healthy ecosystem');
  });

  it('reads a free entry point status with its conversation (still sent for FEP after v24)', () => {
    const fep = {
      ...deliveredWithPricing,
      conversation: {
        id: 'CONVERSATION_ID',
        expiration_timestamp: '1750116473',
        origin: { type: 'referral_conversion' },
      },
      pricing: { billable: false, pricing_model: 'PMP', type: 'free_entry_point', category: 'referral_conversion' },
    };
    const status = messagesChange({ statuses: [fep] }).value.statuses?.[0];
    expect(status?.conversation?.origin?.type).toBe('referral_conversion');
    expect(status?.pricing?.type).toBe('free_entry_point');
  });

  it('keeps an unknown status string and unknown fields instead of dropping the webhook', () => {
    const status = { ...deliveredWithPricing, status: 'held', recipient_logical_id: '42' };
    const parsed = messagesChange({ statuses: [status] }).value.statuses?.[0];
    expect(parsed?.status).toBe('held');
    expect(parsed?.recipient_logical_id).toBe('42');
  });

  it('reads a status for a message sent to a BSUID: no recipient_id (spec §9)', () => {
    const { recipient_id: _omitted, ...toBsuid } = deliveredWithPricing;
    const status = messagesChange({ statuses: [toBsuid] }).value.statuses?.[0];
    expect(status?.recipient_user_id).toBe(USER_BSUID);
    expect(status?.id).not.toBe(WAMID_IN);
  });

  it('refuses a pricing object without category (the billing decision needs it)', () => {
    const status = { ...deliveredWithPricing, pricing: { pricing_model: 'PMP' } };
    const change = parseChange({ field: 'messages', value: messagesValue({ statuses: [status] }) });
    expect(change.field === 'invalid' && change.issues[0]?.path).toBe('value.statuses[0].pricing.category');
  });
});
