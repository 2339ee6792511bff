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
import { channels, orderStatuses } from './order-rules';

// The constants and rules live in a module without zod, so screens that only read orders do not load the
// validators; everything stays importable from here.
export * from './order-rules';

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
