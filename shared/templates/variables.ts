/**
 * Template variables in text (spec §6): positional `{{1}}`, `{{2}}`… or named `{{first_name}}` (lower-case letters,
 * digits, underscores). A template uses one format; a token of the other format is plain text in it.
 */
import type { ParameterFormat } from './model.ts';

const POSITIONAL = /\{\{(\d+)\}\}/g;
const NAMED = /\{\{([a-z_][a-z0-9_]*)\}\}/g;
/** URL buttons take one trailing variable; Meta writes it `{{1}}` even in named templates. */
const ANY = /\{\{([a-z0-9_]+)\}\}/g;

function patternOf(format: ParameterFormat | 'any'): RegExp {
  return format === 'positional' ? POSITIONAL : format === 'named' ? NAMED : ANY;
}

/**
 * Distinct variable names in the order Meta reads them: positional by number (the send payload's parameters are
 * matched to `{{1}}`, `{{2}}`… by position, spec §5), named by first appearance.
 */
export function variablesIn(text: string, format: ParameterFormat | 'any'): string[] {
  const names = [...new Set([...text.matchAll(patternOf(format))].map((match) => match[1] ?? ''))];
  return format === 'positional' ? names.sort((a, b) => Number(a) - Number(b)) : names;
}

/** Replaces each variable with its value; a variable without a value stays visible as `{{name}}`. */
export function fillVariables(
  text: string,
  format: ParameterFormat | 'any',
  lookup: (name: string) => string | undefined,
): string {
  return text.replace(patternOf(format), (token, name: string) => lookup(name) ?? token);
}

/** Whether the text uses named variables and no positional ones: infers the format when Graph omits it. */
export function looksNamed(text: string): boolean {
  return variablesIn(text, 'named').length > 0 && variablesIn(text, 'positional').length === 0;
}
