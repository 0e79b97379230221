/**
 * Step one of a send, in one IMMEDIATE transaction: decide with the shared policy on the stored state and, if
 * allowed, write the message and reserve its limit slot. Because node:sqlite is synchronous and nothing awaits
 * inside, no other send can see the ledger between the check and the reservation: 200 concurrent sends to new
 * recipients with 10 slots left reserve exactly 10.
 */
import type { SendMessageRequest } from '../../shared/contracts/api.ts';
import { type ContactIdentity, parseContactKey } from '../../shared/phone/identity.ts';
import { decide, type SendRequest, type Verdict } from '../../shared/policy/decide.ts';
import { refusal } from '../../shared/policy/reasons.ts';
import { transaction } from '../store/database.ts';
import type { Store } from '../store/store.ts';
import { templatePayload, textPayload } from './payload.ts';
import { type GateScope, loadPolicyState } from './policy-state.ts';

export type Reservation =
  | { ok: true; messageId: string; contact: string; payload: object; verdict: Verdict }
  | { ok: false; verdict: Pick<Verdict, 'reasons' | 'warnings'> };

export function reserveSend(
  store: Store,
  request: SendMessageRequest,
  options: { scope: GateScope; now: number; messageId: string },
): Reservation {
  const identity = parseContactKey(request.to);
  if (!identity.ok) {
    return {
      ok: false,
      verdict: { reasons: [refusal('invalid_recipient', { detail: identity.error.message })], warnings: [] },
    };
  }
  const clock = { now: () => options.now };
  return transaction(store.db, () => {
    const who: ContactIdentity = identity.value;
    const stored = store.contacts.find(who);
    const contact = stored ?? {
      key: who.phone ?? who.bsuid ?? request.to,
      phone: who.phone ?? null,
      bsuid: who.bsuid ?? null,
    };
    const template = request.template
      ? store.templates.get(request.template.name, request.template.language)
      : undefined;
    const policyRequest: SendRequest = request.template
      ? {
          kind: 'template',
          name: request.template.name,
          language: request.template.language,
          values: request.template.params,
        }
      : { kind: 'text', text: request.text ?? '' };
    const verdict = decide(policyRequest, loadPolicyState(store, contact, template, options.scope, options.now), clock);
    if (!verdict.allowed) return { ok: false, verdict };

    const recipient = { phone: contact.phone, bsuid: contact.bsuid };
    const payload =
      request.template && template
        ? templatePayload(recipient, template, request.template.params, options.messageId)
        : { ok: true as const, value: textPayload(recipient, request.text ?? '', options.messageId) };
    if (!payload.ok) {
      const detail = payload.error[0]?.message;
      return { ok: false, verdict: { reasons: [refusal('template_invalid', detail ? { detail } : {})], warnings: [] } };
    }
    const key = store.contacts.ensure(who, undefined, options.now);
    const businessInitiated = request.template !== undefined && !verdict.window.open;
    store.messages.insert({
      id: options.messageId,
      idempotency_key: request.idempotencyKey,
      contact: key,
      phone_number_id: options.scope.phoneNumberId,
      kind: request.template ? 'template' : 'text',
      template_name: request.template?.name ?? null,
      template_language: request.template?.language ?? null,
      category: verdict.category ?? null,
      payload: JSON.stringify(payload.value),
      agent: request.agent ?? null,
      businessInitiated,
      at: options.now,
    });
    // Every out-of-window template is a ledger row, even to an already-counted recipient: the latest one decides
    // when their slot frees (spec §2: a moving 24 h of deliveries).
    if (businessInitiated) store.ledger.reserve(options.messageId, options.scope.portfolioId, key, options.now);
    return { ok: true, messageId: options.messageId, contact: key, payload: payload.value, verdict };
  });
}
