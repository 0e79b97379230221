/**
 * "Timely": signals from the CRM and the conversation that make a message worth sending now, each with a strength
 * (0..1) that fades as the moment passes. The adapters turn CRM fields into these instants.
 */
import type { Localized } from '../i18n/locale.ts';
import { DAY, HOUR } from '../time/clock.ts';
import type { WindowState } from '../window/window.ts';
import type { Intent } from './intents.ts';

export interface CrmSignals {
  paymentDueAt?: number;
  appointmentAt?: number;
  cartAbandonedAt?: number;
  backInStockAt?: number;
  orderUpdatedAt?: number;
  /** The customer's latest message, and whether it asked something (ends with "?", or a question word). */
  lastInbound?: { at: number; isQuestion: boolean };
}

export interface Trigger {
  code:
    | 'payment_due'
    | 'appointment_soon'
    | 'cart_abandoned'
    | 'back_in_stock'
    | 'order_updated'
    | 'inbound_question'
    | 'window_closing';
  /** Templates with these intents answer the trigger; empty means any template (and free-form) answers it. */
  intents: readonly Intent[];
  strength: number;
  message: Localized;
}

export function activeTriggers(signals: CrmSignals, window: WindowState, now: number): Trigger[] {
  const triggers: Trigger[] = [];
  const add = (trigger: Trigger) => trigger.strength > 0 && triggers.push(trigger);
  if (signals.paymentDueAt !== undefined) {
    const until = signals.paymentDueAt - now;
    // From 3 days before the due date to a week overdue, strongest on the day.
    const strength = until >= 0 ? ramp(3 * DAY - until, 3 * DAY) : ramp(7 * DAY + until, 7 * DAY);
    add({ code: 'payment_due', intents: ['payment_due'], strength, message: messages.payment_due });
  }
  if (signals.appointmentAt !== undefined && signals.appointmentAt > now) {
    add({
      code: 'appointment_soon',
      intents: ['appointment'],
      strength: ramp(2 * DAY - (signals.appointmentAt - now), 2 * DAY),
      message: messages.appointment_soon,
    });
  }
  if (signals.cartAbandonedAt !== undefined) {
    const age = now - signals.cartAbandonedAt;
    // Give the customer an hour, then the reminder is timely for two days.
    add({
      code: 'cart_abandoned',
      intents: ['cart_abandoned'],
      strength: age < HOUR ? 0 : ramp(2 * DAY - age, 2 * DAY),
      message: messages.cart_abandoned,
    });
  }
  if (signals.backInStockAt !== undefined && signals.backInStockAt <= now) {
    add({
      code: 'back_in_stock',
      intents: ['back_in_stock'],
      strength: ramp(3 * DAY - (now - signals.backInStockAt), 3 * DAY),
      message: messages.back_in_stock,
    });
  }
  if (signals.orderUpdatedAt !== undefined && signals.orderUpdatedAt <= now) {
    add({
      code: 'order_updated',
      intents: ['order_update'],
      strength: ramp(DAY - (now - signals.orderUpdatedAt), DAY),
      message: messages.order_updated,
    });
  }
  if (signals.lastInbound?.isQuestion && window.open) {
    add({
      code: 'inbound_question',
      intents: [],
      strength: ramp(DAY - (now - signals.lastInbound.at), DAY),
      message: messages.inbound_question,
    });
  }
  if (window.open && window.closesAt !== undefined && window.closesAt - now <= 3 * HOUR) {
    add({
      code: 'window_closing',
      intents: [],
      strength: 1 - (window.closesAt - now) / (3 * HOUR),
      message: messages.window_closing,
    });
  }
  return triggers;
}

/** 0 at or below zero, 1 at or above `full`, linear between. */
function ramp(value: number, full: number): number {
  return Math.max(0, Math.min(1, value / full));
}

const messages = {
  payment_due: { en: 'A payment is due', pt: 'Há um pagamento a vencer', es: 'Hay un pago por vencer' },
  appointment_soon: { en: 'An appointment is coming up', pt: 'Há um agendamento em breve', es: 'Hay una cita próxima' },
  cart_abandoned: {
    en: 'The cart was left behind',
    pt: 'O carrinho foi abandonado',
    es: 'El carrito quedó abandonado',
  },
  back_in_stock: {
    en: 'An item is back in stock',
    pt: 'Um item voltou ao estoque',
    es: 'Un artículo volvió a estar disponible',
  },
  order_updated: { en: 'The order has news', pt: 'O pedido tem novidades', es: 'El pedido tiene novedades' },
  inbound_question: {
    en: 'The customer asked a question',
    pt: 'O cliente fez uma pergunta',
    es: 'El cliente hizo una pregunta',
  },
  window_closing: {
    en: 'The 24-hour window is about to close',
    pt: 'A janela de 24 horas está para fechar',
    es: 'La ventana de 24 horas está por cerrarse',
  },
} as const satisfies Record<Trigger['code'], Localized>;
