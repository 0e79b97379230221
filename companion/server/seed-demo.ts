/**
 * The demo contacts' consent, recorded once (stable ids make a restart a no-op): customers past the lead stage opted
 * in to marketing and utility on the demo store's web form, new leads have not opted in yet, lost deals opted out of
 * marketing, so the demo shows green, amber and red verdicts side by side.
 */
import { DAY } from '../../shared/time/clock.ts';
import { recordConsent } from '../ingest/consent-events.ts';
import type { DemoContact } from '../sandbox/seed-contacts.ts';
import { transaction } from '../store/database.ts';
import type { Store } from '../store/store.ts';

const WORDING =
  'Yes, QBM Demo Store may send me order updates, reminders and offers on WhatsApp. I can reply STOP at any time.';

export function seedDemoConsent(store: Store, contacts: readonly DemoContact[], now: number): void {
  transaction(store.db, () => {
    for (const contact of contacts) {
      const phone = contact.phones[0]?.e164;
      const key = store.contacts.ensure(
        phone ? { phone: phone as never } : { bsuid: contact.bsuid as never },
        contact.name,
        now,
      );
      store.contacts.setTimeZone(key, contact.timeZone, now);
      if (contact.stage === 'Lead') continue;
      const base = {
        contact: key,
        source: 'web_form' as const,
        recordedBy: 'demo-seed',
        evidence: `https://demo.qbm.test/forms/${contact.id}`,
      };
      recordConsent(
        store,
        {
          ...base,
          id: `demo-optin-${contact.id}`,
          action: 'opt_in',
          categories: ['marketing', 'utility'],
          wording: WORDING,
          at: now - 40 * DAY,
        },
        now,
      );
      if (contact.stage === 'Lost') {
        recordConsent(
          store,
          {
            ...base,
            id: `demo-optout-${contact.id}`,
            action: 'opt_out',
            categories: ['marketing'],
            source: 'in_thread',
            wording: 'Please stop sending me offers.',
            at: now - 5 * DAY,
          },
          now,
        );
      }
    }
  });
}
