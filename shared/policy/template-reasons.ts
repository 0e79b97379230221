/** Turns the template validator's problems into the policy's refusal and warning reasons (spec §6, §11.10). */
import type { Template } from '../templates/model.ts';
import { type TemplateProblemCode, validateTemplateSend } from '../templates/validate.ts';
import { type PolicyReason, type RefusalCode, refusal, type WarningCode, warning } from './reasons.ts';

const REFUSAL_OF: Partial<Record<TemplateProblemCode, RefusalCode>> = {
  not_approved: 'template_not_approved',
  paused: 'template_paused',
  disabled: 'template_disabled',
  quality_red: 'template_quality_red',
};

export function templateRefusals(
  request: { name: string; language: string; values: Readonly<Record<string, string>> },
  template: Template | undefined,
): { reasons: PolicyReason<RefusalCode>[]; warnings: PolicyReason<WarningCode>[] } {
  if (!template || template.name !== request.name) return { reasons: [refusal('template_unknown')], warnings: [] };
  const reasons: PolicyReason<RefusalCode>[] = [];
  const warnings: PolicyReason<WarningCode>[] = [];
  for (const problem of validateTemplateSend(template, { language: request.language, values: request.values })) {
    if (problem.code === 'category_changing') warnings.push(warning('category_changing', { detail: problem.message }));
    else reasons.push(refusal(REFUSAL_OF[problem.code] ?? 'template_invalid', { detail: problem.message }));
  }
  if (template.quality === 'YELLOW') warnings.push(warning('template_quality_medium'));
  return { reasons, warnings };
}
