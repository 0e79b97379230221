/**
 * The Graph API request body of a send (spec §5): E.164 with "+" in `to` (Meta would prepend the business's own
 * country code otherwise), and our message id as `biz_opaque_callback_data`, echoed in every status webhook, so a
 * send whose answer was lost is still matched to its statuses.
 */

import { err, ok, type Result } from '../../shared/result.ts';
import type { Template } from '../../shared/templates/model.ts';
import { buildSendComponents } from '../../shared/templates/render.ts';
import type { TemplateProblem } from '../../shared/templates/validate.ts';

export interface Recipient {
  phone: string | null;
  bsuid: string | null;
}

function addressOf(recipient: Recipient): Record<string, string> {
  // A username adopter without a known phone is reached by BSUID (spec §9); the phone wins when both are known.
  // [UNCERTAIN] Meta's BSUID page names the field `recipient`; Meta marks the BSUID API "subject to change".
  return recipient.phone ? { to: recipient.phone } : { recipient: recipient.bsuid ?? '' };
}

export function textPayload(recipient: Recipient, body: string, messageId: string): object {
  return {
    messaging_product: 'whatsapp',
    recipient_type: 'individual',
    ...addressOf(recipient),
    type: 'text',
    text: { preview_url: false, body },
    biz_opaque_callback_data: messageId,
  };
}

export function templatePayload(
  recipient: Recipient,
  template: Template,
  values: Readonly<Record<string, string>>,
  messageId: string,
): Result<object, TemplateProblem[]> {
  const components = buildSendComponents(template, values);
  if (!components.ok) return err(components.error);
  return ok({
    messaging_product: 'whatsapp',
    recipient_type: 'individual',
    ...addressOf(recipient),
    type: 'template',
    template: { name: template.name, language: { code: template.language }, components: components.value },
    biz_opaque_callback_data: messageId,
  });
}
