/**
 * The rules every consent event obeys, whoever checks it (its types are in event-types.ts). How the contact is read
 * is the caller's: `validateConsentEvent` (events.ts) normalises a phone written in any form, with the phone parser;
 * events that come from the companion's log already carry a stored key, which `validateStoredConsentEvent` checks
 * without phone metadata (the extension has none).
 */
import * as v from 'valibot';
import { CONSENT_CATEGORIES } from '../categories.ts';
import { isBsuid } from '../phone/bsuid.ts';
import { isE164 } from '../phone/e164.ts';
import { err, ok, type Result } from '../result.ts';
import {
  CONSENT_ACTIONS,
  CONSENT_SOURCES,
  type ConsentEvent,
  type ConsentValidationError,
  WORDLESS_OPT_OUT_SOURCES,
} from './event-types.ts';

const MAX_ID = 128;
const MAX_WORDING = 2000;
const MAX_RECORDED_BY = 200;
const MAX_EVIDENCE = 2000;

const notBlank = (value: string) => value.trim() !== '';

const MESSAGES = {
  event: 'A consent event must be an object with id, contact, action, categories, source, wording, at and recordedBy.',
  id: `Give the event a unique id of 1 to ${MAX_ID} characters (a ULID), so a replayed event is counted once.`,
  contact:
    'Give the contact as a phone number with its country code (for example +55 11 98765-4321) or a business-scoped user id (for example US.13491208655302741918).',
  action: 'The action must be "opt_in" or "opt_out".',
  categories: 'List at least one category: marketing, utility or authentication.',
  category: 'Unknown category: use marketing, utility or authentication.',
  source: `The source must be one of: ${CONSENT_SOURCES.join(', ')}.`,
  wording: 'The wording must be text (the words the user saw or sent).',
  wordingLength: `Shorten the wording to ${MAX_WORDING} characters or fewer; keep the full text in the evidence document.`,
  optInWording:
    'Record the wording the user saw or sent when opting in: it is the proof of consent and must name the business (spec §7).',
  optOutWording:
    'Record what the user said or chose when opting out (for example their STOP message); only opt-outs reported by Meta (user_preferences, meta_error) may have no wording.',
  at: 'The time must be Unix epoch milliseconds: a whole number, zero or more.',
  recordedBy: `Say who recorded the event in 1 to ${MAX_RECORDED_BY} characters: an agent id or e-mail, or system:webhook / system:keyword.`,
  evidence: `Shorten the evidence to ${MAX_EVIDENCE} characters or fewer (a URL, wamid or document reference).`,
} as const;

/** Turns the contact as given into the key events are filed under, or says what is wrong with it. */
export type ContactKeyCheck = (value: string) => Result<string, { message: string }>;

const contactKeySchema = (contactKey: ContactKeyCheck) =>
  v.pipe(
    v.string(MESSAGES.contact),
    v.rawTransform(({ dataset, addIssue, NEVER }) => {
      const key = contactKey(dataset.value);
      if (key.ok) return key.value;
      addIssue({ message: `${MESSAGES.contact} ${key.error.message}` });
      return NEVER;
    }),
  );

const Categories = v.pipe(
  v.array(v.picklist(CONSENT_CATEGORIES, MESSAGES.category), MESSAGES.categories),
  v.minLength(1, MESSAGES.categories),
  // A repeated category says nothing more; it is folded rather than refused.
  v.transform((categories) => [...new Set(categories)]),
);

const consentEventSchema = (contactKey: ContactKeyCheck) =>
  v.pipe(
    v.object(
      {
        id: v.pipe(v.string(MESSAGES.id), v.maxLength(MAX_ID, MESSAGES.id), v.check(notBlank, MESSAGES.id)),
        contact: contactKeySchema(contactKey),
        action: v.picklist(CONSENT_ACTIONS, MESSAGES.action),
        categories: Categories,
        source: v.picklist(CONSENT_SOURCES, MESSAGES.source),
        wording: v.pipe(v.string(MESSAGES.wording), v.maxLength(MAX_WORDING, MESSAGES.wordingLength)),
        at: v.pipe(v.number(MESSAGES.at), v.safeInteger(MESSAGES.at), v.minValue(0, MESSAGES.at)),
        recordedBy: v.pipe(
          v.string(MESSAGES.recordedBy),
          v.maxLength(MAX_RECORDED_BY, MESSAGES.recordedBy),
          v.check(notBlank, MESSAGES.recordedBy),
        ),
        evidence: v.nullish(v.pipe(v.string(MESSAGES.evidence), v.maxLength(MAX_EVIDENCE, MESSAGES.evidence))),
      },
      // A missing field is reported under its own path with that field's advice, not a generic "invalid type".
      (issue) => {
        const key = issue.path?.[0]?.key;
        return typeof key === 'string' && Object.hasOwn(MESSAGES, key)
          ? MESSAGES[key as keyof typeof MESSAGES]
          : MESSAGES.event;
      },
    ),
    v.forward(
      v.partialCheck(
        [['action'], ['source'], ['wording']],
        ({ action, source, wording }) =>
          notBlank(wording) || (action === 'opt_out' && WORDLESS_OPT_OUT_SOURCES.includes(source)),
        (issue) => (issue.input.action === 'opt_in' ? MESSAGES.optInWording : MESSAGES.optOutWording),
      ),
      ['wording'],
    ),
  );

type ConsentEventSchema = ReturnType<typeof consentEventSchema>;
const schemas = new Map<ContactKeyCheck, ConsentEventSchema>();

/** Checks an event against the rules, reading its contact with `contactKey`; the event normalised, or every problem. */
export function checkConsentEvent(
  input: unknown,
  contactKey: ContactKeyCheck,
): Result<ConsentEvent, ConsentValidationError> {
  // valibot reads an array as an object with missing keys; a list of events is a different mistake, said once.
  if (Array.isArray(input))
    return err({ code: 'invalid_consent_event', issues: [{ path: '', message: MESSAGES.event }] });
  let schema = schemas.get(contactKey);
  if (!schema) {
    schema = consentEventSchema(contactKey);
    schemas.set(contactKey, schema);
  }
  const parsed = v.safeParse(schema, input);
  if (!parsed.success) {
    const issues = parsed.issues.map((issue) => ({ path: v.getDotPath(issue) ?? '', message: issue.message }));
    return err({ code: 'invalid_consent_event', issues });
  }
  // Rebuilt field by field so unknown input keys never reach the log, and an empty or null evidence is simply absent.
  const { id, contact, action, categories, source, wording, at, recordedBy, evidence } = parsed.output;
  const event: ConsentEvent = { id, contact, action, categories, source, wording, at, recordedBy };
  if (evidence) event.evidence = evidence;
  return ok(event);
}

/** A key as the companion stores it: an E.164 phone ("+" and 7–15 digits) or a business-scoped user id. */
function storedContactKey(value: string): Result<string, { message: string }> {
  return isE164(value) || isBsuid(value)
    ? ok(value)
    : err({ message: 'The stored contact key must be an E.164 phone or a business-scoped user id.' });
}

/** Checks an event read from the companion's log (the extension's feed): its contact key must already be canonical. */
export function validateStoredConsentEvent(input: unknown): Result<ConsentEvent, ConsentValidationError> {
  return checkConsentEvent(input, storedContactKey);
}
