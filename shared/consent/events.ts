/**
 * Consent is an append-only log of events, never a mutable flag (spec §7: "Store proof (source, wording, timestamp,
 * category scope)"). Each event is proof on its own; the current state is derived from the log (state.ts).
 * Events enter the log only through `validateConsentEvent`, which normalises the contact key so one person's events
 * are filed under one key. The event's types are in event-types.ts and its rules in event-schema.ts, neither of which needs phone metadata.
 */
import { contactKeyOf, parseContactKey } from '../phone/identity.ts';
import { err, ok, type Result } from '../result.ts';
import { checkConsentEvent } from './event-schema.ts';
import type { ConsentEvent, ConsentValidationError } from './event-types.ts';

export { validateStoredConsentEvent } from './event-schema.ts';
export {
  CONSENT_ACTIONS,
  CONSENT_SOURCES,
  type ConsentAction,
  type ConsentEvent,
  type ConsentSource,
  type ConsentValidationError,
  type ConsentValidationIssue,
  WORDLESS_OPT_OUT_SOURCES,
} from './event-types.ts';

/** A phone written in any form with its country code (normalised to E.164), or a BSUID. */
function writtenContactKey(value: string): Result<string, { message: string }> {
  const parsed = parseContactKey(value);
  return parsed.ok ? ok(contactKeyOf(parsed.value)) : err({ message: parsed.error.message });
}

/** Checks an event from any boundary (form, import, API) and returns it normalised, or every problem found. */
export function validateConsentEvent(input: unknown): Result<ConsentEvent, ConsentValidationError> {
  return checkConsentEvent(input, writtenContactKey);
}
