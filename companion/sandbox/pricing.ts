/**
 * The `pricing` (and, for free entry points, `conversation`) of a delivered message's `sent` status, under
 * per-message pricing (spec §1):
 * - inside a free entry point (CTWA ad / Page CTA, replied within 24 h): everything free for 72 h, category
 *   `referral_conversion`, with a conversation naming the window;
 * - until 2026-09-30: free-form replies and utility templates inside an open window are `free_customer_service`;
 * - from 2026-10-01 (NTM): free-form replies are billed per message (`service`, `regular`), in-window utility too;
 * - marketing and authentication templates are always `regular`.
 */
import { createHash } from 'node:crypto';
import type { TemplateCategory } from '../../shared/categories.ts';
import { pmpPricing, unixSeconds } from '../../shared/contracts/webhook-builders.ts';
import type { WindowState } from '../../shared/window/window.ts';

/** First instant at which service messages and in-window utility templates are billed (spec §0, NTM). */
export const SERVICE_BILLING_FROM = Date.UTC(2026, 9, 1);

export interface MessagePricing {
  pricing: ReturnType<typeof pmpPricing>;
  conversation?: { id: string; expiration_timestamp: string; origin: { type: string } };
}

/** Meta names each FEP window with a conversation id; derived from user and window start, so it is stable. */
function conversationId(userKey: string, until: number): string {
  return createHash('sha256').update(`${userKey}:${until}`).digest('hex').slice(0, 32);
}

export function pricingOf(
  send: { type: 'text' | 'template'; category?: TemplateCategory },
  window: WindowState,
  userKey: string,
  at: number,
): MessagePricing {
  const fepUntil = window.freeEntryPointUntil;
  if (fepUntil !== undefined && at < fepUntil) {
    return {
      pricing: pmpPricing('referral_conversion', 'free_entry_point'),
      conversation: {
        id: conversationId(userKey, fepUntil),
        expiration_timestamp: String(unixSeconds(fepUntil)),
        origin: { type: 'referral_conversion' },
      },
    };
  }
  const freeService = at < SERVICE_BILLING_FROM;
  if (send.type === 'text')
    return { pricing: pmpPricing('service', freeService ? 'free_customer_service' : 'regular') };
  const category = (send.category ?? 'MARKETING').toLowerCase();
  const free = category === 'utility' && window.open && freeService;
  return { pricing: pmpPricing(category, free ? 'free_customer_service' : 'regular') };
}
