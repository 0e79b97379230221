/**
 * Cleans what is about to be logged, at any depth: secrets under known keys are replaced, phone numbers under contact
 * keys are masked. pino's `redact` (logger.ts) only reaches the paths it is given; this walk catches the same keys
 * nested deeper (a Graph payload inside a job inside a log object), and does the phone masking `redact` cannot do.
 */
import { maskPhonesIn } from './mask-phone.ts';

export const CENSOR = '[redacted]';

/** Compared in lower case: `accessToken`, `AccessToken` and `accesstoken` are the same secret. */
export const SECRET_KEYS: ReadonlySet<string> = new Set([
  'authorization',
  'accesstoken',
  'access_token',
  'appsecret',
  'app_secret',
  'token',
  'verifytoken',
  'verify_token',
  'apitoken',
  'input_token',
]);

/** Keys whose values are contacts' phones (our names and the Cloud API's); everything nested under them too. */
export const PHONE_KEYS: ReadonlySet<string> = new Set([
  'to',
  'from',
  'phone',
  'contact',
  'recipient',
  'wa_id',
  'waId',
  'recipient_id',
  'recipientId',
]);

/** Deep enough for a webhook envelope (entry → changes → value → statuses → item); a cycle stops here too. */
const MAX_DEPTH = 10;

export function scrubLogObject<T extends object>(object: T): T {
  return scrub(object, undefined, false, 0) as T;
}

/** The value of a phone key, masked wherever it holds a phone (a string, a number, an object or array of them). */
export function scrubPhoneValue(value: unknown): unknown {
  return scrub(value, undefined, true, 0);
}

function scrub(value: unknown, key: string | undefined, phoneScope: boolean, depth: number): unknown {
  if (key !== undefined && SECRET_KEYS.has(key.toLowerCase())) return value === undefined ? value : CENSOR;
  const inPhone = phoneScope || (key !== undefined && PHONE_KEYS.has(key));
  if (typeof value === 'string') return inPhone ? maskPhonesIn(value) : value;
  if (typeof value === 'number' && inPhone && Number.isInteger(value)) return maskPhonesIn(String(value));
  if (value === null || typeof value !== 'object' || depth >= MAX_DEPTH) return value;
  if (Array.isArray(value)) return value.map((item) => scrub(item, undefined, inPhone, depth + 1));
  // Errors, Dates, Buffers… keep their prototype for pino's serializers; redact still covers their known paths.
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return value;
  const out: Record<string, unknown> = {};
  for (const [name, item] of Object.entries(value)) out[name] = scrub(item, name, inPhone, depth + 1);
  return out;
}
