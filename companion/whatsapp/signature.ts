/**
 * Meta signs every webhook POST: `X-Hub-Signature-256: sha256=<hex>` is HMAC-SHA256 of the raw body bytes with the
 * App Secret (spec §4, §11.5) — not the verify token, not re-serialised JSON. Compared in constant time before parsing.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export function signBody(body: Uint8Array | string, appSecret: string): string {
  return `sha256=${createHmac('sha256', appSecret).update(body).digest('hex')}`;
}

export function isValidSignature(body: Uint8Array, header: string | undefined, appSecret: string): boolean {
  if (!header || !/^sha256=[0-9a-f]{64}$/i.test(header)) return false;
  const expected = createHmac('sha256', appSecret).update(body).digest();
  const given = Buffer.from(header.slice('sha256='.length), 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
