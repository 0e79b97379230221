/**
 * Applies companion feed events to IndexedDB. Events carry stable ids and snapshots with max semantics, so applying
 * a page twice, or pages that overlap, leaves the same state. Malformed events are skipped, never fatal.
 */
import * as v from 'valibot';
import { validateStoredConsentEvent } from '../../shared/consent/event-schema.ts';
import { type FeedEvent, MESSAGE_STATUSES, type MessageStatus } from '../../shared/contracts/api.ts';
import { type ContactSnapshot, ContactSnapshotSchema } from '../../shared/contracts/snapshot.ts';
import type { NumberHealth } from '../../shared/health/number-health.ts';
import { statusRank } from '../../shared/messages/status.ts';
import type { Template } from '../../shared/templates/model.ts';
import type { AppDB } from '../db/app-db.ts';
import { historyMessage } from '../db/contact-history.ts';
import type { ContactRecord, MessageRecord } from '../db/records.ts';
import { storedContact } from './stored-contact.ts';

const MessageData = v.looseObject({
  id: v.string(),
  wamid: v.nullable(v.string()),
  status: v.string(),
  errorCode: v.nullable(v.number()),
  template: v.optional(v.nullable(v.object({ name: v.string(), language: v.nullable(v.string()) }))),
  businessInitiated: v.optional(v.boolean()),
  createdAt: v.optional(v.number()),
});

function maxOf(a: number | null, b: number | null): number | null {
  return a === null ? b : b === null ? a : Math.max(a, b);
}

/** Instants only move forward, so an old snapshot applied after a newer one changes nothing. */
export function mergeContact(stored: ContactRecord | undefined, incoming: ContactSnapshot, now: number): ContactRecord {
  return stored
    ? {
        ...stored,
        phone: incoming.phone ?? stored.phone,
        bsuid: incoming.bsuid ?? stored.bsuid,
        name: incoming.name ?? stored.name,
        lastInboundAt: maxOf(stored.lastInboundAt, incoming.lastInboundAt),
        lastReferralAt: maxOf(stored.lastReferralAt, incoming.lastReferralAt),
        freeEntryPointStartedAt: incoming.freeEntryPointStartedAt ?? stored.freeEntryPointStartedAt,
        lastOutboundAt: maxOf(stored.lastOutboundAt, incoming.lastOutboundAt),
        lastEcosystemCapAt: maxOf(stored.lastEcosystemCapAt, incoming.lastEcosystemCapAt),
        undeliverableAt: maxOf(stored.undeliverableAt, incoming.undeliverableAt),
        syncedAt: now,
      }
    : { ...incoming, syncedAt: now };
}

export interface IncomingMessage {
  id: string;
  wamid: string | null;
  status: string;
  errorCode: number | null;
  template?: { name: string; language: string | null } | null | undefined;
  text?: string | undefined;
  businessInitiated?: boolean | undefined;
  createdAt?: number | undefined;
}

/**
 * The furthest status wins, as in the companion: duplicated and reordered events give the same answer. What this
 * browser knows and the companion does not say (the outbox item that sent it, the text typed) is kept.
 */
export function mergeMessage(
  stored: MessageRecord | undefined,
  data: IncomingMessage,
  contact: string,
  at: number,
  now: number,
): MessageRecord {
  const incoming = (MESSAGE_STATUSES as readonly string[]).includes(data.status)
    ? (data.status as MessageStatus)
    : 'pending';
  const current = stored?.status ?? 'pending';
  const status = statusRank(incoming) > statusRank(current) ? incoming : current;
  const record: MessageRecord = {
    ...stored,
    id: data.id,
    wamid: data.wamid ?? stored?.wamid ?? null,
    contact,
    status,
    errorCode: data.errorCode ?? stored?.errorCode ?? null,
    createdAt: stored?.createdAt ?? data.createdAt ?? at,
    updatedAt: now,
  };
  if (data.template?.language) record.template = { name: data.template.name, language: data.template.language };
  if (data.text !== undefined && record.text === undefined) record.text = data.text;
  if (data.businessInitiated !== undefined) record.businessInitiated = data.businessInitiated;
  return record;
}

export async function applyFeedEvents(db: AppDB, events: readonly FeedEvent[], now: number): Promise<number> {
  let applied = 0;
  for (const event of events) {
    if (await applyOne(db, event, now)) applied++;
  }
  return applied;
}

async function applyOne(db: AppDB, event: FeedEvent, now: number): Promise<boolean> {
  switch (event.type) {
    case 'contact': {
      const parsed = v.safeParse(ContactSnapshotSchema, event.data);
      if (!parsed.success) return false;
      const incoming = parsed.output;
      // Its first own row starts from its copy in a chunk of the first sync, history included.
      const merged = mergeContact(await storedContact(db, incoming.key), incoming, now);
      await db.contacts.put(merged);
      return true;
    }
    case 'consent': {
      const parsed = validateStoredConsentEvent(event.data);
      if (!parsed.ok) return false;
      await db.consentEvents.put(parsed.value);
      return true;
    }
    case 'message': {
      const parsed = v.safeParse(MessageData, event.data);
      if (!parsed.success || !event.contact) return false;
      const data = parsed.output;
      // Not in the table yet: start from the snapshot's copy in the contact's history, which knows its template and date.
      const stored =
        (await db.messages.get(data.id)) ?? historyMessage(await storedContact(db, event.contact), data.id);
      const record = mergeMessage(stored, data, event.contact, event.at, now);
      await db.messages.put(record);
      return true;
    }
    case 'template': {
      const template = event.data as Template;
      if (typeof template?.name !== 'string' || typeof template.language !== 'string') return false;
      const stored = await db.templates.get([template.name, template.language]);
      if (!stored || stored.updatedAt <= template.updatedAt) await db.templates.put(template);
      return true;
    }
    case 'number': {
      const health = event.data as NumberHealth;
      if (typeof health?.phoneNumberId !== 'string') return false;
      const stored = await db.number.get('current');
      if (!stored?.health || stored.health.updatedAt <= health.updatedAt) {
        await db.number.put({
          key: 'current',
          health,
          view: stored?.view ?? null,
          fetchedAt: stored?.fetchedAt ?? now,
        });
      }
      return true;
    }
  }
}
