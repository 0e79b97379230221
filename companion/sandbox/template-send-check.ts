/**
 * Checks a template send's `components` against the approved template as Meta does synchronously (spec §5, §6):
 * header and body parameter counts (132000), a value for every button that needs one (132000), `parameter_name` on
 * every text parameter of a named template (132012), a media parameter of the header's own type (132012).
 */
import {
  HEADER_LOCATION,
  HEADER_MEDIA,
  type Template,
  type TemplateParameter,
  templateParameters,
} from '../../shared/templates/index.ts';
import { failures, type GraphFailure } from './graph-errors.ts';

interface SentComponent {
  type: string;
  index?: string;
  parameters: Record<string, unknown>[];
}

function readComponents(raw: unknown): SentComponent[] | GraphFailure {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) return failures.invalidParameter("template['components'] must be an array");
  const out: SentComponent[] = [];
  for (const [i, item] of raw.entries()) {
    const c = item as Record<string, unknown> | null;
    if (typeof c !== 'object' || c === null || typeof c.type !== 'string') {
      return failures.invalidParameter(`template['components'][${i}]['type'] is required`);
    }
    const parameters = c.parameters ?? [];
    if (!Array.isArray(parameters) || parameters.some((p) => typeof p !== 'object' || p === null)) {
      return failures.invalidParameter(`template['components'][${i}]['parameters'] must be an array of objects`);
    }
    const index = typeof c.index === 'number' || typeof c.index === 'string' ? String(c.index) : undefined;
    out.push({ type: c.type.toLowerCase(), index, parameters: parameters as Record<string, unknown>[] });
  }
  return out;
}

function countProblem(part: string, given: number, expected: number): GraphFailure | undefined {
  if (given === expected) return undefined;
  return failures.parameterCount(
    `${part}: number of localizable_params (${given}) does not match the expected number of params (${expected})`,
  );
}

function textProblem(t: Template, part: string, sent: Record<string, unknown>[], expected: TemplateParameter[]) {
  for (const p of sent) {
    if (p.type === 'text' && (typeof p.text !== 'string' || p.text.trim() === '')) {
      return failures.missingParameter(`${part}: a text parameter has no text`);
    }
  }
  if (t.parameterFormat !== 'named') return undefined;
  const names = new Set(expected.map((p) => p.name));
  const given = new Set(sent.map((p) => p.parameter_name));
  for (const name of names) {
    if (!given.has(name)) return failures.parameterFormat(`${part}: parameter_name "${name}" is missing`);
  }
  return undefined;
}

function headerProblem(t: Template, sent: Record<string, unknown>[]): GraphFailure | undefined {
  const header = t.components.find((c) => c.type === 'HEADER');
  if (header?.type !== 'HEADER' || header.format === 'TEXT' || header.format === 'LOCATION') return undefined;
  const expected = header.format.toLowerCase();
  const type = sent[0]?.type;
  return type === expected ? undefined : failures.parameterFormat(`header: expected a ${expected} parameter`);
}

export function checkTemplateComponents(t: Template, raw: unknown): GraphFailure | undefined {
  const components = readComponents(raw);
  if (!Array.isArray(components)) return components;
  const expected = templateParameters(t);
  const of = (type: string) => components.filter((c) => c.type === type).flatMap((c) => c.parameters);
  const expectedOf = (part: TemplateParameter['component']) => expected.filter((p) => p.component === part);

  const header = of('header');
  const headerExpected = expectedOf('header');
  const body = of('body');
  const bodyExpected = expectedOf('body');
  const problem =
    countProblem('header', header.length, headerExpected.length) ??
    countProblem('body', body.length, bodyExpected.length) ??
    headerProblem(t, header) ??
    textProblem(
      t,
      'header',
      header,
      headerExpected.filter((p) => p.name !== HEADER_MEDIA && p.name !== HEADER_LOCATION),
    ) ??
    textProblem(t, 'body', body, bodyExpected);
  if (problem) return problem;

  const buttons = components.filter((c) => c.type === 'button');
  for (const p of expectedOf('button')) {
    const sent = buttons.find((c) => c.index === String(p.buttonIndex));
    const given = sent?.parameters.length ?? 0;
    const found = countProblem(`buttons[${p.buttonIndex}]`, given, 1);
    if (found) return found;
  }
  return undefined;
}
