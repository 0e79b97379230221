/**
 * The panel's answer to "may I send, what, and now?" for the contact on screen: the shared send policy (the same
 * decide() the companion's gate runs) over the state built from IndexedDB.
 */
import type { PageContact } from '../../../shared/contracts/protocol.ts';
import { decide, type PolicyState, type Verdict } from '../../../shared/policy/decide.ts';
import { isValidTimeZone } from '../../../shared/policy/quiet-hours.ts';
import type { PolicySettings } from '../../../shared/policy/settings.ts';
import { fixedClock } from '../../../shared/time/clock.ts';
import type { NumberRecord } from '../../db/records.ts';
import { policyStateFrom } from '../policy-from-records.ts';
import type { ContactIdentity } from './contact-identity.ts';
import type { ContactData } from './records.ts';

export const VERDICT_KINDS = ['freeForm', 'marketing', 'utility'] as const;
export type VerdictKind = (typeof VERDICT_KINDS)[number];
export type ContactVerdicts = Record<VerdictKind, Verdict>;

export function policyStateOf(
  input: { identity: ContactIdentity; page: PageContact; data: ContactData; number: NumberRecord | undefined },
  settings: PolicySettings,
  now: number,
): PolicyState {
  const zone = input.page.timeZone;
  return policyStateFrom(
    {
      key: input.identity.key,
      phone: input.identity.phone,
      contact: input.data.contact,
      consent: input.data.consent,
      messages: input.data.messages,
      number: input.number,
      // A zone the CRM shows but the browser cannot use would silently disable quiet hours: use the default instead.
      ...(zone && isValidTimeZone(zone) ? { timeZone: zone } : {}),
    },
    settings,
    now,
  );
}

/**
 * Free-form is asked with a stand-in text, so its verdict says whether any text could go out now, not that the
 * composer is still empty; the composer asks again with the real text.
 */
export function contactVerdicts(state: PolicyState, now: number): ContactVerdicts {
  const clock = fixedClock(now);
  return {
    freeForm: decide({ kind: 'text', text: '…' }, state, clock),
    marketing: decide({ kind: 'category', category: 'marketing' }, state, clock),
    utility: decide({ kind: 'category', category: 'utility' }, state, clock),
  };
}

/** Green may send, amber templates only (free-form refused but a template category allowed), red may not. */
export function overallLevel(verdicts: ContactVerdicts): 'green' | 'amber' | 'red' {
  if (verdicts.freeForm.allowed) return 'green';
  return verdicts.marketing.allowed || verdicts.utility.allowed ? 'amber' : 'red';
}

/** Warnings about one template; every other warning is about the number or the limit and is shown once. */
const TEMPLATE_WARNINGS: readonly string[] = ['template_quality_medium', 'category_changing'];

export function templateWarnings(verdict: Verdict): Verdict['warnings'] {
  return verdict.warnings.filter((w) => TEMPLATE_WARNINGS.includes(w.code));
}

/** The number's and the limit's warnings, once for the contact rather than under every verdict. */
export function sharedWarnings(verdicts: ContactVerdicts): Verdict['warnings'] {
  const seen = new Set<string>();
  return VERDICT_KINDS.flatMap((kind) => verdicts[kind].warnings).filter((w) => {
    if (TEMPLATE_WARNINGS.includes(w.code) || seen.has(w.code)) return false;
    seen.add(w.code);
    return true;
  });
}
