/**
 * Template suggestions for the contact on screen (shared suggestTemplates: ranked by expected / timely / relevant,
 * variables filled from the CRM) and the check of one suggestion as the agent edited it: the Send button asks the
 * same decide() with the real values, so a blank variable or any other refusal keeps it disabled, with the reason.
 */
import type { PageContact } from '../../../shared/contracts/protocol.ts';
import { decide, type PolicyState, type Verdict } from '../../../shared/policy/decide.ts';
import { cleanParameterValue } from '../../../shared/suggestion/fill.ts';
import { type Suggestion, type SuggestionResult, suggestTemplates } from '../../../shared/suggestion/suggest.ts';
import type { Template } from '../../../shared/templates/model.ts';
import { fixedClock } from '../../../shared/time/clock.ts';
import type { MessageRecord } from '../../db/records.ts';
import { signalsFromFields } from './crm-signals.ts';

/** The CRM's custom fields plus its core properties under the names templates use ({{name}}, {{email}}…). */
export function contactFields(page: PageContact): Record<string, string> {
  const fields: Record<string, string> = { ...page.fields };
  for (const key of ['name', 'email', 'owner', 'stage'] as const) {
    const value = page[key];
    if (value && fields[key] === undefined) fields[key] = value;
  }
  return fields;
}

/** When each template (`name:language`) last went to this contact, so a repeat ranks lower. */
export function lastSentAt(messages: readonly MessageRecord[]): Record<string, number> {
  const last: Record<string, number> = {};
  for (const message of messages) {
    if (!message.template || message.status === 'failed') continue;
    const key = `${message.template.name}:${message.template.language}`;
    last[key] = Math.max(last[key] ?? 0, message.createdAt);
  }
  return last;
}

export function suggestionsFor(
  input: { page: PageContact; readAt: number; messages: readonly MessageRecord[]; templates: readonly Template[] },
  state: PolicyState,
  now: number,
): SuggestionResult {
  const { template: _ignored, ...policy } = state;
  return suggestTemplates(
    {
      templates: input.templates,
      policy,
      fields: contactFields(input.page),
      // The panel's clock ticks once a second, so a read that just arrived can be "after" now: clamp it.
      signals: signalsFromFields(input.page.fields, Math.min(input.readAt, now)),
      ...(input.page.language ? { language: input.page.language } : {}),
      lastSentAt: lastSentAt(input.messages),
    },
    fixedClock(now),
  );
}

/** The values as they would be sent: the CRM's, overridden by what the agent typed, cleaned like the fill step does. */
export function editedValues(suggestion: Suggestion, typed: Readonly<Record<string, string>>): Record<string, string> {
  const values: Record<string, string> = { ...suggestion.values };
  for (const [key, value] of Object.entries(typed)) values[key] = cleanParameterValue(value);
  return values;
}

export function checkTemplateSend(
  template: Template,
  values: Readonly<Record<string, string>>,
  state: PolicyState,
  now: number,
): Verdict {
  return decide(
    { kind: 'template', name: template.name, language: template.language, values },
    { ...state, template },
    fixedClock(now),
  );
}
