/**
 * Phone numbers in logs are personal data (the contacts of a sales team): logs keep the country code, useful to spot
 * a country-wide problem such as US marketing (spec §7), and the last 4 digits, enough to match a ticket, no more.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

const VISIBLE_END = 4;
/** A phone-looking run: optional "+", 8–15 digits (E.164's ceiling), possibly written with spaces, dots, dashes or (). */
const PHONE_RUN = /\+?\d[\d\s().-]{6,22}\d/g;

/** '+5511987654321' → '+55*******4321'; a wa_id without "+" stays without it: '5511987654321' → '55*******4321'. */
export function maskPhone(e164: string): string {
  const plus = e164.trim().startsWith('+') ? '+' : '';
  const digits = e164.replace(/\D/g, '');
  if (digits.length <= VISIBLE_END) return plus + '*'.repeat(digits.length);
  // An unknown country code keeps no prefix rather than a guessed one that could reveal more of the number.
  const country = parsePhoneNumberFromString(`+${digits}`)?.countryCallingCode ?? '';
  const hidden = Math.max(0, digits.length - country.length - VISIBLE_END);
  return `${plus}${country}${'*'.repeat(hidden)}${digits.slice(-VISIBLE_END)}`;
}

/** Masks every phone-looking part of a text ('phone:+5511987654321', '+55 11 98765-4321'), leaving the rest. */
export function maskPhonesIn(text: string): string {
  return text.replace(PHONE_RUN, (run) => {
    const count = run.replace(/\D/g, '').length;
    return count >= 8 && count <= 15 ? maskPhone(run) : run;
  });
}
