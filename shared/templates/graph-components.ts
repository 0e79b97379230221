/**
 * Graph template components (spec §6) read into the model. The component set is closed on purpose: a component the
 * model cannot represent (CAROUSEL, LIMITED_TIME_OFFER, a PRODUCT header…) carries send-time parameters the payload
 * builder would leave out, and Meta would refuse the send (132000); such a template is reported, not mangled.
 * Unknown button types are kept as OTHER, so the positions of the other buttons, which `index` addresses, stay right.
 */
import { err, ok, type Result } from '../result.ts';
import type { GraphButton, GraphComponent } from './graph-schema.ts';
import type { HeaderFormat, TemplateButton, TemplateComponent } from './model.ts';

const HEADER_FORMATS: readonly HeaderFormat[] = ['TEXT', 'IMAGE', 'VIDEO', 'GIF', 'DOCUMENT', 'LOCATION'];

function firstString(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  return Array.isArray(value) && typeof value[0] === 'string' ? value[0] : undefined;
}

function button(raw: GraphButton, index: number): Result<TemplateButton, string> {
  const type = raw.type.trim().toUpperCase();
  const missing = (field: string) => err(`button ${index} (${type}) has no ${field}`);
  const text = raw.text ?? undefined;
  switch (type) {
    case 'QUICK_REPLY':
      return text ? ok({ type, text }) : missing('text');
    case 'URL':
      if (!text) return missing('text');
      return raw.url ? ok({ type, text, url: raw.url }) : missing('url');
    case 'PHONE_NUMBER':
      if (!text) return missing('text');
      return raw.phone_number ? ok({ type, text, phoneNumber: raw.phone_number }) : missing('phone_number');
    case 'COPY_CODE': {
      const example = firstString(raw.example);
      return ok(example === undefined ? { type } : { type, example });
    }
    case 'OTP': {
      const otp: TemplateButton = { type };
      if (raw.otp_type) otp.otpType = raw.otp_type.toUpperCase();
      if (text) otp.text = text;
      return ok(otp);
    }
    default:
      return ok(text ? { type: 'OTHER', rawType: type, text } : { type: 'OTHER', rawType: type });
  }
}

function component(raw: GraphComponent): Result<TemplateComponent | undefined, string> {
  const type = raw.type.trim().toUpperCase();
  const text = raw.text ?? undefined;
  switch (type) {
    case 'HEADER': {
      const format = (raw.format ?? (text !== undefined ? 'TEXT' : '')).trim().toUpperCase();
      if (!(HEADER_FORMATS as readonly string[]).includes(format)) return err(`unsupported header format "${format}"`);
      if (format === 'TEXT' && text === undefined) return err('TEXT header has no text');
      return ok(format === 'TEXT' ? { type, format, text } : { type, format: format as HeaderFormat });
    }
    case 'BODY':
      return text === undefined ? err('BODY has no text') : ok({ type, text });
    case 'FOOTER':
      // A footer without text carries nothing to show or fill.
      return ok(text ? { type, text } : undefined);
    case 'BUTTONS': {
      if (!raw.buttons) return err('BUTTONS has no buttons');
      const buttons: TemplateButton[] = [];
      for (const [index, rawButton] of raw.buttons.entries()) {
        const read = button(rawButton, index);
        if (!read.ok) return read;
        buttons.push(read.value);
      }
      return ok({ type, buttons });
    }
    default:
      return err(`unsupported component "${type}"`);
  }
}

/** The components in Graph order; a BODY is required (spec §6) and each component type appears at most once. */
export function readComponents(raw: readonly GraphComponent[]): Result<TemplateComponent[], string> {
  const components: TemplateComponent[] = [];
  for (const item of raw) {
    const read = component(item);
    if (!read.ok) return read;
    if (read.value === undefined) continue;
    const kind = read.value.type;
    if (components.some((c) => c.type === kind)) return err(`more than one ${kind} component`);
    components.push(read.value);
  }
  return components.some((c) => c.type === 'BODY') ? ok(components) : err('no BODY component');
}
