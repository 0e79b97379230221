/**
 * Opt-outs Meta reports on the user's behalf (spec §7): the in-app "Stop promotions" / "Resume promotions" choice
 * arrives as a `user_preferences` webhook (spec §4), and a marketing send to someone who stopped promotions fails
 * with error 131050 (spec §5). Both concern marketing only: utility, authentication and in-window messages are
 * unaffected, so no other category is touched.
 */
import { fromUnixSeconds } from '../time/clock.ts';
import { canonicalContactKey } from './contact-key.ts';
import type { ConsentAction, ConsentEvent } from './events.ts';

/** `user_preferences[].value` → action. Anything else is a value this code does not know and is ignored. */
const PREFERENCE_ACTIONS: ReadonlyMap<string, ConsentAction> = new Map([
  ['stop', 'opt_out'],
  ['resume', 'opt_in'],
]);

/** What the user chose in WhatsApp, when Meta sends no `detail`: an opt-in is never recorded without wording. */
const PREFERENCE_WORDING: Readonly<Record<ConsentAction, string>> = {
  opt_out: 'Stop promotions (WhatsApp marketing preference)',
  opt_in: 'Resume promotions (WhatsApp marketing preference)',
};

/**
 * The consent event for one `user_preferences` item, or null for an unknown category or value or a malformed
 * timestamp: Meta may add preferences, and an unknown one must never break webhook processing.
 * "resume" is the user re-enabling promotions from this business in WhatsApp itself, so it is recorded as a marketing
 * opt-in with the platform as its proof.
 */
export function consentEventFromUserPreference(input: {
  id: string;
  contact: string;
  preference: { detail?: string; category: string; value: string; timestamp: number | string };
}): ConsentEvent | null {
  const { detail, category, value, timestamp } = input.preference;
  if (category.trim().toLowerCase() !== 'marketing_messages') return null;
  const action = PREFERENCE_ACTIONS.get(value.trim().toLowerCase());
  const at = fromUnixSeconds(typeof timestamp === 'string' ? timestamp.trim() : timestamp);
  if (!action || at === undefined) return null;
  return {
    id: input.id,
    contact: canonicalContactKey(input.contact),
    action,
    categories: ['marketing'],
    source: 'user_preferences',
    wording: detail?.trim() || PREFERENCE_WORDING[action],
    at,
    recordedBy: 'system:webhook',
  };
}

/**
 * A failed status with error 131050 ("user stopped marketing messages from you") is itself proof of a marketing
 * opt-out (spec §5: "N, set marketing opt-out"; §11.8). Unlike 131049, a per-user cap, it must stop marketing.
 * `at` is the status timestamp in epoch ms; the user wrote nothing, so the wording is empty and the wamid is evidence.
 */
export function consentEventFromStopError(input: {
  id: string;
  contact: string;
  wamid: string;
  at: number;
}): ConsentEvent {
  return {
    id: input.id,
    contact: canonicalContactKey(input.contact),
    action: 'opt_out',
    categories: ['marketing'],
    source: 'meta_error',
    wording: '',
    at: input.at,
    recordedBy: 'system:webhook',
    evidence: input.wamid,
  };
}
