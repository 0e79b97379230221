/** GET /v1/contacts/{phone or BSUID}: the contact card the side panel shows, with the policy's three verdicts. */
import { CONSENT_CATEGORIES } from '../../shared/categories.ts';
import type { CategoryConsent } from '../../shared/consent/state.ts';
import type { ContactResponse, ErrorBody } from '../../shared/contracts/api.ts';
import { type Locale, localeFromTag } from '../../shared/i18n/locale.ts';
import { parseContactKey } from '../../shared/phone/identity.ts';
import type { E164 } from '../../shared/phone/phone.ts';
import { decide } from '../../shared/policy/decide.ts';
import { err, ok, type Result } from '../../shared/result.ts';
import { customerServiceWindow } from '../../shared/window/window.ts';
import { type GateScope, loadPolicyState } from '../gate/policy-state.ts';
import { readSnapshot } from '../store/database.ts';
import type { Store } from '../store/store.ts';
import { badRequest } from './body.ts';
import { verdictDto } from './verdict-dto.ts';

const E164_SHAPE = /^\+[1-9]\d{6,14}$/;

function consentDto(consent: CategoryConsent): ContactResponse['consent']['marketing'] {
  const proof = consent.proof;
  return {
    status: consent.status,
    since: consent.since ?? null,
    proof: proof
      ? {
          id: proof.id,
          action: proof.action,
          source: proof.source,
          wording: proof.wording,
          at: proof.at,
          recordedBy: proof.recordedBy,
          evidence: proof.evidence ?? null,
        }
      : null,
  };
}

export function contactView(
  store: Store,
  ref: string,
  scope: GateScope,
  now: number,
  locale: Locale,
): Result<ContactResponse, { message: string }> {
  // A stored phone was normalised when it was stored, so a reference equal to one needs no parsing: libphonenumber
  // was the costliest step of a lookup. Anything else (another spelling, a BSUID, an unknown number) is parsed.
  let row = E164_SHAPE.test(ref) ? store.contacts.find({ phone: ref as E164 }) : undefined;
  let contact: { key: string; phone: string | null; bsuid: string | null } | undefined = row;
  if (!contact) {
    const identity = parseContactKey(ref);
    if (!identity.ok) return err({ message: identity.error.message });
    row = store.contacts.find(identity.value);
    contact = row ?? {
      key: identity.value.phone ?? identity.value.bsuid ?? ref,
      phone: identity.value.phone ?? null,
      bsuid: identity.value.bsuid ?? null,
    };
  }
  const state = loadPolicyState(store, contact, undefined, scope, now);
  const clock = { now: () => now };
  const window = customerServiceWindow(state.window, clock);
  const consent = Object.fromEntries(
    CONSENT_CATEGORIES.map((category) => [category, consentDto(state.consent[category])]),
  );
  return ok({
    contact: {
      key: contact.key,
      phone: contact.phone,
      bsuid: contact.bsuid,
      name: row?.name ?? null,
      undeliverable: row?.undeliverable_at != null,
    },
    consent: consent as ContactResponse['consent'],
    window: {
      open: window.open,
      closesAt: window.closesAt ?? null,
      freeEntryPointUntil: window.freeEntryPointUntil ?? null,
      freeEntryPointOfferUntil: window.freeEntryPointOfferUntil ?? null,
    },
    lastInboundAt: row?.last_inbound_at ?? null,
    lastOutboundAt: row?.last_outbound_at ?? null,
    verdicts: {
      freeForm: verdictDto(decide({ kind: 'text', text: 'x' }, state, clock), locale),
      marketing: verdictDto(decide({ kind: 'category', category: 'marketing' }, state, clock), locale),
      utility: verdictDto(decide({ kind: 'category', category: 'utility' }, state, clock), locale),
    },
  });
}

/**
 * The whole answer to GET /v1/contacts/{ref}, for the Hono route and for the server's direct path (server/listen.ts):
 * one function, so the two cannot answer differently.
 */
export function contactAnswer(
  store: Store,
  ref: string,
  scope: GateScope,
  now: number,
  acceptLanguage: string | undefined,
): { status: 200; body: ContactResponse } | { status: 400; body: ErrorBody } {
  const locale = localeFromTag(acceptLanguage?.split(',')[0]);
  const view = readSnapshot(store.db, () => contactView(store, ref, scope, now, locale));
  return view.ok
    ? { status: 200, body: view.value }
    : { status: 400, body: badRequest('invalid_contact', view.error.message) };
}
