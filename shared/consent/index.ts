/** Consent domain (spec §7): an append-only event log, the state derived from it, and the events platforms produce. */
export { canonicalContactKey } from './contact-key.ts';
export {
  CONSENT_ACTIONS,
  CONSENT_SOURCES,
  type ConsentAction,
  type ConsentEvent,
  type ConsentSource,
  type ConsentValidationError,
  type ConsentValidationIssue,
  validateConsentEvent,
  WORDLESS_OPT_OUT_SOURCES,
} from './events.ts';
export { consentEventFromStopError, consentEventFromUserPreference } from './from-platform.ts';
export { classifyKeyword, consentEventFromKeyword, type KeywordIntent, normalizeKeywordText } from './keywords.ts';
export {
  type CategoryConsent,
  type ConsentState,
  type ConsentStatus,
  deriveConsent,
  hasConsent,
} from './state.ts';
