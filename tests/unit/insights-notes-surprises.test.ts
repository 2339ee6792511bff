import { describe, expect, it } from 'vitest';
import { notesAndSurprises, type ExtrasInput } from '@shared/insights/notes-surprises';

const o = (
  id: string,
  customerId: string,
  orderedDate: string,
  status: 'delivered' | 'cancelled' = 'delivered',
) => ({
  id,
  customerId,
  orderedDate,
  status,
});

const input: ExtrasInput = {
  orders: [
    o('o1', 'c1', '2026-01-10'),
    o('o2', 'c1', '2026-03-01'),
    o('o3', 'c2', '2026-02-01'),
    o('o4', 'c3', '2026-02-10'),
    // The same day as o3: one shopping trip, not a repeat purchase.
    o('o5', 'c2', '2026-02-01'),
    // Cancelled: neither counted nor a repeat purchase of o4.
    o('o6', 'c3', '2026-05-01', 'cancelled'),
    // Before the range: not counted, though o7 is its customer's second order.
    o('o0', 'c4', '2025-12-20'),
    o('o7', 'c4', '2026-01-05'),
  ],
  reviews: [
    { orderId: 'o1', rating: 5 },
    { orderId: 'o2', rating: 4 },
    { orderId: 'o3', rating: 2 },
    { orderId: 'o5', rating: 3 },
    { orderId: 'o0', rating: 1 },
    { orderId: undefined, rating: 1 },
  ],
  surprises: [
    { id: 's-sticker', kind: 'sticker' },
    { id: 's-code', kind: 'discount-code' },
  ],
  gifts: [
    { orderId: 'o1', surpriseId: 's-sticker' },
    { orderId: 'o3', surpriseId: 's-code' },
    { orderId: 'o3', surpriseId: 's-sticker' },
    { orderId: 'o0', surpriseId: 's-sticker' },
    // Its surprise was deleted since: still a surprise order, of no known kind.
    { orderId: 'o7', surpriseId: 's-gone' },
  ],
  notes: [
    { orderId: 'o1', mode: 'handwritten', written: true },
    { orderId: 'o2', mode: 'printed', written: false, printedAt: 1 },
    // Not ticked as written: not counted as handwritten.
    { orderId: 'o3', mode: 'handwritten', written: false },
    { orderId: 'o4', mode: 'handwritten', written: true },
  ],
};

describe('notes and surprises', () => {
  const rows = notesAndSurprises(input, { from: '2026-01-01', to: '2026-12-31' });
  const row = (group: string) => rows.find((r) => r.group === group);

  it('lists every group in a fixed order, empty kinds included', () => {
    expect(rows.map((r) => r.group)).toEqual([
      'surprise',
      'no-surprise',
      'surprise:sticker',
      'surprise:mini-print',
      'surprise:discount-code',
      'surprise:sample',
      'surprise:other',
      'handwritten-note',
      'no-handwritten-note',
    ]);
  });

  it('gives the average rating and repeat rate with and without a surprise, with the orders behind them', () => {
    expect(row('surprise')).toEqual({
      group: 'surprise',
      orders: 3,
      reviewed: 2,
      averageRating: 3.5,
      repeated: 1,
      repeatRate: 1 / 3,
    });
    expect(row('no-surprise')).toEqual({
      group: 'no-surprise',
      orders: 3,
      reviewed: 2,
      averageRating: 3.5,
      repeated: 0,
      repeatRate: 0,
    });
  });

  it('splits by kind, an order with two kinds counting in both', () => {
    expect(row('surprise:sticker')).toMatchObject({
      orders: 2,
      reviewed: 2,
      averageRating: 3.5,
      repeatRate: 0.5,
    });
    expect(row('surprise:discount-code')).toMatchObject({
      orders: 1,
      reviewed: 1,
      averageRating: 2,
      repeatRate: 0,
    });
    expect(row('surprise:mini-print')).toEqual({
      group: 'surprise:mini-print',
      orders: 0,
      reviewed: 0,
      averageRating: null,
      repeated: 0,
      repeatRate: null,
    });
  });

  it('compares orders with a handwritten note against the rest', () => {
    expect(row('handwritten-note')).toMatchObject({
      orders: 2,
      reviewed: 1,
      averageRating: 5,
      repeated: 1,
      repeatRate: 0.5,
    });
    expect(row('no-handwritten-note')).toMatchObject({
      orders: 4,
      reviewed: 3,
      averageRating: 3,
      repeated: 0,
    });
  });

  it('gives counts of zero and no figures without orders', () => {
    const empty = notesAndSurprises(
      { orders: [], reviews: [], gifts: [], surprises: [], notes: [] },
      {
        from: '2026-01-01',
        to: '2026-12-31',
      },
    );
    expect(empty.every((r) => r.orders === 0 && r.averageRating === null && r.repeatRate === null)).toBe(
      true,
    );
  });
});
