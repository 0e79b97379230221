/** Why a template cannot (or should not) go out as asked; `[]` means sendable. */
import type { Localized } from '../i18n/locale.ts';

export type TemplateProblemCode =
  | 'not_approved'
  | 'paused'
  | 'disabled'
  | 'quality_red'
  | 'language_mismatch'
  | 'missing_parameter'
  | 'empty_parameter'
  | 'parameter_too_long'
  | 'parameter_format'
  | 'unknown_parameter'
  | 'category_changing';

export interface TemplateProblem {
  code: TemplateProblemCode;
  /** The value's key (see parameters.ts: `'1'`, `'first_name'`, `'header_1'`, `'button_0'`) for parameter problems. */
  parameter?: string;
  message: Localized;
}

/** Problems that inform rather than block: the caller decides (a re-categorisation changes the price, not the send). */
export const WARNING_CODES: readonly TemplateProblemCode[] = ['category_changing'];

export function isBlocking(problem: TemplateProblem): boolean {
  return !WARNING_CODES.includes(problem.code);
}
