/**
 * The customer-service window and the free entry point (spec §1, §11.1).
 *
 * - The window opens when the customer messages or calls; each inbound message or call resets it to 24 h.
 *   The business's own sends (templates included) never open or extend it. Open iff now < last inbound + 24 h.
 * - A free entry point (FEP) starts when the customer came from a click-to-WhatsApp ad or a Page CTA button
 *   (inbound `referral`) and the business replies within 24 h of that message: 72 h from the reply, everything free.
 *   The window still governs free-form text: after it lapses, templates only.
 *
 * The summary below is what the stores keep per contact; the reducers are order-independent for inbound touches
 * (max semantics), so duplicated or reordered webhooks give the same window.
 */
import { type Clock, DAY, HOUR } from '../time/clock.ts';

export const WINDOW_LENGTH = DAY;
export const FREE_ENTRY_POINT_REPLY_DEADLINE = DAY;
export const FREE_ENTRY_POINT_LENGTH = 72 * HOUR;

export interface WindowInputs {
  /** Latest inbound message or call from the customer (epoch ms). */
  lastInboundAt?: number;
  /** Latest inbound message that carried a click-to-WhatsApp / Page CTA referral. */
  lastReferralAt?: number;
  /** The business's first reply to that referral, if it came within 24 h: the FEP runs 72 h from it. */
  freeEntryPointStartedAt?: number;
}

export interface WindowState {
  open: boolean;
  /** When the window closes (or closed); undefined if the customer never wrote. */
  closesAt?: number;
  /** End of the 72 h free entry point, while one is running. */
  freeEntryPointUntil?: number;
  /** A referral is waiting for the business's first reply: replying before this instant starts a 72 h FEP. */
  freeEntryPointOfferUntil?: number;
}

export function applyInbound(inputs: WindowInputs, touch: { at: number; referral?: boolean }): WindowInputs {
  const next: WindowInputs = { ...inputs, lastInboundAt: maxOf(inputs.lastInboundAt, touch.at) };
  if (touch.referral) next.lastReferralAt = maxOf(inputs.lastReferralAt, touch.at);
  return next;
}

/** Records a business send: it never touches the window, but the first reply to a fresh referral starts the FEP. */
export function applyOutbound(inputs: WindowInputs, at: number): WindowInputs {
  const referralAt = inputs.lastReferralAt;
  if (referralAt === undefined || at < referralAt || at >= referralAt + FREE_ENTRY_POINT_REPLY_DEADLINE) return inputs;
  const started = inputs.freeEntryPointStartedAt;
  // The FEP runs from the first reply to this referral; an earlier reply recorded late still wins.
  const first = started !== undefined && started >= referralAt ? Math.min(started, at) : at;
  return first === started ? inputs : { ...inputs, freeEntryPointStartedAt: first };
}

export function customerServiceWindow(inputs: WindowInputs, clock: Clock): WindowState {
  const now = clock.now();
  const state: WindowState = { open: false };
  if (inputs.lastInboundAt !== undefined) {
    state.closesAt = inputs.lastInboundAt + WINDOW_LENGTH;
    state.open = now < state.closesAt;
  }
  const fepStart = inputs.freeEntryPointStartedAt;
  if (fepStart !== undefined && now >= fepStart && now < fepStart + FREE_ENTRY_POINT_LENGTH) {
    state.freeEntryPointUntil = fepStart + FREE_ENTRY_POINT_LENGTH;
  }
  const referralAt = inputs.lastReferralAt;
  const replied = fepStart !== undefined && referralAt !== undefined && fepStart >= referralAt;
  if (referralAt !== undefined && !replied && now < referralAt + FREE_ENTRY_POINT_REPLY_DEADLINE) {
    state.freeEntryPointOfferUntil = referralAt + FREE_ENTRY_POINT_REPLY_DEADLINE;
  }
  return state;
}

function maxOf(current: number | undefined, candidate: number): number {
  return current === undefined ? candidate : Math.max(current, candidate);
}
