/** The contact snapshot the extension syncs: identity plus the instants its window, FEP and cooldowns derive from. */
import type { ContactSnapshot } from '../../shared/contracts/snapshot.ts';
import { contactSnapshotOf } from '../store/contacts-repo.ts';
import type { Store } from '../store/store.ts';

export function contactSnapshot(store: Store, key: string): ContactSnapshot | undefined {
  const row = store.contacts.get(key);
  return row ? contactSnapshotOf(row) : undefined;
}

/** Appends the contact's current snapshot under a stable id, so a replayed webhook adds nothing. */
export function feedContact(store: Store, key: string, eventId: string, at: number): void {
  const snapshot = contactSnapshot(store, key);
  if (snapshot) store.feed.append({ id: eventId, type: 'contact', contact: key, at, data: snapshot });
}
