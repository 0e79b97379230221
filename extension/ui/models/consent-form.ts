/**
 * The consent form's rules. Consent is proof (spec §7: store source, wording, timestamp, category scope), so the form
 * demands a source and the words the customer saw or sent, and records who entered it (the agent from Options).
 */
import type { ConsentCategory } from '../../../shared/categories.ts';
import {
  CONSENT_SOURCES,
  type ConsentAction,
  type ConsentSource,
  WORDLESS_OPT_OUT_SOURCES,
} from '../../../shared/consent/event-types.ts';
import type { ConsentRequest } from '../../../shared/contracts/api.ts';
import type { MessageKey } from '../i18n.ts';

/** Sources an agent can name; the wordless ones are reported by Meta itself, never typed in. */
export const AGENT_SOURCES = CONSENT_SOURCES.filter((source) => !WORDLESS_OPT_OUT_SOURCES.includes(source));

export interface ConsentDraft {
  action: ConsentAction;
  categories: ConsentCategory[];
  source: ConsentSource | '';
  wording: string;
  evidence: string;
}

export type ConsentField = 'categories' | 'source' | 'wording' | 'agent';
export type ConsentErrors = Partial<Record<ConsentField, MessageKey>>;

export type ConsentCheck = { ok: true; request: Omit<ConsentRequest, 'id'> } | { ok: false; errors: ConsentErrors };

export function checkConsentDraft(draft: ConsentDraft, contact: string, agent: string): ConsentCheck {
  const errors: ConsentErrors = {};
  if (draft.categories.length === 0) errors.categories = 'consentErrorCategories';
  if (draft.source === '') errors.source = 'consentErrorSource';
  if (draft.wording.trim() === '') errors.wording = 'consentErrorWording';
  if (agent.trim() === '') errors.agent = 'consentErrorAgent';
  if (Object.keys(errors).length > 0 || draft.source === '') return { ok: false, errors };
  const request: Omit<ConsentRequest, 'id'> = {
    contact,
    action: draft.action,
    categories: draft.categories,
    source: draft.source,
    wording: draft.wording.trim(),
    agent: agent.trim(),
  };
  const evidence = draft.evidence.trim();
  if (evidence) request.evidence = evidence;
  return { ok: true, request };
}
