/** Builders for policy and suggestion tests: a contact, its consent, templates and a healthy number. */
import type { ConsentCategory } from '../categories.ts';
import type { ConsentEvent } from '../consent/events.ts';
import { deriveConsent } from '../consent/state.ts';
import type { NumberHealth } from '../health/number-health.ts';
import { limitUsage } from '../limits/ledger.ts';
import type { Template } from '../templates/model.ts';
import { fixedClock, HOUR } from '../time/clock.ts';
import type { PolicyState } from './decide.ts';
import { DEFAULT_POLICY_SETTINGS } from './settings.ts';

/** Wednesday 2026-11-25 15:00 UTC: 12:00 in São Paulo, outside quiet hours there. */
export const NOW = Date.UTC(2026, 10, 25, 15, 0, 0);
export const clock = fixedClock(NOW);
export const BR_PHONE = '+5511987654321';
export const US_PHONE = '+16505551234';

export function optIn(
  categories: ConsentCategory[],
  at = NOW - 30 * 24 * HOUR,
  id = `in-${categories.join('-')}-${at}`,
): ConsentEvent {
  return {
    id,
    contact: BR_PHONE,
    action: 'opt_in',
    categories,
    source: 'web_form',
    wording: 'Yes, ACME may send me offers and order updates on WhatsApp.',
    at,
    recordedBy: 'agent@acme.test',
    evidence: 'https://acme.test/forms/123',
  };
}

export function optOut(
  categories: ConsentCategory[],
  at = NOW - HOUR,
  id = `out-${categories.join('-')}-${at}`,
): ConsentEvent {
  return {
    ...optIn(categories, at, id),
    action: 'opt_out',
    source: 'keyword',
    wording: 'STOP',
    recordedBy: 'system:keyword',
  };
}

export function template(overrides: Partial<Template> = {}): Template {
  return {
    id: '1001',
    name: 'order_update',
    language: 'pt_BR',
    category: 'UTILITY',
    status: 'APPROVED',
    quality: 'GREEN',
    parameterFormat: 'positional',
    components: [{ type: 'BODY', text: 'Olá {{1}}, seu pedido {{2}} foi enviado.' }],
    pauses: [],
    updatedAt: NOW - 10 * 24 * HOUR,
    ...overrides,
  };
}

export function healthyNumber(overrides: Partial<NumberHealth> = {}): NumberHealth {
  return {
    phoneNumberId: '106540352242922',
    displayPhoneNumber: '+55 11 4000-0000',
    qualityRating: 'GREEN',
    status: 'CONNECTED',
    healthStatus: 'AVAILABLE',
    healthEntities: [],
    throughput: 'STANDARD',
    tier: 'TIER_2K',
    restrictions: [],
    updatedAt: NOW - HOUR,
    ...overrides,
  };
}

export function policyState(overrides: Partial<PolicyState> & { events?: ConsentEvent[] } = {}): PolicyState {
  const { events = [optIn(['marketing', 'utility'])], ...rest } = overrides;
  return {
    contact: { key: BR_PHONE, phone: BR_PHONE, timeZone: 'America/Sao_Paulo' },
    consent: deriveConsent(events),
    window: {},
    number: healthyNumber(),
    limit: { usage: limitUsage([], 'TIER_2K', clock), recipientCounted: false },
    recentBusinessInitiated: [],
    settings: DEFAULT_POLICY_SETTINGS,
    ...rest,
  };
}
