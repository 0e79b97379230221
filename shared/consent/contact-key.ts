/**
 * Webhook-born consent events must be filed under the same key as events entered by agents, which
 * `validateConsentEvent` normalises; otherwise a STOP could sit under "5511987654321" while the gate looks up
 * "+5511987654321" (spec §11.9: Meta's wa_id has no "+").
 */
import { contactKeyOf, parseContactKey } from '../phone/identity.ts';
import { phoneFromWaId } from '../phone/phone.ts';

/**
 * The canonical contact key for a key, a written phone or a bare wa_id. Anything else is returned unchanged: an
 * opt-out must never be dropped for a malformed key, and validation flags the key loudly where it is stored.
 */
export function canonicalContactKey(contact: string): string {
  const key = parseContactKey(contact);
  if (key.ok) return contactKeyOf(key.value);
  const waId = phoneFromWaId(contact);
  return waId.ok ? waId.value.e164 : contact;
}
