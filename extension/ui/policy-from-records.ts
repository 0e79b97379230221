/**
 * Builds the shared policy's state from what IndexedDB holds, so the panel and the quick-send buttons decide with
 * the same decide() the companion's gate runs. The local copy can lag the companion (the panel shows its age); the
 * gate has the last word on every send.
 */
import { deriveConsent } from '../../shared/consent/state.ts';
import type { LimitUsage } from '../../shared/limits/ledger.ts';
import type { PolicyState } from '../../shared/policy/decide.ts';
import type { PolicySettings } from '../../shared/policy/settings.ts';
import type { ConsentRecord, ContactRecord, MessageRecord, NumberRecord } from '../db/records.ts';

export interface ContactRecords {
  key: string;
  phone: string | null;
  contact: ContactRecord | undefined;
  consent: readonly ConsentRecord[];
  messages: readonly MessageRecord[];
  number: NumberRecord | undefined;
  /** The CRM's time zone for the contact, when the page shows one. */
  timeZone?: string;
}

function usageOf(number: NumberRecord | undefined): LimitUsage {
  const limit = number?.view?.messagingLimit;
  if (!limit) return { tier: 'TIER_NOT_SET', limit: 250, used: 0, remaining: 250 };
  const usage: LimitUsage = { tier: limit.tier, limit: limit.limit, used: limit.used, remaining: limit.remaining };
  if (limit.nextSlotFreesAt !== null) usage.nextSlotFreesAt = limit.nextSlotFreesAt;
  return usage;
}

export function policyStateFrom(records: ContactRecords, settings: PolicySettings, now: number): PolicyState {
  const contact = records.contact;
  const state: PolicyState = {
    contact: {
      key: records.key,
      ...(records.phone ? { phone: records.phone } : {}),
      ...(records.timeZone ? { timeZone: records.timeZone } : {}),
    },
    consent: deriveConsent(records.consent),
    window: {
      ...(contact?.lastInboundAt != null ? { lastInboundAt: contact.lastInboundAt } : {}),
      ...(contact?.lastReferralAt != null ? { lastReferralAt: contact.lastReferralAt } : {}),
      ...(contact?.freeEntryPointStartedAt != null ? { freeEntryPointStartedAt: contact.freeEntryPointStartedAt } : {}),
    },
    // Whether this recipient is already counted is only known to the companion: assume a new slot (the safe side).
    limit: { usage: usageOf(records.number), recipientCounted: false },
    recentBusinessInitiated: records.messages
      .filter(
        (m) =>
          m.businessInitiated === true && m.status !== 'failed' && m.createdAt > now - settings.frequencyCap.periodMs,
      )
      .map((m) => m.createdAt),
    settings,
  };
  if (records.number?.health) state.number = records.number.health;
  if (contact?.lastEcosystemCapAt != null) state.lastEcosystemCapAt = contact.lastEcosystemCapAt;
  return state;
}
