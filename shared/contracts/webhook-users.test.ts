import { describe, expect, it } from 'vitest';
import { isUserInitiatedCall } from './webhook-calls.ts';
import { timestampMs } from './webhook-common.ts';
import { type KnownWebhookField, parseChange, type WebhookChangeOf } from './webhook-envelope.ts';
import { contact, metadata, USER_BSUID, USER_WA_ID } from './webhook-fixtures.test-helpers.ts';

function known<K extends KnownWebhookField>(field: K, value: unknown): WebhookChangeOf<K> {
  const change = parseChange({ field, value });
  if (change.field !== field) throw new Error(JSON.stringify(change));
  return change as WebhookChangeOf<K>;
}

const stop = {
  wa_id: USER_WA_ID,
  user_id: USER_BSUID,
  detail: 'User requested to stop marketing messages',
  category: 'marketing_messages',
  value: 'stop',
  timestamp: 1729610285,
};

describe('user_preferences: the in-app marketing opt-out (spec §7)', () => {
  it("reads Meta's stop with its numeric timestamp", () => {
    const value = { messaging_product: 'whatsapp', metadata, contacts: [contact], user_preferences: [stop] };
    const preference = known('user_preferences', value).value.user_preferences[0];
    expect(preference?.value).toBe('stop');
    expect(preference && timestampMs(preference.timestamp)).toBe(1_729_610_285_000);
  });

  it('reads a resume keyed only by BSUID, with the timestamp as a digit string (spec §9)', () => {
    const { wa_id: _phone, ...bsuidOnly } = stop;
    const value = {
      messaging_product: 'whatsapp',
      metadata,
      user_preferences: [{ ...bsuidOnly, value: 'resume', timestamp: '1729610285' }],
    };
    const preference = known('user_preferences', value).value.user_preferences[0];
    expect(preference?.wa_id).toBeUndefined();
    expect(preference?.user_id).toBe(USER_BSUID);
  });

  it('refuses a preference without value: an opt-out must never be guessed', () => {
    const { value: _value, ...noValue } = stop;
    const change = parseChange({
      field: 'user_preferences',
      value: { messaging_product: 'whatsapp', metadata, user_preferences: [noValue] },
    });
    expect(change.field === 'invalid' && change.issues[0]?.path).toBe('value.user_preferences[0].value');
  });
});

describe('user_id_update: a BSUID changed (spec §9)', () => {
  it('reads the previous and current BSUID', () => {
    const update = {
      wa_id: USER_WA_ID,
      detail: 'User id for Sheena Nelson has been updated.',
      user_id: { previous: USER_BSUID, current: 'US.99991208655302741918' },
      timestamp: '1750030073',
    };
    const value = { messaging_product: 'whatsapp', metadata, contacts: [contact], user_id_update: [update] };
    expect(known('user_id_update', value).value.user_id_update[0]?.user_id.current).toBe('US.99991208655302741918');
  });
});

describe('calls: a user call opens the window like a message (spec §1)', () => {
  const connect = {
    session: { sdp_type: 'offer', sdp: 'v=0' },
    from: USER_WA_ID,
    from_user_id: USER_BSUID,
    id: 'wacid.HBgLMTY1MDM4Nzk0MzkVAgARGCI',
    to: '15550783881',
    event: 'connect',
    timestamp: '1750030073',
    direction: 'USER_INITIATED',
  };

  it('reads a user-initiated connect as a window-opening call', () => {
    const value = { messaging_product: 'whatsapp', metadata, contacts: [contact], calls: [connect] };
    const call = known('calls', value).value.calls?.[0];
    expect(call && isUserInitiatedCall(call)).toBe(true);
  });

  it('does not count a business-initiated call or a terminate as the user calling', () => {
    const outgoing = { ...connect, direction: 'BUSINESS_INITIATED', from: '15550783881', to: USER_WA_ID };
    const ended = {
      ...connect,
      event: 'terminate',
      status: 'COMPLETED',
      duration: 33,
      start_time: '1750030073',
      end_time: '1750030106',
    };
    const calls =
      known('calls', { messaging_product: 'whatsapp', metadata, calls: [outgoing, ended] }).value.calls ?? [];
    expect(calls.map(isUserInitiatedCall)).toEqual([false, false]);
  });

  it('reads the statuses of a business-initiated call', () => {
    const ringing = {
      id: connect.id,
      type: 'call',
      status: 'RINGING',
      timestamp: '1750030073',
      recipient_id: USER_WA_ID,
    };
    const value = { messaging_product: 'whatsapp', metadata, statuses: [ringing] };
    expect(known('calls', value).value.statuses?.[0]?.status).toBe('RINGING');
  });
});
