/**
 * Everything the shared send policy needs about one contact, read from the store at one instant. The gate calls this
 * inside its transaction, so the state it decides on is the state it reserves against.
 */
import { deriveConsent } from '../../shared/consent/state.ts';
import type { PolicyState } from '../../shared/policy/decide.ts';
import type { PolicySettings } from '../../shared/policy/settings.ts';
import type { Template } from '../../shared/templates/model.ts';
import type { ContactRow } from '../store/contacts-repo.ts';
import type { Store } from '../store/store.ts';

export interface GateScope {
  phoneNumberId: string;
  /** The business portfolio whose messaging limit all its numbers share (spec §2). */
  portfolioId: string;
  settings: PolicySettings;
}

export function loadPolicyState(
  store: Store,
  contact: ContactRow | { key: string; phone: string | null; bsuid: string | null },
  template: Template | undefined,
  scope: GateScope,
  now: number,
): PolicyState {
  const row = 'last_inbound_at' in contact ? contact : undefined;
  const health = store.numbers.get(scope.phoneNumberId);
  const usage = store.ledger.usage(scope.portfolioId, health?.tier ?? 'TIER_NOT_SET', now);
  const state: PolicyState = {
    contact: {
      key: contact.key,
      ...(contact.phone ? { phone: contact.phone } : {}),
      ...(row?.time_zone ? { timeZone: row.time_zone } : {}),
    },
    consent: deriveConsent(store.consent.ofContact(contact.key)),
    window: {
      ...(row?.last_inbound_at != null ? { lastInboundAt: row.last_inbound_at } : {}),
      ...(row?.last_referral_at != null ? { lastReferralAt: row.last_referral_at } : {}),
      ...(row?.fep_started_at != null ? { freeEntryPointStartedAt: row.fep_started_at } : {}),
    },
    limit: { usage, recipientCounted: store.ledger.isCounted(scope.portfolioId, contact.key, now) },
    recentBusinessInitiated: store.messages.recentBusinessInitiated(
      contact.key,
      now - scope.settings.frequencyCap.periodMs,
    ),
    settings: scope.settings,
  };
  if (template) state.template = template;
  if (health) state.number = health;
  if (row?.last_ecosystem_cap_at != null) state.lastEcosystemCapAt = row.last_ecosystem_cap_at;
  return state;
}
