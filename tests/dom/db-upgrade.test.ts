// The schema-upgrade harness: open the previous version's schema, seed thousands of rows, close, open the
// current database and check every row. Each new schema version adds a case here.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { TezgahDb } from '@/db/db';
import { CURRENT_VERSION, SCHEMA_V1 } from '@/db/schema';
import { customerSchema } from '@shared/domain/customer';
import { orderSchema } from '@shared/domain/order';
import { caseDays } from '@shared/insights/case-days';
import { daysFrom, packedByMonth, unpack } from '@shared/insights/day-rows';
import { reviewDays } from '@shared/insights/review-days';
import { surveyDays } from '@shared/insights/survey-days';
import { generateShop } from '@shared/sample/generate';

async function seedAtVersion(
  name: string,
  version: number,
  stores: Record<string, string>,
  rows: Record<string, unknown[]>,
) {
  const old = new Dexie(name);
  old.version(version).stores(stores);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const [table, list] of Object.entries(rows)) await old.table(table).bulkAdd(list);
  });
  old.close();
}

describe('database upgrades', () => {
  it('is at the version the harness knows about', () => {
    // A new version must add its upgrade case below before this number changes.
    expect(CURRENT_VERSION).toBe(2);
  });

  it('opens a v1 database with thousands of rows and keeps every row intact', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    const shop = generateShop({
      seed: 7,
      today: '2026-11-23',
      now: Date.UTC(2026, 10, 23),
      customers: 2000,
      orders: 5000,
      reviews: 1000,
    });
    await seedAtVersion(name, 1, SCHEMA_V1, {
      customers: shop.customers,
      orders: shop.orders,
      reviews: shop.reviews,
    });

    const db = new TezgahDb(name);
    await db.open();
    expect(db.verno).toBe(CURRENT_VERSION);
    const customers = await db.customers.toArray();
    const orders = await db.orders.toArray();
    expect(customers).toHaveLength(2000);
    expect(orders).toHaveLength(5000);
    for (const c of customers) expect(customerSchema.safeParse(c).success).toBe(true);
    for (const o of orders) expect(orderSchema.safeParse(o).success).toBe(true);
    // Indexes still answer after the reopen.
    const some = shop.orders[123]!;
    expect(
      await db.orders
        .where('channelKey')
        .equals(some.channelKey ?? '')
        .count(),
    ).toBe(some.channelKey ? 1 : 0);
    expect(await db.orders.where('customerId').equals(some.customerId).count()).toBeGreaterThan(0);
    db.close();
    await Dexie.delete(name);
  });

  it('v1 to v2: builds the day rows of reviews, surveys and cases and the orders per status from thousands of stored rows', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    const shop = generateShop({
      seed: 11,
      today: '2026-12-07',
      now: Date.UTC(2026, 11, 7),
      customers: 1500,
      orders: 6000,
      reviews: 4000,
    });
    // Edited ratings too (with their history), so recovered reviews are among them.
    const reviews = shop.reviews.map((r, i) =>
      i % 7 === 0 ? { ...r, rating: 5, ratingHistory: [{ rating: 2, date: r.date }] } : r,
    );
    expect(shop.surveys.length).toBeGreaterThan(300);
    await seedAtVersion(name, 1, SCHEMA_V1, {
      customers: shop.customers,
      orders: shop.orders,
      reviews,
      surveys: shop.surveys,
      cases: shop.cases,
    });

    const db = new TezgahDb(name);
    await db.open();
    expect(db.verno).toBe(2);
    expect(await db.reviews.count()).toBe(4000);
    const [reviewMonths, surveyMonths, caseMonths] = await Promise.all([
      db.reviewMonths.orderBy('key').toArray(),
      db.surveyMonths.orderBy('key').toArray(),
      db.caseMonths.orderBy('key').toArray(),
    ]);
    expect(unpack(reviewMonths)).toEqual(daysFrom(reviewDays, reviews));
    expect(reviewMonths).toEqual(daysFrom(packedByMonth(reviewDays), reviews));
    expect(unpack(surveyMonths)).toEqual(daysFrom(surveyDays, shop.surveys));
    expect(unpack(caseMonths)).toEqual(daysFrom(caseDays, shop.cases));
    expect(shop.cases.length).toBeGreaterThan(50);
    // Orders per status, counted from the 6,000 stored orders.
    const perStatus = new Map<string, number>();
    for (const o of shop.orders) perStatus.set(o.status, (perStatus.get(o.status) ?? 0) + 1);
    expect(await db.orderCounts.orderBy('key').toArray()).toEqual(
      [...perStatus].sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, count]) => ({ key, count })),
    );
    expect(perStatus.get('delivered')).toBeGreaterThan(1000);
    db.close();
    await Dexie.delete(name);
  });
});
