/**
 * "Relevant": template variables filled from the contact's CRM fields. Named variables ({{first_name}}) take the
 * field of that name; positional ones ({{1}}) need the team's mapping, except the greeting pattern "Hi {{1}}" which
 * is the first name in every template library we have seen. Values are cleaned to what Meta accepts in a parameter
 * (no newlines or tabs, no runs of spaces; spec §5 error 132012 family).
 */

import type { Template } from '../templates/model.ts';
import { parameterKey, templateParameters } from '../templates/parameters.ts';

export type ContactFields = Readonly<Record<string, string | undefined>>;
/** Template parameter key ('1', 'first_name', 'header_1', 'button_0'; see templates/parameters.ts) → CRM field name. */
export type ParameterMapping = Readonly<Record<string, string>>;

const GREETING = /^\s*(hi|hello|hey|dear|ol[aá]|oi|prezad[oa]|hola|estimad[oa]|buen[oa]s?\s+\w+)[\s,]*\{\{1\}\}/i;

export function derivedFields(fields: ContactFields): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) out[key] = value;
  const fullName = out.name?.trim();
  if (fullName && !out.first_name) out.first_name = fullName.split(/\s+/)[0] ?? fullName;
  return out;
}

export function cleanParameterValue(value: string): string {
  return value
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

export function fillTemplateValues(
  template: Template,
  fields: ContactFields,
  mapping: ParameterMapping = {},
): { values: Record<string, string>; missing: string[] } {
  const known = derivedFields(fields);
  const body = template.components.find((component) => component.type === 'BODY');
  const greetsFirst = body !== undefined && 'text' in body && GREETING.test(body.text);
  const values: Record<string, string> = {};
  const missing: string[] = [];
  for (const parameter of templateParameters(template)) {
    const key = parameterKey(parameter);
    const field =
      mapping[key] ?? (parameter.name === '1' && parameter.component === 'body' && greetsFirst ? 'first_name' : key);
    const value = known[field] === undefined ? '' : cleanParameterValue(known[field]);
    if (value === '') missing.push(key);
    else values[key] = value;
  }
  return { values, missing };
}
