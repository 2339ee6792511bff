import { describe, expect, it } from 'vitest';
import {
  computeTotals,
  datesForStatus,
  nextStatus,
  orderInputSchema,
  previousStatus,
  shipByState,
} from '@shared/domain/order';

describe('order workflow', () => {
  it('moves new -> printing -> ready -> shipped -> delivered and stops', () => {
    expect(nextStatus('new')).toBe('printing');
    expect(nextStatus('ready')).toBe('shipped');
    expect(nextStatus('delivered')).toBeUndefined();
    expect(nextStatus('cancelled')).toBeUndefined();
    expect(previousStatus('printing')).toBe('new');
    expect(previousStatus('new')).toBeUndefined();
  });
  it('stamps shipped and delivered dates only when empty', () => {
    expect(datesForStatus({}, 'shipped', '2026-11-23')).toEqual({
      shippedDate: '2026-11-23',
      deliveredDate: undefined,
    });
    expect(datesForStatus({ shippedDate: '2026-11-20' }, 'delivered', '2026-11-23')).toEqual({
      shippedDate: '2026-11-20',
      deliveredDate: '2026-11-23',
    });
  });
  it('flags ship-by dates due today or overdue only for open orders', () => {
    expect(shipByState({ shipBy: '2026-11-22', status: 'ready' }, '2026-11-23')).toBe('overdue');
    expect(shipByState({ shipBy: '2026-11-23', status: 'new' }, '2026-11-23')).toBe('today');
    expect(shipByState({ shipBy: '2026-11-24', status: 'printing' }, '2026-11-23')).toBe('later');
    expect(shipByState({ shipBy: '2026-11-01', status: 'shipped' }, '2026-11-23')).toBe('none');
  });
});

describe('order totals and validation', () => {
  it('computes totals in minor units', () => {
    const t = computeTotals({
      currency: 'USD',
      items: [
        { quantity: 2, unitPrice: 1250 },
        { quantity: 1, unitPrice: 999 },
      ],
      shipping: 500,
      discount: 350,
      tax: 100,
    });
    expect(t).toEqual({ currency: 'USD', items: 3499, shipping: 500, discount: 350, tax: 100, total: 3749 });
  });
  it('rejects an order without items, a fractional price, an impossible date', () => {
    const base = {
      customerId: 'c-12345678',
      channel: 'etsy',
      currency: 'USD',
      orderedDate: '2026-11-23',
      items: [{ title: 'Dragon', quantity: 1, unitPrice: 1000 }],
    };
    expect(orderInputSchema.safeParse(base).success).toBe(true);
    expect(orderInputSchema.safeParse({ ...base, items: [] }).success).toBe(false);
    expect(
      orderInputSchema.safeParse({ ...base, items: [{ title: 'x', quantity: 1, unitPrice: 10.5 }] }).success,
    ).toBe(false);
    expect(orderInputSchema.safeParse({ ...base, orderedDate: '2026-02-30' }).success).toBe(false);
  });
});
