import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { addDays } from '@shared/dates';
import { customerSchema, type CustomerStats } from '@shared/domain/customer';
import { computeTotals, orderSchema, shipByState, type Order } from '@shared/domain/order';
import {
  caseSchema,
  noteSchema,
  noteTemplateSchema,
  reminderSchema,
  reviewSchema,
  surpriseGiftSchema,
  surpriseSchema,
  surveySchema,
} from '@shared/domain/other';
import {
  BENCH_SCALE,
  generateShop,
  SAMPLE_SCALE,
  SAMPLE_SEED,
  type SampleShop,
} from '@shared/sample/generate';
import { Rng } from '@shared/sample/random';

const today = '2026-11-23';
const now = Date.UTC(2026, 10, 23, 14, 30);
const shop = generateShop({ seed: SAMPLE_SEED, today, now, ...SAMPLE_SCALE });

const schemas: Record<keyof SampleShop, z.ZodType> = {
  customers: customerSchema,
  orders: orderSchema,
  reviews: reviewSchema,
  notes: noteSchema,
  noteTemplates: noteTemplateSchema,
  surprises: surpriseSchema,
  surpriseGifts: surpriseGiftSchema,
  surveys: surveySchema,
  reminders: reminderSchema,
  cases: caseSchema,
};
const tables = Object.keys(schemas) as (keyof SampleShop)[];
const isNonAscii = (s: string) => [...s].some((ch) => ch.charCodeAt(0) > 127);
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** The repository's rule (renderer/src/db/customers.ts statsFromOrders), restated independently. */
function expectedStats(orders: readonly Order[]): CustomerStats {
  const dates = orders
    .filter((o) => o.status !== 'cancelled')
    .map((o) => o.orderedDate)
    .sort();
  return { orderCount: dates.length, firstOrderDate: dates[0], lastOrderDate: dates[dates.length - 1] };
}

describe('Rng', () => {
  it('repeats for a seed and makes v4 UUIDs', () => {
    const a = new Rng(42);
    const b = new Rng(42);
    const xs = Array.from({ length: 5 }, () => a.uint32());
    expect(Array.from({ length: 5 }, () => b.uint32())).toEqual(xs);
    expect(new Rng(43).uint32()).not.toBe(xs[0]);
    for (let i = 0; i < 200; i++) expect(a.uuid()).toMatch(UUID_V4);
    expect(a.digits(14)).toMatch(/^\d{14}$/);
    const picks = new Set(a.sampleIndices(50, 20));
    expect(picks.size).toBe(20);
    expect([...picks].every((i) => i >= 0 && i < 50)).toBe(true);
  });
});

describe('generateShop', () => {
  it('is the same shop for the same seed, a different one for another seed', () => {
    expect(generateShop({ seed: SAMPLE_SEED, today, now, ...SAMPLE_SCALE })).toEqual(shop);
    const other = generateShop({ seed: SAMPLE_SEED + 1, today, now, ...SAMPLE_SCALE });
    expect(other.customers[0]?.id).not.toBe(shop.customers[0]?.id);
  });

  it('makes the requested numbers of customers, orders and reviews, and the side tables', () => {
    expect(shop.customers).toHaveLength(SAMPLE_SCALE.customers);
    expect(shop.orders).toHaveLength(SAMPLE_SCALE.orders);
    expect(shop.reviews).toHaveLength(SAMPLE_SCALE.reviews);
    expect(shop.surprises.length).toBeGreaterThanOrEqual(5);
    expect(shop.surprises.length).toBeLessThanOrEqual(8);
    expect(new Set(shop.noteTemplates.map((t) => t.language))).toEqual(new Set(['en', 'tr']));
    for (const t of ['notes', 'surpriseGifts', 'surveys', 'reminders', 'cases'] as const) {
      expect(shop[t].length, t).toBeGreaterThan(0);
    }
    expect(shop.reminders.length).toBeLessThanOrEqual(20);
  });

  it('makes every row valid against its schema, flagged as sample', () => {
    for (const t of tables) {
      shop[t].forEach((row, i) => {
        const r = schemas[t].safeParse(row);
        expect(r.success, `${t}[${i}]: ${r.error?.message}`).toBe(true);
        expect((row as { sample?: number }).sample).toBe(1);
      });
    }
  });

  it('gives every row its own UUID v4 and every channel order number its own key', () => {
    const ids = tables.flatMap((t) => shop[t].map((row) => row.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(UUID_V4);
    const keys = shop.orders.flatMap((o) => (o.channelKey ? [o.channelKey] : []));
    expect(new Set(keys).size).toBe(keys.length);
    for (const o of shop.orders) {
      expect(o.channelKey).toBe(o.externalId ? `${o.channel}:${o.externalId}` : undefined);
      if (o.channel === 'etsy') expect(o.externalId).toMatch(/^\d{10}$/);
      if (o.channel === 'shopify') expect(o.externalId).toMatch(/^#\d{4,}$/);
      if (o.channel === 'direct' && o.externalId) expect(o.externalId).toMatch(/^D-\d{3,}$/);
    }
    expect(shop.orders.some((o) => o.channel === 'direct' && !o.externalId)).toBe(true);
  });

  it('keeps totals and customer stats consistent with the orders', () => {
    for (const o of shop.orders) {
      expect(o.total).toBe(computeTotals(o).total);
      expect(o.discount).toBeLessThanOrEqual(computeTotals(o).items);
    }
    const byCustomer = new Map<string, Order[]>();
    for (const o of shop.orders) byCustomer.set(o.customerId, [...(byCustomer.get(o.customerId) ?? []), o]);
    for (const c of shop.customers) {
      expect(c.stats, c.name).toEqual(expectedStats(byCustomer.get(c.id) ?? []));
      // A customer is added with their first order, not after it.
      for (const o of byCustomer.get(c.id) ?? []) expect(o.createdAt).toBeGreaterThanOrEqual(c.createdAt);
    }
  });

  it('references only rows of the sample itself', () => {
    const has = (list: readonly { id: string }[]) => new Set(list.map((r) => r.id));
    const customers = has(shop.customers);
    const orders = new Map(shop.orders.map((o) => [o.id, o]));
    const reviews = has(shop.reviews);
    const surprises = has(shop.surprises);
    const templates = has(shop.noteTemplates);
    for (const o of shop.orders) expect(customers.has(o.customerId)).toBe(true);
    const linked = [...shop.notes, ...shop.surpriseGifts, ...shop.surveys, ...shop.reminders, ...shop.cases];
    for (const row of linked) {
      if (row.orderId) expect(orders.get(row.orderId)?.customerId).toBe(row.customerId);
      if (row.customerId) expect(customers.has(row.customerId)).toBe(true);
    }
    for (const g of shop.surpriseGifts) expect(surprises.has(g.surpriseId)).toBe(true);
    for (const n of shop.notes) if (n.templateId) expect(templates.has(n.templateId)).toBe(true);
    for (const c of shop.cases) if (c.reviewId) expect(reviews.has(c.reviewId)).toBe(true);
    for (const r of shop.reviews) {
      const o = orders.get(r.orderId ?? '');
      expect(o, 'review points at an order').toBeDefined();
      expect(r.customerId).toBe(o?.customerId);
      expect(r.externalOrderId).toBe(o?.externalId);
      expect(r.channel).toBe(o?.channel);
      expect(r.date >= (o?.deliveredDate ?? '')).toBe(true);
    }
    expect(new Set(shop.reviews.map((r) => r.orderId)).size).toBe(shop.reviews.length);
  });

  it('never gives a customer the same surprise twice, and only in sent parcels', () => {
    const pairs = shop.surpriseGifts.map((g) => `${g.customerId}|${g.surpriseId}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    const orders = new Map(shop.orders.map((o) => [o.id, o]));
    for (const g of shop.surpriseGifts) {
      expect(g.givenDate).toBe(orders.get(g.orderId)?.shippedDate);
      expect(shop.customers.find((c) => c.id === g.customerId)?.preferences.noSurprises).toBe(false);
    }
  });

  it('has dates in the two years up to today, and nothing later than today or now', () => {
    const from = addDays(today, -730);
    for (const o of shop.orders) {
      expect(o.orderedDate >= from && o.orderedDate <= today).toBe(true);
      for (const d of [o.shippedDate, o.deliveredDate])
        if (d) expect(d <= today && d >= o.orderedDate).toBe(true);
      if (o.deliveredDate) expect(o.deliveredDate >= (o.shippedDate ?? '')).toBe(true);
    }
    for (const r of shop.reviews) {
      expect(r.date <= today).toBe(true);
      if (r.replyDate) expect(r.replyDate <= today && r.replyDate >= r.date).toBe(true);
    }
    for (const t of tables) for (const row of shop[t]) expect(row.createdAt).toBeLessThanOrEqual(now);
  });

  it('looks like a real worldwide 3D-print shop', () => {
    const names = shop.customers.map((c) => c.name);
    for (const n of ['Muñoz', 'Beyoncé', 'Şükrü Yılmaz', 'Zoë', 'Çağla']) {
      expect(names.some((x) => x.includes(n))).toBe(true);
    }
    const nonAscii = new Set(shop.customers.filter((c) => isNonAscii(c.name)).map((c) => c.id));
    expect(shop.orders.some((o) => nonAscii.has(o.customerId))).toBe(true);
    // Non-ASCII names are found by their folded form.
    expect(shop.customers.find((c) => c.name === 'Şükrü Yılmaz')?.searchWords).toContain('sukru');
    const zips = shop.customers.map((c) => c.address.zip ?? '');
    expect(zips.every((z) => typeof z === 'string')).toBe(true);
    expect(zips.some((z) => z.startsWith('0'))).toBe(true);
    const cities = new Set(shop.customers.map((c) => c.address.city));
    expect(cities.has('İstanbul')).toBe(true);
    expect(cities.size).toBeGreaterThan(10);

    const share = (ch: string) => shop.orders.filter((o) => o.channel === ch).length / shop.orders.length;
    expect(share('etsy')).toBeGreaterThan(0.6);
    expect(share('etsy')).toBeLessThan(0.8);
    expect(share('shopify')).toBeGreaterThan(0.12);
    expect(share('direct')).toBeGreaterThan(0.04);
    const currencies = new Set(shop.orders.map((o) => o.currency));
    expect(currencies).toEqual(new Set(['USD', 'EUR', 'TRY']));
    const repeat = shop.customers.filter((c) => c.stats.orderCount >= 2).length / shop.customers.length;
    expect(repeat).toBeGreaterThan(0.18);
    expect(repeat).toBeLessThan(0.32);

    const titles = new Set(shop.orders.flatMap((o) => o.items.map((i) => i.title)));
    expect(titles.has('Planter with drainage | Matte White')).toBe(true);
    expect([...titles].some((t) => t.startsWith('Articulated Dragon — PLA Silk'))).toBe(true);
    expect(shop.orders.some((o) => o.giftMessage)).toBe(true);
    const coupons = shop.orders.flatMap((o) => o.couponCodes);
    expect(coupons).toContain('THANKYOU10');
    expect(shop.surprises.some((s) => s.code === 'THANKYOU10')).toBe(true);
  });

  it('puts old orders in delivered and recent ones on the workbench, with Today showcases', () => {
    const statuses = new Set(shop.orders.map((o) => o.status));
    expect(statuses).toEqual(new Set(['new', 'printing', 'ready', 'shipped', 'delivered', 'cancelled']));
    const old = shop.orders.filter((o) => o.orderedDate < addDays(today, -60));
    expect(old.every((o) => o.status === 'delivered' || o.status === 'cancelled')).toBe(true);
    expect(old.filter((o) => o.status === 'delivered').length / old.length).toBeGreaterThan(0.9);
    const ready = shop.orders.filter((o) => o.status === 'ready');
    expect(ready.some((o) => shipByState(o, today) === 'overdue')).toBe(true);
    expect(ready.some((o) => shipByState(o, today) === 'today')).toBe(true);
    const overdue = ready.find((o) => shipByState(o, today) === 'overdue');
    expect(isNonAscii(shop.customers.find((c) => c.id === overdue?.customerId)?.name ?? '')).toBe(true);
  });

  it('has mostly 5★ reviews in English and Turkish, and bad ones taken up with a reply and a case', () => {
    const five = shop.reviews.filter((r) => r.rating === 5).length;
    expect(five / shop.reviews.length).toBeGreaterThan(0.6);
    expect(shop.reviews.some((r) => r.rating <= 3)).toBe(true);
    expect(shop.reviews.some((r) => r.text === '')).toBe(true);
    expect(shop.reviews.some((r) => /[çğışöü]/.test(r.text))).toBe(true);
    const cased = new Set(shop.cases.map((c) => c.reviewId));
    const takenUp = shop.reviews.filter(
      (r) => (r.rating <= 3 || r.ratingHistory.length > 0) && cased.has(r.id),
    );
    expect(takenUp.some((r) => r.reply)).toBe(true);
    for (const r of shop.reviews.filter((x) => x.rating <= 3)) expect(r.categories.length).toBeGreaterThan(0);
    for (const r of shop.reviews.filter((x) => x.ratingHistory.length > 0)) {
      expect(r.ratingHistory[0]?.rating).toBeLessThanOrEqual(3);
      expect(cased.has(r.id)).toBe(true);
    }
  });

  it('writes notes only for sent or ready orders, filled from a template', () => {
    const orders = new Map(shop.orders.map((o) => [o.id, o]));
    for (const n of shop.notes) {
      const status = orders.get(n.orderId)?.status;
      expect(['ready', 'shipped', 'delivered']).toContain(status);
      expect(n.body).not.toMatch(/\{firstName\}|\{item\}/);
      if (status === 'ready') expect(n.written).toBe(false);
    }
    expect(new Set(shop.notes.map((n) => n.mode))).toEqual(new Set(['handwritten', 'printed']));
  });

  it('handles tiny and empty scales', () => {
    const empty = generateShop({ seed: 1, today, now, customers: 0, orders: 10, reviews: 5 });
    expect(empty.customers).toHaveLength(0);
    expect(empty.orders).toHaveLength(0);
    expect(empty.reviews).toHaveLength(0);
    const tiny = generateShop({ seed: 1, today, now, customers: 3, orders: 2, reviews: 50 });
    expect(tiny.customers).toHaveLength(3);
    expect(tiny.orders).toHaveLength(2);
    expect(tiny.reviews.length).toBeLessThanOrEqual(2);
    expect(() => generateShop({ seed: 1, today: '23/11/2026', now, ...SAMPLE_SCALE })).toThrow(RangeError);
  });

  it('generates the benchmark scale quickly, with unique ids and order numbers', () => {
    const t0 = performance.now();
    const big = generateShop({ seed: 7, today, now, ...BENCH_SCALE });
    const ms = performance.now() - t0;
    // The target is well under 2 s on an idle machine; this loose bound only catches a slide into the
    // quadratic (a shared CI box can be several times slower).
    expect(ms).toBeLessThan(6_000);
    expect(big.customers).toHaveLength(BENCH_SCALE.customers);
    expect(big.orders).toHaveLength(BENCH_SCALE.orders);
    expect(big.reviews).toHaveLength(BENCH_SCALE.reviews);
    const ids = tables.flatMap((t) => big[t].map((r) => r.id));
    expect(new Set(ids).size).toBe(ids.length);
    const keys = big.orders.flatMap((o) => (o.channelKey ? [o.channelKey] : []));
    expect(new Set(keys).size).toBe(keys.length);
    const pairs = big.surpriseGifts.map((g) => `${g.customerId}|${g.surpriseId}`);
    expect(new Set(pairs).size).toBe(pairs.length);
  }, 30_000);
});
