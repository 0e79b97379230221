/**
 * The values a template needs at send time, in the order Meta expects them (spec §5, §6): header, body, then
 * buttons by position.
 *
 * Values are passed as a record keyed by `parameterKey(p)`:
 * - body variables by name: `'1'`, `'2'` (positional) or `'first_name'` (named);
 * - header text variables by name too, except positional ones, which are `'header_1'`: positional numbers restart in
 *   each component, so the header's `{{1}}` and the body's `{{1}}` are two different values. A named header variable
 *   shares its key with a body variable of the same name (same name, same meaning);
 * - a media header (IMAGE, VIDEO, GIF, DOCUMENT) takes `'header_media'`: an http(s) link or an uploaded media id;
 * - a LOCATION header takes `'header_location'`: `"latitude,longitude"`, optionally `"latitude,longitude|name|address"`;
 * - buttons take `'button_<index>'` with the button's 0-based position: the URL suffix, the coupon of a COPY_CODE
 *   button, the code of an OTP button, and optionally the payload of a QUICK_REPLY button.
 */
import type { Template, TemplateButton } from './model.ts';
import { variablesIn } from './variables.ts';

export interface TemplateParameter {
  component: 'header' | 'body' | 'button';
  /** Position of the button in the BUTTONS component, 0-based; only for button parameters. */
  buttonIndex?: number;
  /** The variable as written: `'1'`, `'first_name'`; `'header_media'`, `'header_location'`, `'coupon_code'`, `'code'`. */
  name: string;
}

export const HEADER_MEDIA = 'header_media';
export const HEADER_LOCATION = 'header_location';

/** The key of a parameter's value in the values record (see the module comment). */
export function parameterKey(p: TemplateParameter): string {
  if (p.component === 'button') return `button_${p.buttonIndex ?? 0}`;
  if (p.component === 'header' && /^\d+$/.test(p.name)) return `header_${p.name}`;
  return p.name;
}

/** The send-time parameter a button needs, if any; quick-reply payloads are optional and listed apart. */
function buttonParameter(button: TemplateButton, index: number): TemplateParameter | undefined {
  switch (button.type) {
    case 'URL': {
      const name = variablesIn(button.url, 'any')[0];
      return name === undefined ? undefined : { component: 'button', buttonIndex: index, name };
    }
    case 'COPY_CODE':
      return { component: 'button', buttonIndex: index, name: 'coupon_code' };
    // Authentication templates repeat the one-time code in the button (copy code / one-tap / zero-tap).
    case 'OTP':
      return { component: 'button', buttonIndex: index, name: 'code' };
    default:
      return undefined;
  }
}

export function templateParameters(t: Template): TemplateParameter[] {
  const header: TemplateParameter[] = [];
  const body: TemplateParameter[] = [];
  const buttons: TemplateParameter[] = [];
  for (const component of t.components) {
    if (component.type === 'HEADER') {
      if (component.format === 'TEXT') {
        for (const name of variablesIn(component.text ?? '', t.parameterFormat))
          header.push({ component: 'header', name });
      } else if (component.format === 'LOCATION') {
        header.push({ component: 'header', name: HEADER_LOCATION });
      } else {
        header.push({ component: 'header', name: HEADER_MEDIA });
      }
    } else if (component.type === 'BODY') {
      for (const name of variablesIn(component.text, t.parameterFormat)) body.push({ component: 'body', name });
    } else if (component.type === 'BUTTONS') {
      component.buttons.forEach((button, index) => {
        const parameter = buttonParameter(button, index);
        if (parameter) buttons.push(parameter);
      });
    }
  }
  return [...header, ...body, ...buttons];
}

/** Keys a caller may add without being asked: quick-reply payloads (`button_<index>`), spec §5. */
export function optionalParameterKeys(t: Template): string[] {
  const keys: string[] = [];
  for (const component of t.components) {
    if (component.type !== 'BUTTONS') continue;
    component.buttons.forEach((button, index) => {
      if (button.type === 'QUICK_REPLY') keys.push(`button_${index}`);
    });
  }
  return keys;
}

/** The BUTTONS component's buttons, or none. */
export function buttonsOf(t: Template): TemplateButton[] {
  for (const component of t.components) if (component.type === 'BUTTONS') return component.buttons;
  return [];
}
