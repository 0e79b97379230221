/**
 * What a template is for, so a CRM signal (payment due, appointment soon, cart abandoned…) can find the template that
 * answers it. Read from the template's name and text in English, Portuguese and Spanish; a team can override per
 * template. Conservative: a template with no recognisable purpose gets no intent and is never "timely".
 */
import type { Template } from '../templates/model.ts';

export const INTENTS = [
  'payment_due',
  'appointment',
  'cart_abandoned',
  'back_in_stock',
  'order_update',
  'follow_up',
] as const;
export type Intent = (typeof INTENTS)[number];

const KEYWORDS: Record<Intent, RegExp> = {
  payment_due:
    /\b(payment|invoice|bill|due|overdue|pagamento|fatura|boleto|vencimento|vence|pago|factura|vencimiento|cobro)\b/,
  appointment: /\b(appointment|booking|meeting|visit|agendamento|consulta|reuniao|visita|cita|reunion|turno)\b/,
  cart_abandoned: /\b(cart|basket|checkout|carrinho|cesta|carrito)\b/,
  back_in_stock: /\b(back in stock|restock|in stock|estoque|disponivel|de volta|stock|disponible|reposicion)\b/,
  order_update: /\b(order|shipping|shipped|delivery|tracking|pedido|envio|entrega|rastreio|enviado|seguimiento)\b/,
  follow_up: /\b(follow up|follow-up|checking in|retomar|acompanhamento|seguimento|seguimiento de)\b/,
};

function plain(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[_-]+/g, ' ');
}

export function templateIntents(template: Template, overrides?: readonly Intent[]): Intent[] {
  if (overrides) return [...overrides];
  const body = template.components.find((component) => component.type === 'BODY');
  const text = plain(`${template.name} ${body && 'text' in body ? body.text : ''}`);
  return INTENTS.filter((intent) => KEYWORDS[intent].test(text));
}
