/**
 * Click-to-chat (https://wa.me/<digits>?text=…) when the companion cannot send: the agent's own WhatsApp opens
 * the chat. It bypasses the Cloud API and its gate, so it is offered only when the message would be expected anyway:
 * - the local policy allows free-form now (the customer wrote in the last 24 h, the number is not blocked), or
 * - the contact explicitly opted in to utility or marketing messages and opted out of neither: consent on record is
 *   what makes a business-initiated message "expected" (spec §7), whatever app carries it.
 * An unknown consent never qualifies, and nothing is offered without a phone number.
 */
import type { ConsentState } from '../../../shared/consent/state.ts';
import type { ContactVerdicts } from './verdicts.ts';

export function clickToChatAllowed(verdicts: ContactVerdicts, consent: ConsentState): boolean {
  if (verdicts.freeForm.allowed) return true;
  const statuses = [consent.utility.status, consent.marketing.status];
  return statuses.includes('opted_in') && !statuses.includes('opted_out');
}

export function clickToChatUrl(phone: string, text: string): string {
  return `https://wa.me/${phone.replace(/\D/g, '')}?text=${encodeURIComponent(text)}`;
}
