/**
 * The current consent of one contact, derived from its event log (events.ts). Derivation is a pure fold, so the log
 * can be replayed, merged from several devices or re-delivered by webhooks (spec §4: "duplicates happen") and always
 * gives the same answer.
 *
 * Nothing here turns an inbound message into an opt-in: a message opens the service window but is not consent
 * (spec §7 [interpretation]). Only explicit opt-in events grant it.
 */
import { CONSENT_CATEGORIES, type ConsentCategory } from '../categories.ts';
import type { ConsentAction, ConsentEvent } from './events.ts';

export type ConsentStatus = 'opted_in' | 'opted_out' | 'unknown';

export interface CategoryConsent {
  status: ConsentStatus;
  /** When the current status began: the instant of `proof`. Absent while unknown. */
  since?: number;
  /** The event that moved the category into its current status. Absent while unknown. */
  proof?: ConsentEvent;
}

export type ConsentState = Readonly<Record<ConsentCategory, CategoryConsent>>;

/**
 * At the same instant an opt-out is applied after an opt-in, so the opt-out prevails: when the order of two acts
 * cannot be told apart, the safer reading is that the user does not want the messages (spec §7: honour stop requests).
 */
const APPLY_ORDER: Record<ConsentAction, number> = { opt_in: 0, opt_out: 1 };

const STATUS_OF: Record<ConsentAction, ConsentStatus> = { opt_in: 'opted_in', opt_out: 'opted_out' };

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Every field, so two events that differ in anything still compare deterministically. */
function contentKey(event: ConsentEvent): string {
  const { id, contact, action, categories, source, wording, at, recordedBy, evidence } = event;
  return JSON.stringify([id, contact, action, [...categories].sort(), source, wording, at, recordedBy, evidence ?? '']);
}

/** The order events are applied in: by instant, then opt-out last, then id; content only breaks exact ties. */
function compareForApply(a: ConsentEvent, b: ConsentEvent): number {
  return (
    a.at - b.at ||
    APPLY_ORDER[a.action] - APPLY_ORDER[b.action] ||
    compareText(a.id, b.id) ||
    compareText(contentKey(a), contentKey(b))
  );
}

/**
 * Keeps one event per id. A replay is identical, so any copy will do; two different events under one id are a caller
 * bug, and the opt-out (then the earlier one) is kept so the choice never depends on input order and errs safe.
 */
function preferredDuplicate(kept: ConsentEvent, other: ConsentEvent): ConsentEvent {
  const safer = APPLY_ORDER[other.action] - APPLY_ORDER[kept.action];
  if (safer !== 0) return safer > 0 ? other : kept;
  return compareForApply(other, kept) < 0 ? other : kept;
}

function dedupeById(events: readonly ConsentEvent[]): ConsentEvent[] {
  const byId = new Map<string, ConsentEvent>();
  for (const event of events) {
    const kept = byId.get(event.id);
    byId.set(event.id, kept ? preferredDuplicate(kept, event) : event);
  }
  return [...byId.values()];
}

/**
 * Folds the events given (the caller picks the contact) into a status per category. The latest event of each
 * category decides its status; a repeat of the current status (a second STOP, another 131050 failure) keeps the
 * original `since` and `proof`, because that is when and how the status began.
 */
export function deriveConsent(events: readonly ConsentEvent[]): ConsentState {
  const state = Object.fromEntries(
    CONSENT_CATEGORIES.map((category) => [category, { status: 'unknown' } as CategoryConsent]),
  ) as Record<ConsentCategory, CategoryConsent>;
  for (const event of dedupeById(events).sort(compareForApply)) {
    const status = STATUS_OF[event.action];
    for (const category of event.categories) {
      if (state[category].status !== status) state[category] = { status, since: event.at, proof: event };
    }
  }
  return state;
}

/** True only for an explicit opt-in; unknown is not consent (spec §7: opt-in is required before messaging). */
export function hasConsent(state: ConsentState, category: ConsentCategory): boolean {
  return state[category].status === 'opted_in';
}
