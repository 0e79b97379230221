/**
 * Shared pieces of the webhook builders (spec §4): the JSON shapes of a body, the epoch-ms → Unix-seconds
 * conversion and the envelope. No clock, no randomness: times and ids come from the caller.
 */
export interface WebhookChangeJson {
  field: string;
  value: Record<string, unknown>;
}
export interface WebhookEntryJson {
  id: string;
  time?: number;
  changes: WebhookChangeJson[];
}
export interface WebhookBodyJson {
  object: 'whatsapp_business_account';
  entry: WebhookEntryJson[];
}

/** The business number a messaging webhook is about. */
export interface BusinessNumber {
  wabaId: string;
  phoneNumberId: string;
  /** Digits only, as Meta writes `display_phone_number`, e.g. "15550783881". */
  displayPhoneNumber: string;
}

/** A WhatsApp user: phone (`waId`, digits, may be "" or omitted) and/or BSUID (`userId`). */
export interface WebhookUser {
  waId?: string;
  userId?: string;
  parentUserId?: string;
  name?: string;
  username?: string;
}

/** Drops undefined properties so the JSON has exactly Meta's keys. */
export function compact<T extends Record<string, unknown>>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as T;
}

/** Epoch milliseconds → Unix seconds. */
export function unixSeconds(at: number): number {
  if (!Number.isFinite(at) || at < 0) throw new RangeError(`A webhook time must be epoch milliseconds, got ${at}.`);
  return Math.floor(at / 1000);
}

export function webhookBody(wabaId: string, changes: WebhookChangeJson[], time?: number): WebhookBodyJson {
  return { object: 'whatsapp_business_account', entry: [compact({ id: wabaId, time, changes })] };
}

/** One body carrying the entries of several (Meta batches up to 1,000 entries). */
export function batchWebhookBodies(...bodies: WebhookBodyJson[]): WebhookBodyJson {
  return { object: 'whatsapp_business_account', entry: bodies.flatMap((body) => body.entry) };
}

/** Meta's webhook error object; `href` as Meta writes it. */
export function webhookError(code: number, title: string, details = title) {
  return {
    code,
    title,
    message: title,
    error_data: { details },
    href: '/documentation/business-messaging/whatsapp/support/error-codes',
  };
}

/** A per-message pricing object (spec §1): billable only for `regular`. */
export function pmpPricing(
  category: string,
  type: 'regular' | 'free_customer_service' | 'free_entry_point' = 'regular',
) {
  return { billable: type === 'regular', pricing_model: 'PMP', type, category };
}
