import { describe, expect, it } from 'vitest';
import { parseChange, parseWebhookBody, parseWebhookChanges } from './webhook-envelope.ts';
import { body, deliveredWithPricing, inboundText, messagesValue, WABA_ID } from './webhook-fixtures.test-helpers.ts';
import { MAX_REPORTED_ISSUES } from './webhook-issues.ts';

function manyChanges(count: number) {
  return Array.from({ length: count }, () => ({ field: 'messages', value: {} }));
}

describe('webhook envelope (spec §4)', () => {
  it('accepts a WhatsApp Business Account body and keeps fields Meta adds', () => {
    const json = { ...body({ field: 'messages', value: messagesValue({ messages: [inboundText] }) }), extra: 1 };
    const parsed = parseWebhookBody(json);
    expect(parsed.ok && parsed.value.entry[0]?.id).toBe(WABA_ID);
    expect(parsed.ok && parsed.value.extra).toBe(1);
  });

  it('accepts entry.time as Unix seconds (template and account webhooks carry it)', () => {
    const json = { object: 'whatsapp_business_account', entry: [{ id: WABA_ID, time: 1739321024, changes: [] }] };
    expect(parseWebhookBody(json).ok).toBe(true);
  });

  it.each([
    ['another product', { object: 'page', entry: [] }, 'object', 'whatsapp_business_account'],
    ['no entry array', { object: 'whatsapp_business_account' }, 'entry', 'missing'],
    [
      'an entry without WABA id',
      { object: 'whatsapp_business_account', entry: [{ changes: [] }] },
      'entry[0].id',
      'missing',
    ],
    [
      'changes that are not an array',
      { object: 'whatsapp_business_account', entry: [{ id: WABA_ID, changes: {} }] },
      'entry[0].changes',
      'Invalid type',
    ],
    [
      'more than 1,000 entries',
      {
        object: 'whatsapp_business_account',
        entry: Array.from({ length: 1001 }, () => ({ id: WABA_ID, changes: [] })),
      },
      'entry',
      'at most 1000 entries',
    ],
    [
      'more than 1,000 changes in an entry',
      { object: 'whatsapp_business_account', entry: [{ id: WABA_ID, changes: manyChanges(1001) }] },
      'entry[0].changes',
      'at most 1000 changes',
    ],
    ['a change without field name', body({ value: {} } as never), 'entry[0].changes[0].field', 'missing'],
    ['not an object at all', 'hello', '(root)', 'Invalid type'],
  ])('refuses %s, naming where', (_name, json, path, message) => {
    const parsed = parseWebhookBody(json);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.code).toBe('invalid_webhook_body');
    expect(parsed.error.issues[0]?.path).toBe(path);
    expect(parsed.error.issues[0]?.message).toContain(message);
    expect(parsed.error.message).toContain(path);
  });

  it('accepts exactly 1,000 entries and 1,000 changes (the documented batch bound)', () => {
    const json = { object: 'whatsapp_business_account', entry: [{ id: WABA_ID, changes: manyChanges(1000) }] };
    expect(parseWebhookBody(json).ok).toBe(true);
  });

  it('caps the issues it reports so a garbage batch stays small', () => {
    const json = { object: 'whatsapp_business_account', entry: Array.from({ length: 200 }, () => ({})) };
    const parsed = parseWebhookBody(json);
    expect(!parsed.ok && parsed.error.issues.length).toBe(MAX_REPORTED_ISSUES);
  });
});

describe('parseChange: one change at a time, never fatal to the others (spec §4)', () => {
  it('reads an unknown field as the unknown variant, keeping name and value', () => {
    const value = { groups: [{ group_id: 'G1' }] };
    expect(parseChange({ field: 'group_participants_update', value })).toEqual({
      field: 'unknown',
      name: 'group_participants_update',
      value,
    });
  });

  it('reads a known field with a malformed value as invalid, with issues relative to the change', () => {
    const change = parseChange({ field: 'messages', value: messagesValue({ statuses: [{ id: 'wamid.X' }] }) });
    expect(change.field).toBe('invalid');
    if (change.field !== 'invalid') return;
    expect(change.name).toBe('messages');
    expect(change.issues.map((issue) => issue.path)).toEqual([
      'value.statuses[0].status',
      'value.statuses[0].timestamp',
    ]);
  });

  it('reads a known field without value as invalid', () => {
    const change = parseChange({ field: 'account_update' });
    expect(change.field === 'invalid' && change.issues[0]?.path).toBe('value');
  });

  it('locates the issues of a bad change in the body and still reads the good ones beside it', () => {
    const badStatus = { ...deliveredWithPricing, timestamp: '2025-06-16T10:00:00Z' };
    const json = body(
      { field: 'messages', value: messagesValue({ messages: [inboundText] }) },
      { field: 'messages', value: messagesValue({ statuses: [badStatus] }) },
    );
    const parsed = parseWebhookBody(json);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const [good, bad] = parseWebhookChanges(parsed.value);
    expect(good?.change.field).toBe('messages');
    expect(good?.wabaId).toBe(WABA_ID);
    expect(bad?.path).toBe('entry[0].changes[1]');
    expect(bad?.change.field === 'invalid' && bad.change.issues).toEqual([
      {
        path: 'entry[0].changes[1].value.statuses[0].timestamp',
        message: 'expected Unix seconds as a string of digits, e.g. "1750030073", not "2025-06-16T10:00:00Z"',
      },
    ]);
  });
});
