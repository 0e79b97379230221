/**
 * What happens to an accepted message, decided by the platform from its own state, as Meta decides after answering
 * 200 (spec §5, §11.6). Checked in this order:
 * 1. a number that cannot exist → 131026 (undeliverable);
 * 2. free-form text to a user whose window is closed → 131047 (spec §1);
 * 3. a marketing template to a US number → 131049 (no marketing to US users since 2025-04-01, spec §0);
 * 4. a marketing template to a user who stopped marketing → 131050 (spec §7);
 * 5. an out-of-window template to a recipient who would exceed the tier's moving-24 h unique count → 131048.
 *    Meta documents no "limit reached" error (spec §2); 131048 ("restrictions on how many messages can be sent from
 *    this phone number") is the closest documented code, and the shared error table makes it a non-retried,
 *    alerting failure, which is right: retrying cannot succeed until slots free up. 131000 would be retried blindly.
 * Otherwise the message is delivered: an out-of-window template takes a limit slot, and a reply within 24 h of an
 * ad referral starts the 72 h free entry point (spec §1).
 */
import { webhookError } from '../../shared/contracts/webhook-builders.ts';
import { describeMetaError } from '../../shared/errors/index.ts';
import { countsAgainstLimit, hasRoomFor } from '../../shared/limits/ledger.ts';
import { isUsPhone, normalizePhone } from '../../shared/phone/phone.ts';
import type { Clock } from '../../shared/time/clock.ts';
import { applyOutbound } from '../../shared/window/window.ts';
import {
  countRecipient,
  isCounted,
  limitUsageOf,
  type SandboxPlatformState,
  type SandboxUser,
  windowOf,
} from './platform-state.ts';
import { type MessagePricing, pricingOf } from './pricing.ts';
import type { SendRequest } from './send-request.ts';

export type SendDecision =
  | { status: 'failed'; error: ReturnType<typeof webhookError> }
  | { status: 'delivered'; pricing: MessagePricing };

const DETAILS: Record<number, string> = {
  131026: 'Message failed to send because the recipient phone number is not a WhatsApp phone number.',
  131047:
    'Message failed to send because more than 24 hours have passed since the customer last replied to this number.',
  131049: 'In order to maintain healthy ecosystem engagement, the message failed to be delivered.',
  131050: 'The recipient has chosen to stop receiving marketing messages on WhatsApp from your business.',
  131048:
    'messaging limit reached: the business portfolio already reached its tier of unique recipients in the last 24 hours.',
};

function failed(code: number): SendDecision {
  return { status: 'failed', error: webhookError(code, describeMetaError(code).title, DETAILS[code]) };
}

function isUsNumber(e164: string | undefined): boolean {
  const phone = e164 ? normalizePhone(e164) : undefined;
  return phone?.ok === true && isUsPhone(phone.value);
}

/** Decides, and records what a delivery changes: the limit ledger and the free entry point. */
export function decideOutcome(
  state: SandboxPlatformState,
  user: SandboxUser | undefined,
  request: SendRequest,
  clock: Clock,
): SendDecision {
  if (!user || !request.recipient.deliverable) return failed(131026);
  const windowOpen = windowOf(user, clock).open;
  if (request.type === 'text' && !windowOpen) return failed(131047);
  const category = request.type === 'template' ? request.template.category : undefined;
  if (category === 'MARKETING' && isUsNumber(request.recipient.e164)) return failed(131049);
  if (category === 'MARKETING' && user.stoppedMarketing) return failed(131050);
  const counts = countsAgainstLimit({ isTemplate: request.type === 'template', windowOpen });
  if (counts && !hasRoomFor(limitUsageOf(state, clock), isCounted(state, user.key, clock))) return failed(131048);

  const now = clock.now();
  if (counts) countRecipient(state, user.key, now);
  user.window = applyOutbound(user.window, now);
  return {
    status: 'delivered',
    pricing: pricingOf({ type: request.type, category }, windowOf(user, clock), user.key, now),
  };
}
