/**
 * A template filled with values: the preview an agent reads before sending, and the `components` array of the send
 * payload (spec §5). Values are keyed as parameters.ts documents (`'1'`, `'first_name'`, `'header_1'`, `'button_0'`).
 */
import { err, ok, type Result } from '../result.ts';
import type { GraphSendComponent, GraphSendParameter } from './graph-send.ts';
import { mediaReference, parseLocation } from './header-values.ts';
import type { HeaderFormat, Template, TemplateButton } from './model.ts';
import { parameterProblems, valueAt } from './parameter-checks.ts';
import { parameterKey, type TemplateParameter, templateParameters } from './parameters.ts';
import type { TemplateProblem } from './problems.ts';
import { fillVariables } from './variables.ts';

type Values = Readonly<Record<string, string>>;

export interface RenderedTemplate {
  header?: string;
  body: string;
  footer?: string;
  /** Each button as the user sees it, with its link or number: "Track order (https://x.test/t/42)". */
  buttons: string[];
  /** Parameters with no value (or a blank one); they stay visible in the text as `{{name}}`. */
  missing: TemplateParameter[];
}

/** A non-blank value for the key, else undefined (a blank value previews like a missing one). */
function given(values: Values, key: string): string | undefined {
  const value = valueAt(values, key);
  return value !== undefined && value.trim() !== '' ? value : undefined;
}

function renderButton(button: TemplateButton, index: number, values: Values): string {
  const value = given(values, `button_${index}`);
  switch (button.type) {
    case 'QUICK_REPLY':
      return button.text;
    case 'URL':
      return `${button.text} (${fillVariables(button.url, 'any', () => value)})`;
    case 'PHONE_NUMBER':
      return `${button.text} (${button.phoneNumber})`;
    case 'COPY_CODE':
      return value ?? '{{coupon_code}}';
    case 'OTP':
      return button.text ?? button.otpType ?? 'OTP';
    case 'OTHER':
      return button.text ?? button.rawType;
  }
}

export function renderTemplate(t: Template, values: Values): RenderedTemplate {
  const rendered: RenderedTemplate = { body: '', buttons: [], missing: [] };
  const fill = (text: string, component: 'header' | 'body') =>
    fillVariables(text, t.parameterFormat, (name) => given(values, parameterKey({ component, name })));
  for (const component of t.components) {
    if (component.type === 'HEADER' && component.format === 'TEXT' && component.text !== undefined) {
      rendered.header = fill(component.text, 'header');
    } else if (component.type === 'BODY') rendered.body = fill(component.text, 'body');
    else if (component.type === 'FOOTER') rendered.footer = component.text;
    else if (component.type === 'BUTTONS') {
      rendered.buttons = component.buttons.map((button, index) => renderButton(button, index, values));
    }
  }
  rendered.missing = templateParameters(t).filter((p) => given(values, parameterKey(p)) === undefined);
  return rendered;
}

const MEDIA_TYPE: Partial<Record<HeaderFormat, 'image' | 'video' | 'document' | 'gif'>> = {
  IMAGE: 'image',
  VIDEO: 'video',
  DOCUMENT: 'document',
  GIF: 'gif',
};

function headerParameter(t: Template, p: TemplateParameter, value: string): GraphSendParameter {
  const header = t.components.find((c) => c.type === 'HEADER');
  const media = header?.type === 'HEADER' ? MEDIA_TYPE[header.format] : undefined;
  const reference = mediaReference(value);
  if (media && reference) return { type: media, [media]: reference } as GraphSendParameter;
  const location = header?.type === 'HEADER' && header.format === 'LOCATION' ? parseLocation(value) : undefined;
  if (location) return { type: 'location', location };
  return textParameter(t, p, value);
}

function textParameter(t: Template, p: TemplateParameter, value: string): GraphSendParameter {
  return t.parameterFormat === 'named'
    ? { type: 'text', parameter_name: p.name, text: value }
    : { type: 'text', text: value };
}

function buttonComponent(
  button: TemplateButton,
  index: number,
  value: string | undefined,
): GraphSendComponent | undefined {
  const at = { type: 'button', index: String(index) } as const;
  if (value === undefined) return undefined;
  switch (button.type) {
    case 'URL':
    case 'OTP':
      return { ...at, sub_type: 'url', parameters: [{ type: 'text', text: value }] };
    case 'COPY_CODE':
      return { ...at, sub_type: 'copy_code', parameters: [{ type: 'coupon_code', coupon_code: value }] };
    case 'QUICK_REPLY':
      return { ...at, sub_type: 'quick_reply', parameters: [{ type: 'payload', payload: value }] };
    default:
      return undefined;
  }
}

/**
 * The send payload's `components`, or every parameter problem (missing, blank, malformed, too long, unknown) so
 * nothing reaches Meta that it would refuse with 132000/132005/132012. Status, quality and language are the
 * validator's job (validate.ts). Components without parameters are left out, as Meta allows.
 */
export function buildSendComponents(t: Template, values: Values): Result<GraphSendComponent[], TemplateProblem[]> {
  const problems = parameterProblems(t, values);
  if (problems.length > 0) return err(problems);
  const parameters = templateParameters(t);
  const valueFor = (p: TemplateParameter) => valueAt(values, parameterKey(p)) ?? '';
  const components: GraphSendComponent[] = [];
  const header = parameters.filter((p) => p.component === 'header');
  if (header.length > 0) {
    components.push({ type: 'header', parameters: header.map((p) => headerParameter(t, p, valueFor(p))) });
  }
  const body = parameters.filter((p) => p.component === 'body');
  if (body.length > 0) components.push({ type: 'body', parameters: body.map((p) => textParameter(t, p, valueFor(p))) });
  for (const component of t.components) {
    if (component.type !== 'BUTTONS') continue;
    component.buttons.forEach((button, index) => {
      const built = buttonComponent(button, index, given(values, `button_${index}`));
      if (built) components.push(built);
    });
  }
  return ok(components);
}
