/**
 * Checks of the values given for a template's parameters, before Meta refuses them (spec §5 errors 132000,
 * 132005, 132012; spec §6 limits). Shared by the send validator and the payload builder.
 */
import type { Locale } from '../i18n/locale.ts';
import { mediaReference, parseLocation } from './header-values.ts';
import { describeParameter, localize, type MessageId } from './messages.ts';
import type { Template } from './model.ts';
import {
  HEADER_LOCATION,
  HEADER_MEDIA,
  optionalParameterKeys,
  parameterKey,
  type TemplateParameter,
  templateParameters,
} from './parameters.ts';
import type { TemplateProblem, TemplateProblemCode } from './problems.ts';
import { fillVariables } from './variables.ts';

/** Spec §6: text header ≤ 60 characters, body ≤ 1,024, copy-code coupon ≤ 15 — counted after filling the variables. */
export const MAX_HEADER_LENGTH = 60;
export const MAX_BODY_LENGTH = 1024;
export const MAX_COUPON_LENGTH = 15;

/** Meta refuses text parameters with newlines, tabs or more than 4 consecutive spaces (error 132012 family). */
const BAD_TEXT = /[\r\n\t\v\f\u2028\u2029]| {5,}/;

type Values = Readonly<Record<string, string>>;

/** The value under `key`, own properties only (a key like "constructor" must not read the prototype). */
export function valueAt(values: Values, key: string): string | undefined {
  const value = Object.hasOwn(values, key) ? values[key] : undefined;
  return typeof value === 'string' ? value : undefined;
}

function problem(
  code: TemplateProblemCode,
  id: MessageId,
  p: TemplateParameter,
  extra: Record<string, string | number> = {},
): TemplateProblem {
  return {
    code,
    parameter: parameterKey(p),
    message: localize(id, (locale: Locale) => ({ ...extra, what: describeParameter(p, locale) })),
  };
}

function formatProblem(p: TemplateParameter, value: string): TemplateProblem | undefined {
  if (p.component === 'header' && p.name === HEADER_MEDIA) {
    return mediaReference(value) ? undefined : problem('parameter_format', 'format_media', p);
  }
  if (p.component === 'header' && p.name === HEADER_LOCATION) {
    return parseLocation(value) ? undefined : problem('parameter_format', 'format_location', p);
  }
  if (BAD_TEXT.test(value)) return problem('parameter_format', 'format_text', p);
  if (p.component === 'button' && p.name === 'coupon_code' && value.length > MAX_COUPON_LENGTH) {
    return problem('parameter_too_long', 'too_long_coupon', p, { length: value.length, max: MAX_COUPON_LENGTH });
  }
  return undefined;
}

/**
 * Rendered length of a text component once every variable has a value; the problem names the longest value, the
 * one worth shortening. Lengths are UTF-16 units (an emoji counts 2): stricter than code points, never looser.
 */
function lengthProblem(t: Template, part: 'header' | 'body', parameters: TemplateParameter[], values: Values) {
  const component = t.components.find((c) => c.type === (part === 'header' ? 'HEADER' : 'BODY'));
  const text = component && 'text' in component ? component.text : undefined;
  const mine = parameters.filter((p) => p.component === part && p.name !== HEADER_MEDIA && p.name !== HEADER_LOCATION);
  if (text === undefined || mine.length === 0) return undefined;
  const filled = mine.map((p) => valueAt(values, parameterKey(p)));
  if (filled.some((value) => value === undefined || value.trim() === '')) return undefined;
  const rendered = fillVariables(text, t.parameterFormat, (name) =>
    valueAt(values, parameterKey({ component: part, name })),
  );
  const max = part === 'header' ? MAX_HEADER_LENGTH : MAX_BODY_LENGTH;
  if (rendered.length <= max) return undefined;
  const longest = mine.reduce((a, b) =>
    (valueAt(values, parameterKey(b)) ?? '').length > (valueAt(values, parameterKey(a)) ?? '').length ? b : a,
  );
  const id = part === 'header' ? 'too_long_header' : 'too_long_body';
  return problem('parameter_too_long', id, longest, { length: rendered.length, max });
}

export function parameterProblems(t: Template, values: Values): TemplateProblem[] {
  const parameters = templateParameters(t);
  const problems: TemplateProblem[] = [];
  const checked = new Set<string>();
  for (const p of parameters) {
    const key = parameterKey(p);
    if (checked.has(key)) continue; // a named variable in header and body: one value, one verdict
    checked.add(key);
    const value = valueAt(values, key);
    if (value === undefined) problems.push(problem('missing_parameter', 'missing_parameter', p));
    else if (value.trim() === '') problems.push(problem('empty_parameter', 'empty_parameter', p));
    else {
      const found = formatProblem(p, value);
      if (found) problems.push(found);
    }
  }
  for (const part of ['header', 'body'] as const) {
    const found = lengthProblem(t, part, parameters, values);
    if (found) problems.push(found);
  }
  const known = new Set([...checked, ...optionalParameterKeys(t)]);
  for (const key of Object.keys(values)) {
    if (!known.has(key))
      problems.push({ code: 'unknown_parameter', parameter: key, message: localize('unknown_parameter', { key }) });
  }
  return problems;
}
