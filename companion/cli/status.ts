/** `status`: the number's health and the portfolio limit as the gate sees them. */
import type { CompanionConfig } from '../config/config.ts';
import { numberView } from '../http/number-view.ts';
import { openStore } from './open-store.ts';

export function runStatus(config: CompanionConfig): number {
  const store = openStore(config);
  if (!store) return 1;
  const scope = {
    phoneNumberId: config.whatsapp.phoneNumberId,
    portfolioId: config.whatsapp.businessId,
    settings: config.policy,
  };
  const view = numberView(store, scope, Date.now());
  store.db.close();
  const limit = view.messagingLimit;
  const lines = [
    `Mode            ${config.mode}`,
    `Number          ${view.displayPhoneNumber ?? view.phoneNumberId}`,
    `Quality         ${view.qualityRating}`,
    `Status          ${view.status}`,
    `Health          ${view.healthStatus}${view.healthErrors.length ? ` (${view.healthErrors.map((e) => e.description).join('; ')})` : ''}`,
    `Messaging limit ${limit.tier}: ${limit.used} used of ${limit.limit ?? 'unlimited'} in the last 24 h, ${limit.remaining ?? 'unlimited'} left`,
    ...(limit.nextSlotFreesAt ? [`Next slot frees ${new Date(limit.nextSlotFreesAt).toLocaleString()}`] : []),
    `Updated         ${view.updatedAt ? new Date(view.updatedAt).toLocaleString() : 'never polled'}`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
