/**
 * Webhook payloads as Meta documents them (webhooks reference and business-scoped user ids pages), for the tests.
 * Ids and numbers are Meta's own examples.
 */
export const WABA_ID = '102290129340398';
export const PHONE_NUMBER_ID = '106540352242922';
export const DISPLAY_PHONE_NUMBER = '15550783881';
export const USER_WA_ID = '16505551234';
export const USER_BSUID = 'US.13491208655302741918';
export const WAMID_IN = 'wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=';
export const WAMID_OUT = 'wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQUFERjg0NDEzNDdFODU3MUMxMAA=';

export const metadata = { display_phone_number: DISPLAY_PHONE_NUMBER, phone_number_id: PHONE_NUMBER_ID };

export function body(...changes: { field: string; value: unknown }[]) {
  return { object: 'whatsapp_business_account', entry: [{ id: WABA_ID, changes }] };
}

export function messagesValue(extra: Record<string, unknown>) {
  return { messaging_product: 'whatsapp', metadata, ...extra };
}

export const inboundText = {
  from: USER_WA_ID,
  from_user_id: USER_BSUID,
  id: WAMID_IN,
  timestamp: '1749416383',
  type: 'text',
  text: { body: 'Does it come in another color?' },
};

export const contact = { profile: { name: 'Sheena Nelson' }, wa_id: USER_WA_ID, user_id: USER_BSUID };

export const deliveredWithPricing = {
  id: WAMID_OUT,
  status: 'delivered',
  timestamp: '1750030073',
  recipient_id: USER_WA_ID,
  recipient_user_id: USER_BSUID,
  pricing: { billable: true, pricing_model: 'PMP', type: 'regular', category: 'marketing' },
};

export const failed131049 = {
  id: WAMID_OUT,
  status: 'failed',
  timestamp: '1750030073',
  recipient_id: USER_WA_ID,
  errors: [
    {
      code: 131049,
      title: 'This message was not delivered to maintain healthy ecosystem engagement.',
      message: 'This message was not delivered to maintain healthy ecosystem engagement.',
      error_data: {
        details: 'In order to maintain a healthy ecosystem engagement, the message failed to be delivered.',
      },
      href: '/documentation/business-messaging/whatsapp/support/error-codes',
    },
  ],
};
