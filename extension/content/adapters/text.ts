/**
 * String clean-up for page text, which is hostile: control and bidi-override characters go, whitespace collapses,
 * and every string is capped (PageContact allows 500 characters, keys 64).
 */

export const MAX_TEXT = 500;

export function clean(value: string | null | undefined, max = MAX_TEXT): string {
  if (!value) return '';
  const text = value
    .replace(/\p{Cf}/gu, '') // bidi overrides, zero-width characters: they can make one name look like another
    .replace(/[\p{Cc}\s]+/gu, ' ')
    .trim()
    .slice(0, max);
  // A cut may leave half of a surrogate pair.
  return text.replace(/[\uD800-\uDBFF]$/, '');
}

/** "Payment due:" → "payment_due"; accents dropped ("Teléfono" → "telefono"). */
export function snakeKey(label: string): string {
  return label
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 64);
}

/** Only an unambiguous international number: "+" then 7–15 digits once spaces, dashes, dots and parens go. */
export function e164Of(raw: string): string | undefined {
  const text = raw.normalize('NFKC'); // full-width digits and plus signs
  if (/\(0\)/.test(text)) return undefined; // "+44 (0)20 …": whether the 0 is dialled is a guess
  const compact = text.replace(/[\s\-\u2010-\u2015.()]/g, '');
  return /^\+[1-9]\d{6,14}$/.test(compact) ? compact : undefined;
}

/** Masked numbers ("+55 11 9****-4321", Zoho [S19]) are no numbers at all. */
export function isMasked(raw: string): boolean {
  return /[*•●∗✱]|[xX]{3,}/.test(raw);
}

export function digitCount(raw: string): number {
  return raw.normalize('NFKC').replace(/\D/g, '').length;
}

/** The number in a call link: tel:, callto:, skype:{n}?call, sip:, sms:, caller:{n}call (Pipedrive [S29]), wa.me. */
export function phoneFromHref(href: string | null): string | undefined {
  if (!href) return undefined;
  const match =
    /^(?:tel|callto|skype|sip|sips|sms|caller):(?:\/\/)?([^?;@]*)/i.exec(href.trim()) ??
    /^https:\/\/(?:wa\.me\/|api\.whatsapp\.com\/send\/?\?phone=)(\+?\d+)/i.exec(href.trim());
  if (!match?.[1]) return undefined;
  let number = match[1];
  try {
    number = decodeURIComponent(number);
  } catch {
    // keep the undecoded text
  }
  return clean(number.replace(/call$/i, ''), 64) || undefined;
}

/**
 * The number a call link stands for: its text when that is a number, else its href. A link that says "Call" or
 * "Ligar" with the number only in `tel:` is still that number.
 */
export function linkPhone(text: string, href: string | null): string | undefined {
  if (digitCount(text) >= 6) return text;
  return phoneFromHref(href) ?? (text || undefined);
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const month = (name: string) => MONTHS.indexOf(name.toLowerCase()) + 1;

/** A calendar date as ISO "YYYY-MM-DD" when the text says it unambiguously; 03/04/2026 stays as it is. */
export function isoDate(text: string): string | undefined {
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(text);
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text); // day first wherever dots are used
  const slashed = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  const monthFirst = /^([a-z]{3})[a-z]*\.? (\d{1,2}),? (\d{4})$/i.exec(text);
  const dayFirst = /^(\d{1,2}) ([a-z]{3})[a-z]*\.?,? (\d{4})$/i.exec(text);
  let ymd: number[] | undefined;
  if (iso) ymd = [+iso[1]!, +iso[2]!, +iso[3]!];
  else if (dotted) ymd = [+dotted[3]!, +dotted[2]!, +dotted[1]!];
  else if (slashed) {
    const [a, b, y] = [+slashed[1]!, +slashed[2]!, +slashed[3]!];
    // Day-first or month-first: only a part above 12 (or both equal) tells.
    if (a > 12 || a === b) ymd = [y, b, a];
    else if (b > 12) ymd = [y, a, b];
  } else if (monthFirst) ymd = [+monthFirst[3]!, month(monthFirst[1]!), +monthFirst[2]!];
  else if (dayFirst) ymd = [+dayFirst[3]!, month(dayFirst[2]!), +dayFirst[1]!];
  if (!ymd) return undefined;
  const [y, m, d] = ymd as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1000 || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return date.toISOString().slice(0, 10);
}
