/**
 * What a consent event is (spec §7: proof with source, wording, timestamp and category scope): its types and the
 * lists the forms offer. The rules that check an event are in event-schema.ts.
 */
import type { ConsentCategory } from '../categories.ts';

export type ConsentAction = 'opt_in' | 'opt_out';
export const CONSENT_ACTIONS = ['opt_in', 'opt_out'] as const satisfies readonly ConsentAction[];

export const CONSENT_SOURCES = [
  'web_form',
  'in_thread',
  'keyword',
  'agent',
  'user_preferences',
  'meta_error',
  'import',
  'ivr',
  'paper',
  'other',
] as const;
export type ConsentSource = (typeof CONSENT_SOURCES)[number];

export interface ConsentEvent {
  /** Unique, given by the caller (ULID); events are append-only and deduplicated by id. */
  id: string;
  /** Contact key: E.164 phone or BSUID (shared/phone/identity.ts). */
  contact: string;
  action: ConsentAction;
  /** Non-empty, no duplicates. */
  categories: ConsentCategory[];
  source: ConsentSource;
  /** The text the user saw or sent; an opt-in's wording is its proof and is never empty. */
  wording: string;
  /** Epoch ms when the user gave or withdrew consent (not when it was recorded). */
  at: number;
  /** Agent id or e-mail, or 'system:webhook' / 'system:keyword'. */
  recordedBy: string;
  /** URL, wamid or document reference. */
  evidence?: string;
}

export interface ConsentValidationIssue {
  /** Dot path of the offending field ("categories.1"); "" for the event as a whole. */
  path: string;
  message: string;
}

export interface ConsentValidationError {
  code: 'invalid_consent_event';
  issues: ConsentValidationIssue[];
}

/**
 * Opt-outs that Meta reports (the in-app "Stop promotions" preference, error 131050, spec §5 and §7) carry no text
 * from the user, yet must be honoured: they are the only events allowed to have no wording.
 */
export const WORDLESS_OPT_OUT_SOURCES: readonly ConsentSource[] = ['user_preferences', 'meta_error'];
