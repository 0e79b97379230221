/**
 * Can this template go out now, as asked? Checked before every send (spec §11.10): approved status, quality, the
 * approved translation, and the parameter values. Returns every problem found; `[]` means sendable. A pending
 * re-categorisation is a warning (`isBlocking` is false): the send still works, at the new category's price.
 */
import { categoryName, localize } from './messages.ts';
import type { Template } from './model.ts';
import { parameterProblems } from './parameter-checks.ts';
import type { TemplateProblem } from './problems.ts';

export { isBlocking, type TemplateProblem, type TemplateProblemCode, WARNING_CODES } from './problems.ts';

export interface TemplateSendRequest {
  /** Meta's language code asked for, e.g. "pt_BR"; must be the template's own translation, exactly. */
  language: string;
  values: Readonly<Record<string, string>>;
}

/** Spec §6: only APPROVED is sendable. PAUSED and DISABLED get their own codes (Meta refuses them with 132015/132016). */
function statusProblems(t: Template): TemplateProblem[] {
  if (t.status === 'APPROVED') return [];
  if (t.status === 'PAUSED') return [{ code: 'paused', message: localize('paused') }];
  if (t.status === 'DISABLED') return [{ code: 'disabled', message: localize('disabled') }];
  return [{ code: 'not_approved', message: localize('not_approved', { status: t.status }) }];
}

export function validateTemplateSend(t: Template, request: TemplateSendRequest): TemplateProblem[] {
  const problems = statusProblems(t);
  // Spec §6: a template reaching RED is paused (3 h, 6 h, then disabled); each further send adds to the feedback.
  if (t.quality === 'RED') problems.push({ code: 'quality_red', message: localize('quality_red') });
  // Spec §5: the language code must match an approved translation; "en" and "en_US" are different translations.
  if (request.language !== t.language) {
    problems.push({
      code: 'language_mismatch',
      message: localize('language_mismatch', { approved: t.language, requested: request.language }),
    });
  }
  problems.push(...parameterProblems(t, request.values));
  // Spec §6: the charge is the category at time of send; Meta announces re-categorisations before they apply.
  const pending = t.pendingCategory;
  if (pending && pending.category !== t.category) {
    problems.push({
      code: 'category_changing',
      message: localize('category_changing', (locale) => ({ category: categoryName(pending.category, locale) })),
    });
  }
  return problems;
}
