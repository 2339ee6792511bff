// Order constants and rules without the validators: what the screens that only read orders need. The zod
// schemas and the types they infer are in ./order, which re-exports all of this.
import type { Order, OrderItem, OrderTotals } from './order';

export const channels = ['etsy', 'shopify', 'direct', 'other'] as const;
export type Channel = (typeof channels)[number];

/** The workflow, in order; `cancelled` stands beside it. */
export const workflow = ['new', 'printing', 'ready', 'shipped', 'delivered'] as const;
export const orderStatuses = [...workflow, 'cancelled'] as const;
export type OrderStatus = (typeof orderStatuses)[number];

export function itemsSubtotal(items: readonly Pick<OrderItem, 'quantity' | 'unitPrice'>[]): number {
  return items.reduce((sum, it) => sum + it.quantity * it.unitPrice, 0);
}

export function computeTotals(o: {
  items: readonly Pick<OrderItem, 'quantity' | 'unitPrice'>[];
  shipping?: number;
  discount?: number;
  tax?: number;
  currency: string;
}): OrderTotals {
  const items = itemsSubtotal(o.items);
  const shipping = o.shipping ?? 0;
  const discount = o.discount ?? 0;
  const tax = o.tax ?? 0;
  return { currency: o.currency, items, shipping, discount, tax, total: items + shipping + tax - discount };
}

export function channelKey(channel: Channel, externalId: string | undefined): string | undefined {
  return externalId ? `${channel}:${externalId}` : undefined;
}

/** The next step in the workflow, or undefined at the end (or when cancelled). */
export function nextStatus(s: OrderStatus): OrderStatus | undefined {
  const i = (workflow as readonly string[]).indexOf(s);
  return i >= 0 && i < workflow.length - 1 ? workflow[i + 1] : undefined;
}

export function previousStatus(s: OrderStatus): OrderStatus | undefined {
  const i = (workflow as readonly string[]).indexOf(s);
  return i > 0 ? workflow[i - 1] : undefined;
}

/** Active orders are the ones still to be made or sent. */
export function isOpen(s: OrderStatus): boolean {
  return s === 'new' || s === 'printing' || s === 'ready';
}

export type ShipByState = 'overdue' | 'today' | 'later' | 'none';

/** How urgent the ship-by date is, for an order still to be sent; `today` is the local calendar date. */
export function shipByState(o: Pick<Order, 'shipBy' | 'status'>, today: string): ShipByState {
  if (!o.shipBy || !isOpen(o.status)) return 'none';
  if (o.shipBy < today) return 'overdue';
  if (o.shipBy === today) return 'today';
  return 'later';
}

/**
 * Dates that go with a status change: moving to shipped stamps the shipped date, delivered the delivered
 * date, unless the seller already set them.
 */
export function datesForStatus(
  o: Pick<Order, 'shippedDate' | 'deliveredDate'>,
  to: OrderStatus,
  today: string,
): Pick<Order, 'shippedDate' | 'deliveredDate'> {
  const out = { shippedDate: o.shippedDate, deliveredDate: o.deliveredDate };
  if ((to === 'shipped' || to === 'delivered') && !out.shippedDate) out.shippedDate = today;
  if (to === 'delivered' && !out.deliveredDate) out.deliveredDate = today;
  return out;
}
