/**
 * Builders of message templates in Meta's Graph format: the items `GET /{waba-id}/message_templates` returns
 * (spec §6). Seeds are written with these so every translation has the same shape as Meta's own: upper-case
 * component types, examples next to the text that needs them, `quality_score` as an object.
 */

export type GraphCategory = 'MARKETING' | 'UTILITY' | 'AUTHENTICATION';
export type GraphQualityScore = 'GREEN' | 'YELLOW' | 'RED' | 'UNKNOWN';

export interface GraphButtonJson {
  type: 'QUICK_REPLY' | 'URL' | 'PHONE_NUMBER' | 'COPY_CODE' | 'OTP';
  text?: string;
  url?: string;
  phone_number?: string;
  otp_type?: 'COPY_CODE' | 'ONE_TAP' | 'ZERO_TAP';
  example?: string[];
}

export interface GraphComponentJson {
  type: 'HEADER' | 'BODY' | 'FOOTER' | 'BUTTONS';
  format?: 'TEXT' | 'IMAGE';
  text?: string;
  example?: Record<string, unknown>;
  buttons?: GraphButtonJson[];
  /** Authentication templates only (spec §6). */
  add_security_recommendation?: boolean;
  code_expiration_minutes?: number;
}

/** One translation of a template, as one item of Meta's list. */
export interface GraphTemplateJson {
  id: string;
  name: string;
  language: string;
  status: string;
  category: GraphCategory;
  parameter_format: 'POSITIONAL' | 'NAMED';
  components: GraphComponentJson[];
  quality_score: { score: GraphQualityScore; date?: number };
  rejected_reason: string;
}

export interface TemplateSeed {
  id: string;
  name: string;
  language: string;
  category: GraphCategory;
  components: GraphComponentJson[];
  /** APPROVED unless said otherwise. */
  status?: string;
  /** GREEN unless said otherwise. */
  quality?: GraphQualityScore;
}

/** Meta's format is deduced from the examples given: named examples ⇒ NAMED (spec §6). */
export function graphTemplate(seed: TemplateSeed): GraphTemplateJson {
  const named = seed.components.some((c) => c.example && 'body_text_named_params' in c.example);
  return {
    id: seed.id,
    name: seed.name,
    language: seed.language,
    status: seed.status ?? 'APPROVED',
    category: seed.category,
    parameter_format: named ? 'NAMED' : 'POSITIONAL',
    components: seed.components,
    quality_score: { score: seed.quality ?? 'GREEN' },
    rejected_reason: 'NONE',
  };
}

export function textHeader(text: string, example?: string): GraphComponentJson {
  return example === undefined
    ? { type: 'HEADER', format: 'TEXT', text }
    : { type: 'HEADER', format: 'TEXT', text, example: { header_text: [example] } };
}

/** An image header: the example is the review-time upload handle, the real image is a send-time parameter. */
export function imageHeader(handle: string): GraphComponentJson {
  return { type: 'HEADER', format: 'IMAGE', example: { header_handle: [handle] } };
}

/** A body with positional variables: one example row, in variable order. */
export function positionalBody(text: string, examples: string[]): GraphComponentJson {
  return examples.length === 0 ? { type: 'BODY', text } : { type: 'BODY', text, example: { body_text: [examples] } };
}

/** A body with named variables (`{{first_name}}`): examples as Meta stores them, one per name. */
export function namedBody(text: string, examples: Record<string, string>): GraphComponentJson {
  const params = Object.entries(examples).map(([param_name, example]) => ({ param_name, example }));
  return { type: 'BODY', text, example: { body_text_named_params: params } };
}

export function footer(text: string): GraphComponentJson {
  return { type: 'FOOTER', text };
}

export function buttons(...list: GraphButtonJson[]): GraphComponentJson {
  return { type: 'BUTTONS', buttons: list };
}

export function quickReply(text: string): GraphButtonJson {
  return { type: 'QUICK_REPLY', text };
}

/** A URL button; a trailing `{{1}}` makes the suffix a send-time parameter, and Meta then wants an example URL. */
export function urlButton(text: string, url: string, example?: string): GraphButtonJson {
  return example === undefined ? { type: 'URL', text, url } : { type: 'URL', text, url, example: [example] };
}

export function phoneButton(text: string, phoneNumber: string): GraphButtonJson {
  return { type: 'PHONE_NUMBER', text, phone_number: phoneNumber };
}

export function copyCodeButton(example: string): GraphButtonJson {
  return { type: 'COPY_CODE', example: [example] };
}

/** The one-time-password button of authentication templates, as created (some reads show it as a URL button). */
export function otpCopyCodeButton(text: string): GraphButtonJson {
  return { type: 'OTP', otp_type: 'COPY_CODE', text };
}
