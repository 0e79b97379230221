/**
 * Accepting a send: the synchronous answer (accepted, not delivered — spec §5) and the status webhooks that follow
 * on the platform's schedule: `failed` with its error, or `sent` (with the pricing), `delivered`, `read`. Each
 * status is timed when its timer fires, and `biz_opaque_callback_data` is echoed on every one.
 */
import {
  type BusinessNumber,
  type StatusInput,
  statusWebhook,
  type WebhookUser,
} from '../../shared/contracts/webhook-builders.ts';
import type { Clock } from '../../shared/time/clock.ts';
import type { PendingWork } from './pending-work.ts';
import { recordMessage, type SandboxPlatformState, type SandboxUser, userFor } from './platform-state.ts';
import { decideOutcome, type SendDecision } from './send-outcome.ts';
import type { SendRequest } from './send-request.ts';
import type { WebhookSender } from './webhook-sender.ts';

/** Delays from the send to each status, in ms. */
export interface DeliveryDelays {
  sent: number;
  delivered: number;
  read: number;
}

export const DEFAULT_DELIVERY_DELAYS: DeliveryDelays = { sent: 50, delivered: 150, read: 1000 };

export interface OutboundDeps {
  state: SandboxPlatformState;
  clock: Clock;
  nextId: () => string;
  business: BusinessNumber;
  work: PendingWork;
  sender: WebhookSender;
  delays: DeliveryDelays;
}

export interface SendAnswer {
  messaging_product: 'whatsapp';
  contacts: { input: string; wa_id?: string; user_id?: string }[];
  messages: { id: string; message_status: 'accepted' }[];
}

/** A wamid-shaped id: "wamid." and base64, unique through the injected nextId. */
export function wamid(seed: string, nextId: () => string): string {
  return `wamid.${Buffer.from(`${seed}:${nextId()}`).toString('base64')}`;
}

function recipientOf(request: SendRequest, user: SandboxUser | undefined): WebhookUser {
  const waId = user?.waId ?? (request.recipient.userId ? undefined : request.recipient.input.replace(/\D/g, ''));
  const recipient: WebhookUser = {};
  if (waId) recipient.waId = waId;
  if (user?.userId) recipient.userId = user.userId;
  if (user?.name) recipient.name = user.name;
  return recipient;
}

function scheduleStatuses(deps: OutboundDeps, base: Omit<StatusInput, 'status' | 'at'>, decision: SendDecision): void {
  const { work, sender, clock, delays } = deps;
  const post = (status: StatusInput['status'], extra: Partial<StatusInput> = {}) =>
    sender.deliver(statusWebhook({ ...base, ...extra, status, at: clock.now() }));
  if (decision.status === 'failed') {
    void work.later(delays.sent, () => post('failed', { errors: [decision.error] }));
    return;
  }
  const { pricing, conversation } = decision.pricing;
  // Chained, so the statuses keep their order whatever scheduler runs them; pricing only on `sent` (spec §1).
  void work.later(delays.sent, () => {
    void work.later(Math.max(0, delays.delivered - delays.sent), () => {
      void work.later(Math.max(0, delays.read - delays.delivered), () => post('read'));
      return post('delivered');
    });
    return post('sent', conversation ? { pricing, conversation } : { pricing });
  });
}

export function acceptSend(deps: OutboundDeps, request: SendRequest): SendAnswer {
  const { state, clock, nextId } = deps;
  const { recipient } = request;
  const user = recipient.deliverable
    ? userFor(state, recipient.e164 ? { e164: recipient.e164 } : { userId: recipient.userId })
    : undefined;
  const decision = decideOutcome(state, user, request, clock);
  const id = wamid(recipient.e164 ?? recipient.userId ?? recipient.input, nextId);
  recordMessage(state, {
    id,
    to: recipient.e164 ?? recipient.userId ?? recipient.input,
    type: request.type,
    ...(request.type === 'template'
      ? {
          template: {
            name: request.template.name,
            language: request.template.language,
            category: request.template.category,
          },
        }
      : {}),
    at: clock.now(),
    outcome: decision.status === 'failed' ? { status: 'failed', code: decision.error.code } : { status: 'delivered' },
  });
  scheduleStatuses(
    deps,
    {
      business: deps.business,
      recipient: recipientOf(request, user),
      messageId: id,
      ...(request.bizOpaqueCallbackData === undefined ? {} : { bizOpaqueCallbackData: request.bizOpaqueCallbackData }),
    },
    decision,
  );
  const contact = recipient.userId
    ? { input: recipient.input, user_id: recipient.userId }
    : { input: recipient.input, wa_id: recipientOf(request, user).waId ?? '' };
  return { messaging_product: 'whatsapp', contacts: [contact], messages: [{ id, message_status: 'accepted' }] };
}
