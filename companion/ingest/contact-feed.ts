/** The contact snapshot the extension syncs: identity plus the instants its window, FEP and cooldowns derive from. */
import type { Store } from '../store/store.ts';

export function contactSnapshot(store: Store, key: string) {
  const row = store.contacts.get(key);
  if (!row) return undefined;
  return {
    key: row.key,
    phone: row.phone,
    bsuid: row.bsuid,
    name: row.name,
    lastInboundAt: row.last_inbound_at,
    lastReferralAt: row.last_referral_at,
    freeEntryPointStartedAt: row.fep_started_at,
    lastOutboundAt: row.last_outbound_at,
    lastEcosystemCapAt: row.last_ecosystem_cap_at,
    undeliverableAt: row.undeliverable_at,
  };
}

export type ContactSnapshot = NonNullable<ReturnType<typeof contactSnapshot>>;

/** Appends the contact's current snapshot under a stable id, so a replayed webhook adds nothing. */
export function feedContact(store: Store, key: string, eventId: string, at: number): void {
  const snapshot = contactSnapshot(store, key);
  if (snapshot) store.feed.append({ id: eventId, type: 'contact', contact: key, at, data: snapshot });
}
