import { z } from 'zod';
import {
  currencySchema,
  idSchema,
  isoDateSchema,
  minorSchema,
  optionalText,
  sampleFlagShape,
  timestampsShape,
  trimmed,
} from './common';

export const channels = ['etsy', 'shopify', 'direct', 'other'] as const;
export type Channel = (typeof channels)[number];

/** The workflow, in order; `cancelled` stands beside it. */
export const workflow = ['new', 'printing', 'ready', 'shipped', 'delivered'] as const;
export const orderStatuses = [...workflow, 'cancelled'] as const;
export type OrderStatus = (typeof orderStatuses)[number];

export const orderItemSchema = z.object({
  title: trimmed(300).min(1, 'Item title is required'),
  variant: optionalText(200),
  material: optionalText(100),
  colour: optionalText(100),
  quantity: z.number().int().min(1, 'Quantity must be at least 1').max(10_000),
  unitPrice: minorSchema.nonnegative('Price cannot be negative'),
  sku: optionalText(100),
});
export type OrderItem = z.infer<typeof orderItemSchema>;

export const orderTotalsSchema = z.object({
  currency: currencySchema,
  items: minorSchema,
  shipping: minorSchema.nonnegative(),
  discount: minorSchema.nonnegative(),
  tax: minorSchema.nonnegative(),
  total: minorSchema,
});
export type OrderTotals = z.infer<typeof orderTotalsSchema>;

const orderBaseSchema = z.object({
  customerId: idSchema,
  channel: z.enum(channels),
  /** The channel's own order number (Etsy Order ID, Shopify #1001). Unique per channel. */
  externalId: optionalText(60),
  items: z.array(orderItemSchema).min(1, 'An order needs at least one item').max(500),
  currency: currencySchema,
  shipping: minorSchema.nonnegative().default(0),
  discount: minorSchema.nonnegative().default(0),
  tax: minorSchema.nonnegative().default(0),
  couponCodes: z.array(trimmed(60).min(1)).max(20).default([]),
  giftMessage: optionalText(2_000),
  orderedDate: isoDateSchema,
  shipBy: isoDateSchema.optional(),
  shippedDate: isoDateSchema.optional(),
  deliveredDate: isoDateSchema.optional(),
  trackingNumber: optionalText(100),
  notes: optionalText(10_000),
  status: z.enum(orderStatuses).default('new'),
  ...sampleFlagShape,
});

export const orderInputSchema = orderBaseSchema;
export type OrderInput = z.input<typeof orderInputSchema>;

export const orderSchema = orderBaseSchema.extend({
  id: idSchema,
  total: minorSchema,
  /** `${channel}:${externalId}`, or absent; a unique index keeps external ids unique per channel. */
  channelKey: z.string().optional(),
  ...timestampsShape,
});
export type Order = z.infer<typeof orderSchema>;

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
