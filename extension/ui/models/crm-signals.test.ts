import { describe, expect, it } from 'vitest';
import { parseInstant, signalsFromFields } from './crm-signals.ts';

const readAt = Date.UTC(2026, 10, 25, 12);

describe('CRM fields as suggestion signals', () => {
  it('read ISO dates as local midnight and ISO instants with their offset', () => {
    expect(parseInstant('2026-12-05')).toBe(new Date(2026, 11, 5).getTime());
    expect(parseInstant('2026-12-04T18:30:00.000Z')).toBe(Date.UTC(2026, 11, 4, 18, 30));
    expect(parseInstant('2026-12-04T15:30-03:00')).toBe(Date.UTC(2026, 11, 4, 18, 30));
  });

  it('leave out dates that could be read two ways or do not exist', () => {
    expect(parseInstant('03/04/2026')).toBeUndefined();
    expect(parseInstant('2026-02-30')).toBeUndefined();
    expect(parseInstant('2026-12-04T18:30')).toBeUndefined(); // no offset: whose 18:30?
    expect(parseInstant(undefined)).toBeUndefined();
  });

  it('map the adapters’ canonical fields to signals', () => {
    const signals = signalsFromFields(
      {
        payment_due: '2026-12-05',
        appointment_at: '2026-12-04T18:30:00.000Z',
        cart_abandoned_at: '2026-11-25T09:00:00.000Z',
        back_in_stock: 'Trail Runner 2 (size 37)',
        last_order_id: 'BR-10234',
        order_status: 'Out for delivery',
      },
      readAt,
    );
    expect(signals).toEqual({
      paymentDueAt: new Date(2026, 11, 5).getTime(),
      appointmentAt: Date.UTC(2026, 11, 4, 18, 30),
      cartAbandonedAt: Date.UTC(2026, 10, 25, 9),
      backInStockAt: readAt,
      orderUpdatedAt: readAt,
    });
  });

  it('treat only orders on their way as news', () => {
    expect(signalsFromFields({ last_order_id: 'BR-1', order_status: 'delivered' }, readAt)).toEqual({});
    expect(signalsFromFields({ order_status: 'shipped' }, readAt)).toEqual({});
  });
});
