/**
 * Meta's error codes become state (spec §5, §7, §11.8), whether they come in a status webhook or as the Graph API's
 * answer to a send: 131050 is an opt-out, 131049 a 24 h marketing cooldown (not an opt-out), 131026 marks the contact
 * undeliverable, 132015/132016 pause or disable the template. Matched on code, never on text.
 */
import { consentEventFromStopError } from '../../shared/consent/from-platform.ts';
import { describeMetaError } from '../../shared/errors/meta-errors.ts';
import { applyTemplateStatusUpdate } from '../../shared/templates/status.ts';
import type { MessageRow } from '../store/messages-repo.ts';
import type { Store } from '../store/store.ts';
import { recordConsent } from './consent-events.ts';
import { feedContact } from './contact-feed.ts';

export function applyErrorEffect(
  store: Store,
  code: number,
  event: { wamid: string; at: number; contact: string; message: MessageRow | undefined },
  now: number,
): void {
  const { effect } = describeMetaError(code);
  switch (effect) {
    case 'marketing_opt_out':
      recordConsent(
        store,
        consentEventFromStopError({
          id: `error-131050:${event.wamid}`,
          contact: event.contact,
          wamid: event.wamid,
          at: event.at,
        }),
        now,
      );
      return;
    case 'marketing_cooldown':
      store.contacts.mark(event.contact, 'last_ecosystem_cap_at', event.at, now);
      feedContact(store, event.contact, `cooldown:${event.wamid}`, event.at);
      return;
    case 'contact_undeliverable':
      store.contacts.mark(event.contact, 'undeliverable_at', event.at, now);
      feedContact(store, event.contact, `undeliverable:${event.wamid}`, event.at);
      return;
    case 'template_paused':
    case 'template_disabled': {
      const name = event.message?.template_name;
      const language = event.message?.template_language;
      const template = name && language ? store.templates.get(name, language) : undefined;
      if (!template) return;
      const updated = applyTemplateStatusUpdate(template, {
        event: effect === 'template_paused' ? 'PAUSED' : 'DISABLED',
        at: event.at,
      });
      if (updated !== template) {
        store.templates.put(updated);
        store.feed.append({
          id: `template:${updated.name}:${updated.language}:${updated.updatedAt}`,
          type: 'template',
          contact: null,
          at: event.at,
          data: updated,
        });
      }
      return;
    }
    default:
      return;
  }
}
