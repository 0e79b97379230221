/**
 * The contact's recent sends as one list, newest first: messages the companion knows (with their WhatsApp status) and
 * outbox items it has not answered yet. An outbox item is hidden once its message exists, so a send shows once.
 */
import type { MessageStatus } from '../../../shared/contracts/api.ts';
import type { MessageRecord, OutboxItem, OutboxState } from '../../db/records.ts';

interface RowBase {
  id: string;
  /** Template name, or the text's first characters. */
  label: string;
  at: number;
}

export type MessageRow =
  | (RowBase & { kind: 'message'; status: MessageStatus; errorCode: number | null })
  | (RowBase & { kind: 'outbox'; state: OutboxState; lastError?: string; refusals: string[] });

const MAX_ROWS = 20;

function labelOf(message: { template?: { name: string }; text?: string }): string {
  if (message.template) return message.template.name;
  const text = message.text ?? '';
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

export function messageRows(messages: readonly MessageRecord[], outbox: readonly OutboxItem[]): MessageRow[] {
  const settled = new Set(messages.map((message) => message.outboxId).filter(Boolean));
  const rows: MessageRow[] = messages.map((message) => ({
    kind: 'message',
    id: message.id,
    label: labelOf(message),
    at: message.createdAt,
    status: message.status,
    errorCode: message.errorCode,
  }));
  for (const item of outbox) {
    if (item.kind !== 'message' || settled.has(item.id)) continue;
    const result = item.result;
    rows.push({
      kind: 'outbox',
      id: item.id,
      label: labelOf(item.request),
      at: item.createdAt,
      state: item.state,
      ...(item.lastError ? { lastError: item.lastError } : {}),
      refusals: result && 'refused' in result ? result.reasons.map((reason) => reason.message) : [],
    });
  }
  return rows.sort((a, b) => b.at - a.at).slice(0, MAX_ROWS);
}
