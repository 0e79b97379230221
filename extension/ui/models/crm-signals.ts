/**
 * Turns the CRM fields an adapter read (text as shown, dates as ISO strings where the adapter could tell) into the
 * "timely" signals of the suggestion (shared/suggestion/triggers.ts). Anything that is not a clear instant is left
 * out rather than guessed: a wrong date would push a template at the wrong moment.
 */
import type { PageContact } from '../../../shared/contracts/protocol.ts';
import type { CrmSignals } from '../../../shared/suggestion/triggers.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/** Order states a customer wants to hear about now (they change while the order travels). */
const ORDER_NEWS = new Set(['shipped', 'out_for_delivery', 'ready_for_pickup', 'delayed', 'in_transit']);

/** An ISO date ("2026-12-05", read as local midnight) or a full ISO instant with its offset; else undefined. */
export function parseInstant(value: string | undefined): number | undefined {
  const text = value?.trim() ?? '';
  if (ISO_DATE.test(text)) {
    const [y, m, d] = text.split('-').map(Number) as [number, number, number];
    const at = new Date(y, m - 1, d).getTime();
    return new Date(at).getDate() === d ? at : undefined;
  }
  if (!ISO_INSTANT.test(text)) return undefined;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : at;
}

/**
 * `readAt` is when the page was read: a field that states a current fact without a date ("back in stock: Trail
 * Runner 2", an order "shipped") is news as of the moment the CRM showed it.
 */
export function signalsFromFields(fields: PageContact['fields'], readAt: number): CrmSignals {
  const signals: CrmSignals = {};
  const paymentDueAt = parseInstant(fields.payment_due);
  if (paymentDueAt !== undefined) signals.paymentDueAt = paymentDueAt;
  const appointmentAt = parseInstant(fields.appointment_at);
  if (appointmentAt !== undefined) signals.appointmentAt = appointmentAt;
  const cartAbandonedAt = parseInstant(fields.cart_abandoned_at);
  if (cartAbandonedAt !== undefined) signals.cartAbandonedAt = cartAbandonedAt;
  const stock = fields.back_in_stock?.trim();
  if (stock) signals.backInStockAt = parseInstant(stock) ?? readAt;
  const orderStatus = fields.order_status
    ?.trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  if (fields.last_order_id && orderStatus && ORDER_NEWS.has(orderStatus)) signals.orderUpdatedAt = readAt;
  return signals;
}
