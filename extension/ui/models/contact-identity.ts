/**
 * Which WhatsApp identity the panel works with for the CRM record on screen. Records are stored under the
 * companion's contact key (E.164 phone, else business-scoped user id, spec §9), so the key is derived the same way:
 * the phone the agent picked (by default the first the CRM shows in E.164), else the record's WhatsApp user id.
 */
import type { PageContact } from '../../../shared/contracts/protocol.ts';
import { isBsuid } from '../../../shared/phone/bsuid.ts';

export interface ContactIdentity {
  key: string;
  /** E.164 to send to; null for a contact known only by its user id. */
  phone: string | null;
}

/** Identifies the CRM record itself (not the WhatsApp identity), to reset per-record choices like the phone. */
export function recordIdentity(contact: PageContact): string {
  return `${contact.adapter}:${contact.recordId ?? contact.url}`;
}

export function defaultPhoneIndex(contact: PageContact): number {
  return Math.max(
    0,
    contact.phones.findIndex((phone) => phone.e164),
  );
}

export function identityOf(contact: PageContact, phoneIndex: number): ContactIdentity | undefined {
  const phone = contact.phones[phoneIndex]?.e164;
  if (phone) return { key: phone, phone };
  const userId = contact.fields.whatsapp_user_id?.trim();
  return userId && isBsuid(userId) ? { key: userId, phone: null } : undefined;
}
