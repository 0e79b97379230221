/**
 * A simulated customer writing to the business number: the platform records the message (it opens or resets the
 * customer's window, spec §1) and relays it as a signed `messages` webhook, with the ad `referral` when the customer
 * came from a click-to-WhatsApp ad.
 *
 * A typed STOP / START keyword (shared/consent/keywords.ts) also stands for the customer tapping "Stop promotions" /
 * resuming them in the app: the platform then refuses marketing to them (131050) and, as Meta does for that tap,
 * sends a `user_preferences` webhook (spec §7), so what the companion is told matches what the platform enforces.
 */
import { classifyKeyword } from '../../shared/consent/keywords.ts';
import {
  type BusinessNumber,
  inboundTextWebhook,
  type ReferralJson,
  userPreferencesWebhook,
  type WebhookUser,
} from '../../shared/contracts/webhook-builders.ts';
import { isBsuid } from '../../shared/phone/identity.ts';
import { normalizePhone } from '../../shared/phone/phone.ts';
import type { Clock } from '../../shared/time/clock.ts';
import { wamid } from './outbound.ts';
import { recordInbound, type SandboxPlatformState, type SandboxUser, userFor } from './platform-state.ts';
import type { WebhookSender } from './webhook-sender.ts';

export interface CustomerMessage {
  /** The customer's phone in E.164 (or a BSUID, for a username adopter whose phone is withheld, spec §9). */
  from: string;
  text: string;
  referral?: ReferralJson;
  /** WhatsApp profile name. */
  name?: string;
  /** The customer's BSUID, sent next to the phone. */
  userId?: string;
}

export interface InboundDeps {
  state: SandboxPlatformState;
  clock: Clock;
  nextId: () => string;
  business: BusinessNumber;
  sender: WebhookSender;
}

function customer(state: SandboxPlatformState, message: CustomerMessage): SandboxUser {
  if (isBsuid(message.from)) return userFor(state, { userId: message.from, name: message.name });
  const phone = normalizePhone(message.from);
  if (!phone.ok) throw new Error(`customerWrites: ${phone.error.message} (${message.from})`);
  return userFor(state, { e164: phone.value.e164, userId: message.userId, name: message.name });
}

function webhookUserOf(user: SandboxUser): WebhookUser {
  const out: WebhookUser = {};
  if (user.waId) out.waId = user.waId;
  if (user.userId) out.userId = user.userId;
  if (user.name) out.name = user.name;
  return out;
}

/** Resolves once every webhook it caused was delivered (or given up on). */
export async function customerWrites(deps: InboundDeps, message: CustomerMessage): Promise<void> {
  const { state, clock, business, sender } = deps;
  const user = customer(state, message);
  const at = clock.now();
  recordInbound(user, at, message.referral !== undefined);
  const webhookUser = webhookUserOf(user);
  const messageId = wamid(user.key, deps.nextId);
  const delivered = [
    sender.deliver(
      inboundTextWebhook({
        business,
        user: webhookUser,
        messageId,
        text: message.text,
        at,
        referral: message.referral,
      }),
    ),
  ];
  const intent = classifyKeyword(message.text);
  const stop = intent === 'stop';
  if (intent !== null && user.stoppedMarketing !== stop) {
    user.stoppedMarketing = stop;
    delivered.push(
      sender.deliver(userPreferencesWebhook({ business, user: webhookUser, value: stop ? 'stop' : 'resume', at })),
    );
  }
  await Promise.all(delivered);
}
