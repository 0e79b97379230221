/**
 * The at-a-glance verdict beside each phone number on the CRM page, from IndexedDB and the shared policy:
 * green — the window is open, anything may be sent; amber — templates only (some template category is allowed);
 * red — nothing may be sent now (the first reason is the hover text); unknown — not a number in international form.
 * The content script reads each number as the panel does (e164Of: "+" and the country code, no guessing), so a button
 * and the panel always name the same contact; whether the number exists for its country is the companion's to say
 * (full metadata), on send.
 */
import type { QuickVerdict } from '../../shared/contracts/protocol.ts';
import type { Locale } from '../../shared/i18n/locale.ts';
import { isE164 } from '../../shared/phone/e164.ts';
import { decide } from '../../shared/policy/decide.ts';
import { refusal } from '../../shared/policy/reasons.ts';
import type { PolicySettings } from '../../shared/policy/settings.ts';
import type { AppDB } from '../db/app-db.ts';
import { withHistory } from '../db/contact-history.ts';
import { policyStateFrom } from '../ui/policy-from-records.ts';
import { storedContact } from './stored-contact.ts';

export async function quickVerdicts(
  db: AppDB,
  phones: readonly { raw: string; e164?: string | undefined }[],
  settings: PolicySettings,
  locale: Locale,
  now: number,
): Promise<Record<string, QuickVerdict>> {
  const clock = { now: () => now };
  const number = await db.number.get('current');
  const out: Record<string, QuickVerdict> = {};
  for (const { raw, e164: key } of phones) {
    if (!key || !isE164(key)) {
      out[raw] = { level: 'unknown', summary: refusal('invalid_recipient').message[locale] };
      continue;
    }
    const [contact, consentRows, messageRows] = await Promise.all([
      storedContact(db, key),
      db.consentEvents.where('contact').equals(key).toArray(),
      db.messages.where('contact').equals(key).toArray(),
    ]);
    const { consent, messages } = withHistory(contact, consentRows, messageRows);
    const state = policyStateFrom({ key, phone: key, contact, consent, messages, number }, settings, now);
    const text = decide({ kind: 'text', text: '·' }, state, clock);
    if (text.allowed) {
      out[raw] = { level: 'green', summary: '' };
      continue;
    }
    const templates = (['utility', 'marketing'] as const).map((category) =>
      decide({ kind: 'category', category }, state, clock),
    );
    const allowed = templates.find((verdict) => verdict.allowed);
    out[raw] = allowed
      ? { level: 'amber', summary: text.reasons[0]?.message[locale] ?? '' }
      : { level: 'red', summary: (templates[0]?.reasons[0] ?? text.reasons[0])?.message[locale] ?? '' };
  }
  return out;
}
