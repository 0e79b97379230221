/**
 * Business-scoped user ids (BSUID, spec §9): how Meta names a WhatsApp user who adopted a username and shows no phone.
 * No phone metadata here, so the extension can check ids without the phone parser.
 */
import { err, ok, type Result } from '../result.ts';

/** "CC.<alnum>" or a parent BSUID "CC.ENT.<alnum>", up to 256 characters in all; stored exactly as received. */
export type Bsuid = string & { readonly __brand: 'Bsuid' };

const BSUID_PATTERN = /^[A-Z]{2}\.(ENT\.)?[A-Za-z0-9]{1,250}$/;

export function parseBsuid(value: string): Result<Bsuid, { code: 'invalid_bsuid'; input: string; message: string }> {
  if (value.length <= 256 && BSUID_PATTERN.test(value)) return ok(value as Bsuid);
  return err({
    code: 'invalid_bsuid',
    input: value.slice(0, 300),
    message:
      'A business-scoped user id looks like "US.13491208655302741918": a country code, a period, letters and digits.',
  });
}

export function isBsuid(value: string): value is Bsuid {
  return parseBsuid(value).ok;
}
