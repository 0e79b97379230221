/**
 * A WhatsApp user is known by phone (E.164), by business-scoped user id (BSUID), or both (spec §9): username
 * adopters arrive with `wa_id: ""` and a `user_id`. Both are stored; the phone wins for sending when present.
 */
import { err, ok, type Result } from '../result.ts';
import { type Bsuid, parseBsuid } from './bsuid.ts';
import { type E164, normalizePhone, type PhoneError, phoneFromWaId } from './phone.ts';

export { type Bsuid, isBsuid, parseBsuid } from './bsuid.ts';

export interface ContactIdentity {
  phone?: E164;
  bsuid?: Bsuid;
}

/**
 * The identity of a WhatsApp user as Meta reports it in a webhook (`wa_id`/`from` and `user_id`).
 * Fails only when neither part is usable.
 */
export function identityFromWebhook(
  waId: string | undefined,
  userId: string | undefined,
): Result<ContactIdentity, PhoneError> {
  const identity: ContactIdentity = {};
  const phone = waId ? phoneFromWaId(waId) : undefined;
  if (phone?.ok) identity.phone = phone.value.e164;
  if (userId) {
    const bsuid = parseBsuid(userId);
    if (bsuid.ok) identity.bsuid = bsuid.value;
  }
  if (identity.phone || identity.bsuid) return ok(identity);
  return err(
    phone && !phone.ok
      ? phone.error
      : {
          code: 'empty',
          input: waId ?? '',
          message: 'The webhook named no phone number and no business-scoped user id.',
        },
  );
}

/**
 * The key a contact is stored under: its phone when known, else its BSUID. Accepts what an agent or the API gives
 * (a phone in any written form with a country code, or a BSUID).
 */
export function parseContactKey(value: string): Result<ContactIdentity, PhoneError> {
  const bsuid = parseBsuid(value);
  if (bsuid.ok) return ok({ bsuid: bsuid.value });
  const phone = normalizePhone(value);
  return phone.ok ? ok({ phone: phone.value.e164 }) : phone;
}

export function contactKeyOf(identity: ContactIdentity): string {
  const key = identity.phone ?? identity.bsuid;
  if (!key) throw new Error('A contact identity needs a phone or a BSUID.');
  return key;
}
