/**
 * What the simulated WhatsApp platform knows, kept on its own side exactly as Meta would: each user's window (from
 * the inbound messages it relayed), who stopped marketing, the portfolio's tier and its moving 24 h count of unique
 * out-of-window recipients, the number's quality and health, the WABA's templates. The companion never reads this
 * state directly: it learns it over the Graph API and webhooks, as it would in production.
 */
import type { CanSendMessage } from '../../shared/contracts/graph-phone-number.ts';
import type { QualityRating } from '../../shared/health/quality.ts';
import {
  countedRecipients,
  type LedgerEntry,
  LIMIT_WINDOW,
  type LimitUsage,
  limitUsage,
} from '../../shared/limits/ledger.ts';
import type { MessagingTier } from '../../shared/limits/tiers.ts';
import type { Clock } from '../../shared/time/clock.ts';
import {
  applyInbound,
  customerServiceWindow,
  type WindowInputs,
  type WindowState,
} from '../../shared/window/window.ts';
import type { GraphTemplateJson } from './seed-templates.ts';

/** A WhatsApp user as the platform knows them: by phone (`waId`, digits) and/or business-scoped user id. */
export interface SandboxUser {
  /** E.164 when the phone is known, else the BSUID: the key of `users`. */
  key: string;
  waId?: string;
  userId?: string;
  name?: string;
  window: WindowInputs;
  /** After a typed STOP or "Stop promotions": marketing templates fail with 131050 (spec §7). */
  stoppedMarketing: boolean;
}

export type MessageOutcome = { status: 'delivered' } | { status: 'failed'; code: number };

/** One accepted send, for tests and for a sandbox console. */
export interface SentMessage {
  id: string;
  to: string;
  type: 'text' | 'template';
  template?: { name: string; language: string; category: string };
  at: number;
  outcome: MessageOutcome;
}

export interface PlatformSettings {
  tier: MessagingTier;
  quality: QualityRating;
  healthStatus: CanSendMessage;
}

export interface SandboxPlatformState extends PlatformSettings {
  templates: GraphTemplateJson[];
  users: Map<string, SandboxUser>;
  /** Out-of-window template recipients, one entry per counted send (spec §2). */
  ledger: LedgerEntry[];
  /** Newest last, at most MAX_MESSAGES. */
  messages: SentMessage[];
}

const MAX_MESSAGES = 1000;

/** A new portfolio: TIER_250, GREEN, nothing limiting it (spec §2, §3). */
export const DEFAULT_SETTINGS: PlatformSettings = { tier: 'TIER_250', quality: 'GREEN', healthStatus: 'AVAILABLE' };

export function createPlatformState(
  templates: readonly GraphTemplateJson[],
  settings: Partial<PlatformSettings> = {},
): SandboxPlatformState {
  return {
    ...DEFAULT_SETTINGS,
    ...settings,
    templates: structuredClone([...templates]),
    users: new Map(),
    ledger: [],
    messages: [],
  };
}

export function userFor(
  state: SandboxPlatformState,
  identity: { e164?: string; userId?: string; name?: string },
): SandboxUser {
  const key = identity.e164 ?? identity.userId;
  if (!key) throw new Error('A WhatsApp user needs a phone number or a business-scoped user id.');
  // A send to a BSUID reaches the user who wrote from a phone with that BSUID: one person, one window (spec §9).
  const byBsuid = identity.e164 ? undefined : [...state.users.values()].find((u) => u.userId === identity.userId);
  let user = byBsuid ?? state.users.get(key);
  if (!user) {
    user = { key, window: {}, stoppedMarketing: false };
    if (identity.e164) user.waId = identity.e164.slice(1);
    state.users.set(key, user);
  }
  if (identity.userId) user.userId = identity.userId;
  if (identity.name) user.name = identity.name;
  return user;
}

export function windowOf(user: SandboxUser, clock: Clock): WindowState {
  return customerServiceWindow(user.window, clock);
}

/** A message from the user opens (or resets) their window; one from an ad or Page CTA also offers a FEP (spec §1). */
export function recordInbound(user: SandboxUser, at: number, fromReferral: boolean): void {
  user.window = applyInbound(user.window, { at, referral: fromReferral });
}

export function limitUsageOf(state: SandboxPlatformState, clock: Clock): LimitUsage {
  return limitUsage(state.ledger, state.tier, clock);
}

export function isCounted(state: SandboxPlatformState, key: string, clock: Clock): boolean {
  return countedRecipients(state.ledger, clock).has(key);
}

/** Counts an out-of-window template recipient, dropping entries that left the moving 24 h window. */
export function countRecipient(state: SandboxPlatformState, key: string, at: number): void {
  state.ledger = state.ledger.filter((entry) => entry.at > at - LIMIT_WINDOW);
  state.ledger.push({ recipient: key, at });
}

export function recordMessage(state: SandboxPlatformState, message: SentMessage): void {
  state.messages.push(message);
  if (state.messages.length > MAX_MESSAGES) state.messages.splice(0, state.messages.length - MAX_MESSAGES);
}
