/**
 * Phone numbers as the Cloud API needs them: E.164 with "+" (without it Meta prefixes the business number's own
 * country code, spec §5 and §11.9). Parsing uses libphonenumber-js with full metadata, so a number is accepted only
 * when it is valid for its country; anything else is a typed error, never a guess.
 */
import { type CountryCode, ParseError, parsePhoneNumberWithError } from 'libphonenumber-js/max';
import { err, ok, type Result } from '../result.ts';
import { isUsE164 } from './e164.ts';

/** A phone number in E.164 form, "+" then country code and national number, e.g. "+5511987654321". */
export type E164 = string & { readonly __brand: 'E164' };

export type PhoneErrorCode =
  | 'empty'
  | 'missing_country'
  | 'invalid_country'
  | 'not_a_number'
  | 'too_short'
  | 'too_long'
  | 'has_extension'
  | 'invalid';

export interface PhoneError {
  code: PhoneErrorCode;
  input: string;
  message: string;
}

export interface PhoneNumber {
  e164: E164;
  /** ISO 3166-1 alpha-2 country of the number, from its calling code and leading digits; undefined for non-geographic numbers. */
  country: CountryCode | undefined;
  callingCode: string;
  nationalNumber: string;
}

export interface NormalizeOptions {
  /** Country used for numbers written in national form (no "+"). Without it such numbers are refused. */
  defaultCountry?: CountryCode;
}

const MAX_INPUT_LENGTH = 64;

const MESSAGES: Record<PhoneErrorCode, string> = {
  empty: 'No phone number was given.',
  missing_country:
    'The number has no country code. Write it with "+" and the country code (for example +55 11 98765-4321).',
  invalid_country: 'The country code is not a known country calling code.',
  not_a_number: 'This is not a phone number.',
  too_short: 'The number is too short for its country.',
  too_long: 'The number is too long for its country.',
  has_extension: 'The number has an extension; WhatsApp cannot reach an extension.',
  invalid: 'The number is not a valid number for its country.',
};

function phoneError(code: PhoneErrorCode, input: string): Result<never, PhoneError> {
  return err({ code, input, message: MESSAGES[code] });
}

/** Strips the decorations CRMs put around numbers (tel:/callto:/skype:/wa.me links) and the "00" international prefix. */
function cleanInput(raw: string): string {
  let text = raw.trim();
  text = text.replace(/^(tel|callto|skype|whatsapp):(\/\/)?/i, '');
  text = text.replace(/^https?:\/\/(api\.)?wa\.me\//i, '+');
  text = text.replace(/\?call$/i, '');
  return text.trim();
}

/** Parses a number typed by a person or read from a CRM page into E.164. */
export function normalizePhone(raw: string, options: NormalizeOptions = {}): Result<PhoneNumber, PhoneError> {
  const input = raw.slice(0, MAX_INPUT_LENGTH * 4);
  const text = cleanInput(input);
  if (text === '') return phoneError('empty', raw);
  if (text.length > MAX_INPUT_LENGTH) return phoneError('too_long', raw);
  if (!/\d/.test(text)) return phoneError('not_a_number', raw);
  // "00" is the ITU international prefix; without a default country it is the only unambiguous reading.
  const international = text.startsWith('+')
    ? text
    : /^00[1-9]/.test(text) && !options.defaultCountry
      ? `+${text.slice(2)}`
      : text;
  if (!international.startsWith('+') && !options.defaultCountry) return phoneError('missing_country', raw);
  try {
    const parsed = parsePhoneNumberWithError(international, options.defaultCountry);
    if (parsed.ext) return phoneError('has_extension', raw);
    if (!parsed.isValid()) {
      const possibility = parsed.isPossible() ? 'invalid' : lengthProblem(parsed.nationalNumber.length);
      return phoneError(possibility, raw);
    }
    return ok({
      e164: parsed.number as E164,
      country: parsed.country,
      callingCode: parsed.countryCallingCode,
      nationalNumber: parsed.nationalNumber,
    });
  } catch (error) {
    if (error instanceof ParseError) return phoneError(mapParseError(error.message), raw);
    throw error;
  }
}

function lengthProblem(nationalLength: number): PhoneErrorCode {
  return nationalLength < 6 ? 'too_short' : nationalLength > 14 ? 'too_long' : 'invalid';
}

function mapParseError(message: string): PhoneErrorCode {
  switch (message) {
    case 'INVALID_COUNTRY':
      return 'invalid_country';
    case 'TOO_SHORT':
      return 'too_short';
    case 'TOO_LONG':
      return 'too_long';
    case 'NOT_A_NUMBER':
      return 'not_a_number';
    default:
      return 'invalid';
  }
}

/**
 * Meta's `wa_id` / `recipient_id` / `from` carry the number as digits with the country code and no "+".
 * An empty wa_id (username adopters, spec §9) is not a phone: the caller must use the BSUID instead.
 */
export function phoneFromWaId(waId: string): Result<PhoneNumber, PhoneError> {
  if (!/^\d{6,15}$/.test(waId)) return phoneError(waId === '' ? 'empty' : 'not_a_number', waId);
  return normalizePhone(`+${waId}`);
}

/** The wa_id form of an E.164 number (digits only), as Meta echoes it. */
export function waIdOf(phone: E164): string {
  return phone.slice(1);
}

/** A US number (US territories included) gets no marketing templates: the rule and its area codes are in e164.ts. */
export function isUsPhone(phone: PhoneNumber): boolean {
  return isUsE164(phone.e164);
}

export type { CountryCode };
