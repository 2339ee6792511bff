// One sample order: items, money, and a status that fits its age (old orders delivered, recent ones still
// on the workbench). Channel order numbers are given later, in date order, by `numberOrders`.
import {
  channelKey,
  itemsSubtotal,
  type Channel,
  type Order,
  type OrderItem,
  type OrderStatus,
} from '../domain/order';
import type { Calendar } from './calendar';
import { coupons, pickProduct, shippingFor, THANK_YOU_CODE, type CouponCode } from './catalogue';
import type { Currency } from './names';
import type { Person } from './people';
import { weighted, type Rng } from './random';
import { giftMessages, orderNotes } from './texts';

/** An order plus the day offsets the later steps (reviews, notes, gifts) reason with. */
export interface OrderFacts {
  order: Order;
  customer: number;
  ordered: number;
  shipped?: number;
  delivered?: number;
}

export interface Showcase {
  ordered: number;
  status: OrderStatus;
  shipBy: number;
  gift?: boolean;
}

/** The latest order of each featured customer: one overdue, one due today, and so on. */
export const showcase: readonly Showcase[] = [
  { ordered: -6, status: 'ready', shipBy: -2 },
  { ordered: -3, status: 'ready', shipBy: 0 },
  { ordered: -1, status: 'printing', shipBy: 1 },
  { ordered: 0, status: 'new', shipBy: 4, gift: true },
  { ordered: -5, status: 'shipped', shipBy: -2 },
];

const byAge: readonly (readonly [number, (r: Rng) => OrderStatus])[] = [
  [
    2,
    weighted<OrderStatus>([
      ['new', 50],
      ['printing', 30],
      ['ready', 15],
      ['shipped', 5],
    ]),
  ],
  [
    7,
    weighted<OrderStatus>([
      ['shipped', 50],
      ['ready', 22],
      ['printing', 20],
      ['new', 5],
      ['cancelled', 3],
    ]),
  ],
  [
    20,
    weighted<OrderStatus>([
      ['shipped', 55],
      ['delivered', 40],
      ['ready', 3],
      ['cancelled', 2],
    ]),
  ],
  [
    44,
    weighted<OrderStatus>([
      ['delivered', 85],
      ['shipped', 12],
      ['cancelled', 3],
    ]),
  ],
  [
    Infinity,
    weighted<OrderStatus>([
      ['delivered', 97],
      ['cancelled', 3],
    ]),
  ],
];

function statusFor(r: Rng, age: number): OrderStatus {
  for (const [maxAge, pick] of byAge) if (age <= maxAge) return pick(r);
  return 'delivered';
}

const itemCount = weighted([
  [1, 70],
  [2, 20],
  [3, 10],
]);

function makeItems(r: Rng, currency: Currency): OrderItem[] {
  // Sized up front: an array grown by push reserves 17 slots, a fifth of an order's memory at 50k orders.
  return Array.from({ length: itemCount(r) }, () => makeItem(r, currency));
}

function makeItem(r: Rng, currency: Currency): OrderItem {
  const p = pickProduct(r);
  const v = r.pick(p.variants);
  const line = r.pick(p.lines);
  const item: OrderItem = {
    title: line.title,
    material: line.material,
    colour: line.colour,
    quantity: r.chance(0.85) ? 1 : r.int(2, 4),
    unitPrice: v.price[currency],
  };
  if (v.name) item.variant = v.name;
  if (r.chance(0.6)) item.sku = v.sku;
  return item;
}

function couponFor(
  r: Rng,
  cal: Calendar,
  ordered: number,
  isFirst: boolean,
  hasCard: boolean,
): CouponCode | undefined {
  if (hasCard && r.chance(0.4)) return THANK_YOU_CODE;
  if (isFirst && r.chance(0.08)) return 'WELCOME5';
  const month = cal.month(ordered);
  if (month >= 6 && month <= 8 && r.chance(0.1)) return 'SUMMER15';
  if (month === 11 && cal.dayOfMonth(ordered) >= 20 && r.chance(0.35)) return 'BLACKFRIDAY20';
  return undefined;
}

export interface OrderPlan {
  id: string;
  customerId: string;
  customer: number;
  person: Person;
  channel: Channel;
  ordered: number;
  isFirst: boolean;
  hasThankYouCard: boolean;
  script?: Showcase;
}

export function makeOrder(r: Rng, cal: Calendar, now: number, plan: OrderPlan): OrderFacts {
  const { person, channel, ordered, script } = plan;
  const zone = person.region.zone;
  const currency: Currency = channel === 'etsy' ? 'USD' : person.region.currency;
  const items = makeItems(r, currency);
  const couponCode = couponFor(r, cal, ordered, plan.isFirst, plan.hasThankYouCard);
  const shipping = shippingFor(r, currency, zone);
  const subtotal = itemsSubtotal(items);
  const discount = couponCode ? Math.round((subtotal * coupons[couponCode]) / 100) : 0;
  const salesTax = currency === 'USD' && person.city.country === 'United States' && channel !== 'direct';
  const tax = salesTax && r.chance(0.65) ? Math.round((subtotal * r.int(600, 900)) / 10_000) : 0;
  const processing = r.int(2, 5);
  const status = script?.status ?? statusFor(r, -ordered);

  const order: Order = {
    id: plan.id,
    customerId: plan.customerId,
    channel,
    items,
    currency,
    shipping,
    discount,
    tax,
    // The repository's formula (buildOrder), so a sample order edited and saved keeps its total.
    total: subtotal + shipping + tax - discount,
    couponCodes: couponCode ? [couponCode] : [],
    orderedDate: cal.date(ordered),
    status,
    createdAt: cal.moment(ordered, r, now),
    updatedAt: now,
    sample: 1,
  };
  // Direct sales often have no promised date; the channels always give one.
  const shipBy = script?.shipBy ?? (channel === 'direct' && r.chance(0.4) ? undefined : ordered + processing);
  if (shipBy !== undefined) order.shipBy = cal.date(shipBy);
  if (script?.gift || r.chance(0.06)) order.giftMessage = r.pick(giftMessages[person.region.language]);
  if (r.chance(0.04)) order.notes = r.pick(orderNotes);

  const facts: OrderFacts = { order, customer: plan.customer, ordered };
  if (status === 'shipped' || status === 'delivered') {
    // Now and then a parcel leaves after its ship-by date (Star Seller counts those).
    const late = r.chance(0.06) ? r.int(1, 3) : 0;
    const shipped = script ? -1 : Math.min(0, ordered + r.int(1, processing) + late);
    facts.shipped = shipped;
    order.shippedDate = cal.date(shipped);
    if (r.chance(0.85)) order.trackingNumber = zone === 'domestic' ? r.digits(12) : `LX${r.digits(9)}TR`;
    if (status === 'delivered') {
      const transit = zone === 'domestic' ? r.int(1, 3) : zone === 'europe' ? r.int(4, 10) : r.int(6, 18);
      facts.delivered = Math.min(0, shipped + transit);
      order.deliveredDate = cal.date(facts.delivered);
    }
  }
  return facts;
}

/**
 * Gives channel order numbers in date order, as the channels do: Etsy's ten-digit ids grow with time,
 * Shopify counts from #1001, and about half the direct sales get a hand-kept D-001 number.
 */
export function numberOrders(r: Rng, facts: readonly OrderFacts[]): void {
  // Bucketed by day (offsets are small integers), which keeps each day's orders in generation order.
  let oldest = 0;
  for (const f of facts) oldest = Math.min(oldest, f.ordered);
  const byDay: OrderFacts[][] = Array.from({ length: 1 - oldest }, () => []);
  for (const f of facts) byDay[f.ordered - oldest]?.push(f);
  let etsy = 3_000_000_000 + r.int(0, 100_000_000);
  let shopify = 1001;
  let direct = 1;
  for (const day of byDay) {
    for (const { order } of day) {
      if (order.channel === 'etsy') order.externalId = String((etsy += r.int(1_500, 9_000)));
      else if (order.channel === 'shopify') order.externalId = `#${shopify++}`;
      else if (r.chance(0.5)) order.externalId = `D-${String(direct++).padStart(3, '0')}`;
      const key = channelKey(order.channel, order.externalId);
      if (key) order.channelKey = key;
    }
  }
}
