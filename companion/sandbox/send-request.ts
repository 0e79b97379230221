/**
 * Reads `POST /{phone-number-id}/messages` like the Cloud API (spec §5): what Meta refuses at once comes back as a
 * Graph error (HTTP 400), everything else is accepted and succeeds or fails later, by status webhook.
 * - `to`: E.164 with "+", or the same digits without it (the companion always sends "+"); a BSUID in `to` or
 *   `recipient` reaches a username adopter (spec §9). A well-formed but invalid number is accepted and fails later
 *   with 131026, as Meta does for numbers not on WhatsApp.
 * - text: `text.body`, at most 4,096 characters.
 * - template: an APPROVED translation with that exact name and language (else 132001; PAUSED 132015, DISABLED
 *   132016), with the parameters it needs (template-send-check.ts).
 */
import { isBsuid } from '../../shared/phone/identity.ts';
import { normalizePhone } from '../../shared/phone/phone.ts';
import { err, ok, type Result } from '../../shared/result.ts';
import { parseGraphTemplate, type Template } from '../../shared/templates/index.ts';
import { failures, type GraphFailure } from './graph-errors.ts';
import type { GraphTemplateJson } from './seed-templates.ts';
import { checkTemplateComponents } from './template-send-check.ts';

export const MAX_TEXT_BODY = 4096;
const MAX_CALLBACK_DATA = 512;

export interface Recipient {
  /** `to`/`recipient` as sent, echoed in `contacts[].input`. */
  input: string;
  e164?: string;
  userId?: string;
  /** False for a number that cannot exist: accepted, then failed with 131026. */
  deliverable: boolean;
}

interface Common {
  recipient: Recipient;
  bizOpaqueCallbackData?: string;
}
export type SendRequest =
  | (Common & { type: 'text'; body: string })
  | (Common & { type: 'template'; template: Template });

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function readRecipient(body: Json): Result<Recipient, GraphFailure> {
  const input = typeof body.to === 'string' ? body.to : typeof body.recipient === 'string' ? body.recipient : undefined;
  if (input === undefined || input.trim() === '')
    return err(failures.invalidParameter('The parameter to is required.'));
  if (isBsuid(input)) return ok({ input, userId: input, deliverable: true });
  if (!/^\+?[\d\s().-]{6,32}$/.test(input)) return err(failures.invalidParameter(`Invalid parameter to: ${input}`));
  const digits = input.replace(/\D/g, '');
  const phone = normalizePhone(`+${digits}`);
  return ok(phone.ok ? { input, e164: phone.value.e164, deliverable: true } : { input, deliverable: false });
}

function findTemplate(
  templates: readonly GraphTemplateJson[],
  raw: unknown,
  at: number,
): Result<{ template: Template; components: unknown }, GraphFailure> {
  if (!isObject(raw)) return err(failures.missingParameter("The parameter template['name'] is required."));
  const language = isObject(raw.language) ? raw.language.code : undefined;
  if (typeof raw.name !== 'string' || raw.name === '') {
    return err(failures.missingParameter("The parameter template['name'] is required."));
  }
  if (typeof language !== 'string' || language === '') {
    return err(failures.missingParameter("The parameter template['language']['code'] is required."));
  }
  const found = templates.find((t) => t.name === raw.name && t.language === language);
  const missing = `template name (${raw.name}) does not exist in ${language}`;
  if (!found) return err(failures.templateMissing(missing));
  if (found.status === 'PAUSED') return err(failures.templatePaused(`template ${raw.name} (${language}) is paused`));
  if (found.status === 'DISABLED')
    return err(failures.templateDisabled(`template ${raw.name} (${language}) is disabled`));
  const parsed = parseGraphTemplate(found, at);
  if (found.status !== 'APPROVED' || !parsed.ok)
    return err(failures.templateMissing(`${missing} as an approved template`));
  return ok({ template: parsed.value, components: raw.components });
}

export function readSendRequest(
  raw: unknown,
  templates: readonly GraphTemplateJson[],
  at: number,
): Result<SendRequest, GraphFailure> {
  if (!isObject(raw)) return err(failures.invalidParameter('The request body must be a JSON object.'));
  if (raw.messaging_product !== 'whatsapp') {
    return err(failures.invalidParameter("The parameter messaging_product is required and must be 'whatsapp'."));
  }
  const recipient = readRecipient(raw);
  if (!recipient.ok) return recipient;
  const common: Common = { recipient: recipient.value };
  const callback = raw.biz_opaque_callback_data;
  if (callback !== undefined) {
    if (typeof callback !== 'string' || callback.length > MAX_CALLBACK_DATA) {
      return err(
        failures.invalidParameter(
          `biz_opaque_callback_data must be a string of at most ${MAX_CALLBACK_DATA} characters`,
        ),
      );
    }
    common.bizOpaqueCallbackData = callback;
  }
  const type = raw.type ?? 'text';
  if (type === 'text') {
    const body = isObject(raw.text) ? raw.text.body : undefined;
    if (typeof body !== 'string' || body === '')
      return err(failures.invalidParameter("The parameter text['body'] is required."));
    if (body.length > MAX_TEXT_BODY) {
      return err(failures.invalidParameter(`Param text['body'] must be at most ${MAX_TEXT_BODY} characters long.`));
    }
    return ok({ ...common, type, body });
  }
  if (type === 'template') {
    const found = findTemplate(templates, raw.template, at);
    if (!found.ok) return found;
    const problem = checkTemplateComponents(found.value.template, found.value.components);
    return problem ? err(problem) : ok({ ...common, type, template: found.value.template });
  }
  return err(failures.invalidParameter(`The sandbox simulates text and template messages, not "${String(type)}".`));
}
