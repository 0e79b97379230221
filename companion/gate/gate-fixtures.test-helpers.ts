/** An in-memory store with one healthy number, approved templates and opted-in contacts, for gate and route tests. */

import type { NumberHealth } from '../../shared/health/number-health.ts';
import type { MessagingTier } from '../../shared/limits/tiers.ts';
import { DEFAULT_POLICY_SETTINGS } from '../../shared/policy/settings.ts';
import type { Template } from '../../shared/templates/model.ts';
import { DAY, HOUR } from '../../shared/time/clock.ts';
import { openDatabase } from '../store/database.ts';
import { createStore, type Store } from '../store/store.ts';
import type { GateScope } from './policy-state.ts';

/** 2026-11-25 15:00 UTC: midday in São Paulo, outside default quiet hours. */
export const T0 = Date.UTC(2026, 10, 25, 15, 0, 0);
export const PHONE_NUMBER_ID = '106540352242922';
export const PORTFOLIO_ID = '506914307656634';

export const scope: GateScope = {
  phoneNumberId: PHONE_NUMBER_ID,
  portfolioId: PORTFOLIO_ID,
  settings: { ...DEFAULT_POLICY_SETTINGS, defaultTimeZone: 'America/Sao_Paulo' },
};

export const orderUpdate: Template = {
  id: '1001',
  name: 'order_update',
  language: 'pt_BR',
  category: 'UTILITY',
  status: 'APPROVED',
  quality: 'GREEN',
  parameterFormat: 'positional',
  components: [{ type: 'BODY', text: 'Olá {{1}}, seu pedido {{2}} foi enviado.' }],
  pauses: [],
  updatedAt: T0 - 10 * DAY,
};

export function health(tier: MessagingTier = 'TIER_2K', overrides: Partial<NumberHealth> = {}): NumberHealth {
  return {
    phoneNumberId: PHONE_NUMBER_ID,
    qualityRating: 'GREEN',
    status: 'CONNECTED',
    healthStatus: 'AVAILABLE',
    healthEntities: [],
    throughput: 'STANDARD',
    tier,
    restrictions: [],
    updatedAt: T0 - HOUR,
    ...overrides,
  };
}

export function phoneOf(i: number): string {
  return `+55119${String(80000000 + i)}`;
}

export function seededStore(options: { tier?: MessagingTier; optedIn?: number } = {}): Store {
  const store = createStore(openDatabase(':memory:'));
  store.templates.put(orderUpdate);
  store.numbers.put(health(options.tier ?? 'TIER_2K'));
  for (let i = 0; i < (options.optedIn ?? 0); i++) {
    const phone = phoneOf(i);
    store.contacts.ensure({ phone: phone as never }, `Contact ${i}`, T0 - DAY);
    store.consent.append(
      {
        id: `optin-${i}`,
        contact: phone,
        action: 'opt_in',
        categories: ['utility', 'marketing'],
        source: 'web_form',
        wording: 'Yes, ACME may message me on WhatsApp about my orders and offers.',
        at: T0 - 30 * DAY,
        recordedBy: 'import',
      },
      T0 - 30 * DAY,
    );
  }
  return store;
}

export function templateSend(to: string, key: string) {
  return {
    to,
    idempotencyKey: key,
    template: { name: 'order_update', language: 'pt_BR', params: { '1': 'Ana', '2': 'SKB-42' } },
  };
}
