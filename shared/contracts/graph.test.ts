import { describe, expect, it } from 'vitest';
import { parseGraphError, parseSendMessageResponse, parseWebhookVerificationQuery } from './graph.ts';

const wamid = 'wamid.HBgLMTY0NjcwNDM1OTUVAgARGBI1RjQyNUE3NEYxMzAzMzQ5MkEA';

describe('send message response: accepted, not delivered (spec §5, §11.6)', () => {
  it.each([
    ['to a phone', { input: '+16505551234', wa_id: '16505551234' }, undefined],
    [
      'to a BSUID, without wa_id (spec §9)',
      { input: 'US.13491208655302741918', user_id: 'US.13491208655302741918' },
      'accepted',
    ],
    ['a paced template', { input: '+16505551234', wa_id: '16505551234' }, 'held_for_quality_assessment'],
  ])('reads a send %s', (_name, contact, messageStatus) => {
    const json = {
      messaging_product: 'whatsapp',
      contacts: [contact],
      messages: [{ id: wamid, message_status: messageStatus }],
    };
    const parsed = parseSendMessageResponse(json);
    expect(parsed.ok && parsed.value.messages[0]).toEqual({ id: wamid, message_status: messageStatus });
  });

  it('refuses a response without a message id, the key of every later status', () => {
    const parsed = parseSendMessageResponse({ messaging_product: 'whatsapp', contacts: [], messages: [] });
    expect(!parsed.ok && parsed.error).toMatchObject({
      code: 'invalid_send_response',
      issues: [{ path: 'messages', message: 'a send response names the accepted message id in messages[0].id' }],
    });
  });
});

describe('Graph API error body: match on code (spec §5)', () => {
  it('reads a re-engagement error with its details', () => {
    const json = {
      error: {
        message: '(#131047) Re-engagement message',
        type: 'OAuthException',
        code: 131047,
        error_data: {
          messaging_product: 'whatsapp',
          details: 'Message failed to send because more than 24 hours have passed since the customer last replied.',
        },
        fbtrace_id: 'Az8or2yhqkZfEZ-_4Qn_Bam',
      },
    };
    const parsed = parseGraphError(json);
    expect(parsed.ok && parsed.value.error.code).toBe(131047);
  });

  it('reads a rate limit with its subcode', () => {
    const json = { error: { message: 'Rate limit hit', type: 'OAuthException', code: 130429, error_subcode: 2494055 } };
    expect(parseGraphError(json).ok).toBe(true);
  });

  it.each([
    ['an HTML error page', '<html>502 Bad Gateway</html>', '(root)'],
    ['an error without code', { error: { message: 'x', type: 'OAuthException' } }, 'error.code'],
    ['a code as a string', { error: { message: 'x', type: 'OAuthException', code: '131047' } }, 'error.code'],
  ])('refuses %s, naming where', (_name, json, path) => {
    const parsed = parseGraphError(json);
    expect(!parsed.ok && parsed.error.issues[0]?.path).toBe(path);
  });
});

describe('webhook verification query (spec §4 WHEP)', () => {
  const query = { 'hub.mode': 'subscribe', 'hub.verify_token': 'my-verify-token', 'hub.challenge': '1158201444' };

  it('reads the subscribe handshake', () => {
    const parsed = parseWebhookVerificationQuery(query);
    expect(parsed.ok && parsed.value['hub.challenge']).toBe('1158201444');
  });

  it.each([
    ['another mode', { ...query, 'hub.mode': 'unsubscribe' }, 'hub.mode'],
    ['no challenge', { ...query, 'hub.challenge': undefined }, 'hub.challenge'],
    ['an empty challenge', { ...query, 'hub.challenge': '' }, 'hub.challenge'],
    ['a repeated token', { ...query, 'hub.verify_token': ['a', 'b'] }, 'hub.verify_token'],
  ])('refuses %s (the caller answers 403)', (_name, input, path) => {
    const parsed = parseWebhookVerificationQuery(input);
    expect(!parsed.ok && parsed.error.issues[0]?.path).toBe(path);
  });
});
