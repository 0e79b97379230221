import { describe, expect, it } from 'vitest';
import type { MessageRecord, OutboxItem } from '../../db/records.ts';
import { MARINA } from './fixtures.test-helpers.ts';
import { messageRows } from './message-rows.ts';

const message = (id: string, at: number, extra: Partial<MessageRecord> = {}): MessageRecord => ({
  id,
  wamid: null,
  contact: MARINA,
  status: 'delivered',
  errorCode: null,
  text: 'Your order shipped',
  createdAt: at,
  updatedAt: at,
  ...extra,
});

const outbox = (id: string, at: number, extra: Partial<OutboxItem> = {}): OutboxItem =>
  ({
    id,
    kind: 'message',
    request: { to: MARINA, template: { name: 'order_update', language: 'en_US', params: {} } },
    state: 'pending',
    attempts: 1,
    nextAttemptAt: at,
    createdAt: at,
    updatedAt: at,
    ...extra,
  }) as OutboxItem;

describe('the contact’s sends as one list', () => {
  it('lists messages and unsettled outbox items, newest first', () => {
    const rows = messageRows([message('m1', 10)], [outbox('o1', 20, { lastError: 'fetch failed' })]);
    expect(rows.map((row) => [row.kind, row.id, row.label])).toEqual([
      ['outbox', 'o1', 'order_update'],
      ['message', 'm1', 'Your order shipped'],
    ]);
  });

  it('shows a send once: the outbox item disappears when its message exists', () => {
    const rows = messageRows([message('m1', 10, { outboxId: 'o1' })], [outbox('o1', 9, { state: 'accepted' })]);
    expect(rows.map((row) => row.id)).toEqual(['m1']);
  });

  it('carries the companion’s refusal reasons', () => {
    const refused = outbox('o2', 5, {
      state: 'refused',
      result: { refused: true, reasons: [{ code: 'x', message: 'No.' }] },
    });
    expect(messageRows([], [refused])[0]).toMatchObject({ state: 'refused', refusals: ['No.'] });
  });
});
