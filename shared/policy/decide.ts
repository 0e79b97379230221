/**
 * The send policy: one pure function that answers "may I send this, to this contact, now?" with every reason.
 * The companion's gate and the side panel both call it, so the verdict on screen and the gate never disagree.
 *
 * Rules (spec sections in brackets):
 * - free-form text only inside the customer-service window [§1, §11.1];
 * - templates: APPROVED, not paused/disabled, not RED, right language and parameters [§6, §11.10];
 * - outside the window a template needs an opt-in for its category [§7]; an opt-out is honoured even inside it;
 * - marketing: never to US numbers [§0, §7]; not within 24 h of a 131049 for the contact [§7, §11.8];
 * - the portfolio limit counts unique out-of-window template recipients in a moving 24 h [§2, §11.2];
 * - number health BLOCKED (or banned/disconnected, restricted messaging) stops sends [§3, §4];
 * - the team's frequency cap and quiet hours apply to business-initiated (out-of-window) templates.
 */
import { type ConsentCategory, consentCategoryOf } from '../categories.ts';
import { type ConsentState, hasConsent } from '../consent/state.ts';
import type { NumberHealth } from '../health/number-health.ts';
import { numberSendability } from '../health/sendability.ts';
import { countsAgainstLimit, hasRoomFor, type LimitUsage } from '../limits/ledger.ts';
import { isUsE164 } from '../phone/e164.ts';
import { type Charge, chargeFor } from '../pricing/pricing.ts';
import type { Template } from '../templates/model.ts';
import { type Clock, DAY } from '../time/clock.ts';
import { customerServiceWindow, type WindowInputs, type WindowState } from '../window/window.ts';
import { quietHoursEnd } from './quiet-hours.ts';
import { type PolicyReason, type RefusalCode, refusal, type WarningCode, warning } from './reasons.ts';
import type { PolicySettings } from './settings.ts';
import { templateRefusals } from './template-reasons.ts';

export const MAX_TEXT_LENGTH = 4096;
export const ECOSYSTEM_COOLDOWN = DAY;

export type SendRequest =
  | { kind: 'text'; text: string }
  | { kind: 'template'; name: string; language: string; values: Readonly<Record<string, string>> }
  /** "Could any template of this category go out now?" — the contact card's per-category verdict. */
  | { kind: 'category'; category: ConsentCategory };

export interface PolicyState {
  /** `phone` is E.164 (a contact key or a CRM number in international form). */
  contact: { key: string; phone?: string; timeZone?: string };
  consent: ConsentState;
  window: WindowInputs;
  /** The stored template the request names (looked up by name and language); undefined if there is none. */
  template?: Template;
  number?: NumberHealth;
  limit: { usage: LimitUsage; recipientCounted: boolean };
  /** Instants of business-initiated (out-of-window) template sends to this contact, newest last or in any order. */
  recentBusinessInitiated: readonly number[];
  /** The latest 131049 ("healthy ecosystem") failure for this contact. */
  lastEcosystemCapAt?: number;
  settings: PolicySettings;
}

export interface Verdict {
  allowed: boolean;
  reasons: PolicyReason<RefusalCode>[];
  warnings: PolicyReason<WarningCode>[];
  /** The category the send is billed and gated as; undefined for free-form text. */
  category?: ConsentCategory;
  window: WindowState;
  /** True when this send takes a slot of the portfolio messaging limit. */
  countsAgainstLimit: boolean;
  /** Whether and how Meta charges it (spec §1, §11.7). */
  charge: Charge;
}

export function decide(request: SendRequest, state: PolicyState, clock: Clock): Verdict {
  const now = clock.now();
  const window = customerServiceWindow(state.window, clock);
  const reasons: PolicyReason<RefusalCode>[] = [];
  const warnings: PolicyReason<WarningCode>[] = [];
  const isTemplate = request.kind !== 'text';
  const category = categoryOf(request, state.template);

  if (!state.contact.phone && !state.contact.key) reasons.push(refusal('invalid_recipient'));

  if (request.kind === 'text') {
    if (!window.open) reasons.push(refusal('window_closed'));
    if (request.text.trim() === '') reasons.push(refusal('empty_text'));
    if (request.text.length > MAX_TEXT_LENGTH) reasons.push(refusal('text_too_long'));
  } else if (request.kind === 'template') {
    const found = templateRefusals(request, state.template);
    reasons.push(...found.reasons);
    warnings.push(...found.warnings);
  }

  if (category) {
    const consent = state.consent[category];
    if (consent.status === 'opted_out') reasons.push(refusal('opted_out', { detail: category }));
    else if (!window.open && !hasConsent(state.consent, category))
      reasons.push(refusal('no_opt_in', { detail: category }));
    if (category === 'marketing') reasons.push(...marketingRefusals(state, now));
  }

  const sendability = numberSendability(state.number, clock);
  for (const blocker of sendability.blockers) {
    if (blocker.scope === 'all' || (blocker.scope === 'business_initiated' && isTemplate && !window.open)) {
      reasons.push(
        refusal(blocker.scope === 'all' ? 'number_blocked' : 'number_restricted', { detail: blocker.message }),
      );
    } else if (blocker.scope === 'customer_initiated' && window.open && !isTemplate) {
      reasons.push(refusal('number_restricted', { detail: blocker.message }));
    } else if (blocker.scope === 'utility_templates' && category === 'utility') {
      reasons.push(refusal('number_restricted', { detail: blocker.message }));
    }
  }
  for (const numberWarning of sendability.warnings) {
    const reason: PolicyReason<WarningCode> = { code: numberWarning.code, message: numberWarning.message };
    if (numberWarning.details?.length) reason.detail = numberWarning.details.join('; ');
    warnings.push(reason);
  }

  const counts = countsAgainstLimit({ isTemplate, windowOpen: window.open });
  if (counts) {
    const { usage, recipientCounted } = state.limit;
    if (!hasRoomFor(usage, recipientCounted)) {
      reasons.push(refusal('limit_reached', usage.nextSlotFreesAt ? { until: usage.nextSlotFreesAt } : {}));
    } else if (usage.limit !== null && usage.remaining !== null && usage.remaining < usage.limit / 10) {
      warnings.push(warning('limit_almost_reached'));
    }
    reasons.push(...businessInitiatedRefusals(state, now));
  }

  const verdict: Verdict = {
    allowed: reasons.length === 0,
    reasons: dedupe(reasons),
    warnings: dedupe(warnings),
    window,
    countsAgainstLimit: counts && !state.limit.recipientCounted,
    charge: chargeFor(
      {
        ...(category ? { category } : {}),
        windowOpen: window.open,
        freeEntryPointOpen: window.freeEntryPointUntil !== undefined,
      },
      now,
    ),
  };
  if (category) verdict.category = category;
  return verdict;
}

function categoryOf(request: SendRequest, template: Template | undefined): ConsentCategory | undefined {
  if (request.kind === 'category') return request.category;
  if (request.kind === 'template' && template) return consentCategoryOf(template.category);
  return undefined;
}

function marketingRefusals(state: PolicyState, now: number): PolicyReason<RefusalCode>[] {
  const out: PolicyReason<RefusalCode>[] = [];
  if (state.contact.phone && isUsE164(state.contact.phone)) out.push(refusal('us_marketing'));
  const capAt = state.lastEcosystemCapAt;
  if (capAt !== undefined && now < capAt + ECOSYSTEM_COOLDOWN) {
    out.push(refusal('ecosystem_cooldown', { until: capAt + ECOSYSTEM_COOLDOWN }));
  }
  return out;
}

/** The team's rules for messages the business starts: frequency cap and quiet hours. */
function businessInitiatedRefusals(state: PolicyState, now: number): PolicyReason<RefusalCode>[] {
  const out: PolicyReason<RefusalCode>[] = [];
  const { frequencyCap, quietHours, defaultTimeZone } = state.settings;
  const inPeriod = state.recentBusinessInitiated.filter((at) => at > now - frequencyCap.periodMs && at <= now);
  if (inPeriod.length >= frequencyCap.max) {
    const sorted = [...inPeriod].sort((a, b) => a - b);
    const freesAt = (sorted[sorted.length - frequencyCap.max] ?? now) + frequencyCap.periodMs;
    out.push(refusal('frequency_cap', { until: freesAt }));
  }
  if (quietHours) {
    const until = quietHoursEnd(quietHours, state.contact.timeZone ?? defaultTimeZone, now);
    if (until !== undefined) out.push(refusal('quiet_hours', { until }));
  }
  return out;
}

function dedupe<T extends PolicyReason>(reasons: T[]): T[] {
  const seen = new Set<string>();
  return reasons.filter((reason) => {
    const key = `${reason.code}:${typeof reason.detail === 'string' ? reason.detail : JSON.stringify(reason.detail)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
