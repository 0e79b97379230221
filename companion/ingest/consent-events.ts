/** Consent events born from webhooks (keywords, user_preferences, 131050): appended once and published to the feed. */
import type { ConsentEvent } from '../../shared/consent/events.ts';
import type { Store } from '../store/store.ts';

export function recordConsent(store: Store, event: ConsentEvent, now: number): boolean {
  const fresh = store.consent.append(event, now);
  if (fresh)
    store.feed.append({
      id: `consent:${event.id}`,
      type: 'consent',
      contact: event.contact,
      at: event.at,
      data: event,
    });
  return fresh;
}
