/**
 * A contact's consent events and messages as the panel and the quick verdicts read them: the rows of the
 * consentEvents and messages tables (written by the feed and the outbox) joined with the history the first sync's
 * snapshot embedded in the contact row. One row per contact is what lets a fresh extension load 100,000 contacts in
 * seconds (IndexedDB pays per row written); the feed's rows are newer, so a message in both is taken from the table.
 */
import type { ConsentRecord, ContactRecord, MessageRecord } from './records.ts';

export function withHistory(
  contact: ContactRecord | undefined,
  consent: readonly ConsentRecord[],
  messages: readonly MessageRecord[],
): { consent: ConsentRecord[]; messages: MessageRecord[] } {
  const history = contact?.history;
  if (!history) return { consent: [...consent], messages: [...messages] };
  const consentIds = new Set(consent.map((event) => event.id));
  const messageIds = new Set(messages.map((message) => message.id));
  return {
    consent: [...consent, ...history.consent.filter((event) => !consentIds.has(event.id))],
    messages: [...messages, ...history.messages.filter((message) => !messageIds.has(message.id))],
  };
}

/** The snapshot's copy of one message, for a feed event that updates it before any table row exists. */
export function historyMessage(contact: ContactRecord | undefined, id: string): MessageRecord | undefined {
  return contact?.history?.messages.find((message) => message.id === id);
}
