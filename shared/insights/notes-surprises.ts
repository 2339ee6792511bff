// Do surprises and handwritten notes go with better reviews and more repeat buyers? For the orders of a
// range (by order date, cancelled ones left out), split with/without a surprise (any, and per kind) and
// with/without a handwritten note, each group gives:
// - the average rating of its reviewed orders (`reviewed` says how many: the sample behind the average);
// - the repeat-purchase rate: the share of its orders whose customer placed another live order on a later
//   day (any time up to now: pass all orders, not only the range's), with `orders` behind it.
// Small groups stay visible as such through their counts; nothing here hides or pools them. The figures show
// a link, not a cause: the seller may put surprises in the orders of buyers who were happy anyway.
import type { Order } from '../domain/order';
import { surpriseKinds, type Note, type Review, type Surprise, type SurpriseGift } from '../domain/other';
import { noteStatus } from '../notes/status';
import { inRange, type DateRange } from './periods';
import { ratio } from './stats';

export type SurpriseKind = (typeof surpriseKinds)[number];
export type ExtrasGroup =
  'surprise' | 'no-surprise' | `surprise:${SurpriseKind}` | 'handwritten-note' | 'no-handwritten-note';

export interface ExtrasInput {
  orders: readonly Pick<Order, 'id' | 'customerId' | 'orderedDate' | 'status'>[];
  /** One review per order is used (the last one given for an order). */
  reviews: readonly Pick<Review, 'orderId' | 'rating'>[];
  gifts: readonly Pick<SurpriseGift, 'orderId' | 'surpriseId'>[];
  surprises: readonly Pick<Surprise, 'id' | 'kind'>[];
  notes: readonly Pick<Note, 'orderId' | 'mode' | 'written' | 'printedAt'>[];
}

export interface GroupFigures {
  group: ExtrasGroup;
  orders: number;
  reviewed: number;
  averageRating: number | null;
  repeated: number;
  repeatRate: number | null;
}

/**
 * Rows in a fixed order: surprise, no-surprise, one per surprise kind (also when empty), handwritten-note,
 * no-handwritten-note. A handwritten note is one ticked as written by hand; printed notes count as "no".
 * An order with gifts of two kinds counts in both kinds.
 */
export function notesAndSurprises(input: ExtrasInput, range: DateRange): GroupFigures[] {
  const live = input.orders.filter((o) => o.status !== 'cancelled');
  const lastDay = new Map<string, string>();
  for (const o of live) {
    const seen = lastDay.get(o.customerId);
    if (seen === undefined || o.orderedDate > seen) lastDay.set(o.customerId, o.orderedDate);
  }
  const rating = new Map<string, number>();
  for (const r of input.reviews) if (r.orderId !== undefined) rating.set(r.orderId, r.rating);
  const kindOf = new Map(input.surprises.map((s) => [s.id, s.kind]));
  const kinds = new Map<string, Set<SurpriseKind>>();
  for (const g of input.gifts) {
    // A gift whose surprise is gone still made the order a surprise order, of no known kind.
    const kind = kindOf.get(g.surpriseId);
    const set = kinds.get(g.orderId) ?? new Set<SurpriseKind>();
    if (kind !== undefined) set.add(kind);
    kinds.set(g.orderId, set);
  }
  const handwritten = new Set(input.notes.filter((n) => noteStatus(n) === 'written').map((n) => n.orderId));

  const groups: ExtrasGroup[] = [
    'surprise',
    'no-surprise',
    ...surpriseKinds.map((k) => `surprise:${k}` as const),
    'handwritten-note',
    'no-handwritten-note',
  ];
  const acc = new Map(groups.map((g) => [g, { orders: 0, reviewed: 0, sum: 0, repeated: 0 }]));
  for (const o of live) {
    if (!inRange(o.orderedDate, range)) continue;
    const r = rating.get(o.id);
    const repeated = (lastDay.get(o.customerId) ?? '') > o.orderedDate;
    const add = (g: ExtrasGroup) => {
      const a = acc.get(g);
      if (!a) return;
      a.orders++;
      if (r !== undefined) {
        a.reviewed++;
        a.sum += r;
      }
      if (repeated) a.repeated++;
    };
    const orderKinds = kinds.get(o.id);
    add(orderKinds ? 'surprise' : 'no-surprise');
    for (const k of orderKinds ?? []) add(`surprise:${k}`);
    add(handwritten.has(o.id) ? 'handwritten-note' : 'no-handwritten-note');
  }
  return groups.map((group) => {
    const a = acc.get(group) ?? { orders: 0, reviewed: 0, sum: 0, repeated: 0 };
    return {
      group,
      orders: a.orders,
      reviewed: a.reviewed,
      averageRating: a.reviewed > 0 ? a.sum / a.reviewed : null,
      repeated: a.repeated,
      repeatRate: ratio(a.repeated, a.orders),
    };
  });
}
