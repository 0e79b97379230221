/**
 * How Meta charges a send (spec §1, §11.7): per delivered message since 2025-07-01 (not per conversation), by category.
 * - Inside a free entry point (72 h after replying to a click-to-WhatsApp ad / Page CTA) everything is free.
 * - Marketing and authentication templates are always charged outside it, even inside an open window.
 * - Utility templates inside an open window, and free-form (service) replies, were free until 2026-09-30;
 *   from 2026-10-01 both are charged (service at the market's utility/auth rate).
 * The rate itself depends on the recipient's country and monthly volume and is not modelled here.
 */
import type { ConsentCategory } from '../categories.ts';

/** 2026-10-01T00:00:00Z: non-template messages and in-window utility templates start being charged (NTM). */
export const SERVICE_BILLING_STARTS = Date.UTC(2026, 9, 1);

export type PricingCategory = ConsentCategory | 'service';
export type PricingType = 'regular' | 'free_customer_service' | 'free_entry_point';

export interface Charge {
  billable: boolean;
  category: PricingCategory;
  type: PricingType;
}

export function chargeFor(
  send: { category?: ConsentCategory; windowOpen: boolean; freeEntryPointOpen: boolean },
  at: number,
): Charge {
  const category: PricingCategory = send.category ?? 'service';
  if (send.freeEntryPointOpen) return { billable: false, category, type: 'free_entry_point' };
  const serviceIsFree = at < SERVICE_BILLING_STARTS;
  if (category === 'service') {
    return serviceIsFree
      ? { billable: false, category, type: 'free_customer_service' }
      : { billable: true, category, type: 'regular' };
  }
  if (category === 'utility' && send.windowOpen && serviceIsFree) {
    return { billable: false, category, type: 'free_customer_service' };
  }
  return { billable: true, category, type: 'regular' };
}
