/**
 * Template suggestion: ranks the templates for one contact by expected (consent or an open window), timely (a CRM or
 * conversation trigger this template answers) and relevant (variables fillable, language, quality, not repeated).
 * Every candidate goes through the send policy first: what the gate would refuse is never suggested. Missing
 * variables do not exclude a template (the agent can type them), so the policy is asked with them stood in.
 */
import { consentCategoryOf } from '../categories.ts';
import type { Localized } from '../i18n/locale.ts';
import { decide, type PolicyState, type Verdict } from '../policy/decide.ts';
import type { Template } from '../templates/model.ts';
import { HEADER_LOCATION, HEADER_MEDIA } from '../templates/parameters.ts';
import { type Clock, DAY } from '../time/clock.ts';
import { customerServiceWindow } from '../window/window.ts';
import { type ContactFields, fillTemplateValues, type ParameterMapping } from './fill.ts';
import { type Intent, templateIntents } from './intents.ts';
import { type Factor, scoreExpected, scoreRelevant, scoreTimely } from './scores.ts';
import { activeTriggers, type CrmSignals, type Trigger } from './triggers.ts';

export interface SuggestionInput {
  templates: readonly Template[];
  /** The contact's policy state; `template` is filled in per candidate. */
  policy: Omit<PolicyState, 'template'>;
  fields: ContactFields;
  signals: CrmSignals;
  /** The contact's language as a template language code or BCP 47 tag ("pt_BR", "es", "en-US"). */
  language?: string;
  /** When each template (by `name:language`) was last sent to this contact. */
  lastSentAt?: Readonly<Record<string, number>>;
  mappings?: Readonly<Record<string, ParameterMapping>>;
  intentOverrides?: Readonly<Record<string, readonly Intent[]>>;
}

export interface Suggestion {
  template: Template;
  score: number;
  expected: Factor;
  timely: Factor;
  relevant: Factor;
  /** The factors' reasons in order, for the "why" line. */
  reasons: Localized[];
  values: Record<string, string>;
  missing: string[];
  verdict: Verdict;
}

export interface SuggestionResult {
  suggestions: Suggestion[];
  /** Triggers that hold whatever template is picked (the window closing, a question waiting). */
  triggers: Trigger[];
}

/** Values that pass the format checks, standing in for what the agent will type (a media id, a location). */
function standIn(key: string): string {
  if (key === HEADER_MEDIA) return '1';
  if (key === HEADER_LOCATION) return '0,0';
  return 'x';
}

export function suggestTemplates(input: SuggestionInput, clock: Clock): SuggestionResult {
  const now = clock.now();
  const window = customerServiceWindow(input.policy.window, clock);
  const triggers = activeTriggers(input.signals, window, now);
  const suggestions: Suggestion[] = [];
  for (const template of input.templates) {
    const key = `${template.name}:${template.language}`;
    const filled = fillTemplateValues(template, input.fields, input.mappings?.[key]);
    const standIns = Object.fromEntries(filled.missing.map((name) => [name, standIn(name)]));
    const verdict = decide(
      { kind: 'template', name: template.name, language: template.language, values: { ...filled.values, ...standIns } },
      { ...input.policy, template },
      clock,
    );
    if (!verdict.allowed) continue;
    const category = consentCategoryOf(template.category);
    const expected = scoreExpected(input.policy.consent[category].status === 'opted_in', window.open);
    const timely = scoreTimely(templateIntents(template, input.intentOverrides?.[key]), triggers);
    const lastSent = input.lastSentAt?.[key];
    const relevant = scoreRelevant({
      template,
      missing: filled.missing.length,
      total: filled.missing.length + Object.keys(filled.values).length,
      language: input.language,
      daysSinceSent: lastSent === undefined ? undefined : (now - lastSent) / DAY,
    });
    suggestions.push({
      template,
      score: Math.round(expected.score + timely.score + relevant.score),
      expected,
      timely,
      relevant,
      reasons: [...expected.reasons, ...timely.reasons, ...relevant.reasons],
      values: filled.values,
      missing: filled.missing,
      verdict,
    });
  }
  suggestions.sort((a, b) => b.score - a.score || a.template.name.localeCompare(b.template.name));
  return { suggestions, triggers };
}
