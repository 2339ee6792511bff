import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { createCustomer, statsFromOrders } from '@/db/customers';
import { allTables, TezgahDb } from '@/db/db';
import { createOrder } from '@/db/orders';
import {
  hasSampleShop,
  loadSampleShop,
  removeSampleShop,
  SAMPLE_META_KEY,
  SampleShopError,
  seedShop,
} from '@/db/sample';
import { generateShop, SAMPLE_SCALE, SAMPLE_SEED, type SampleShop } from '@shared/sample/generate';
import { ValidationError } from '@shared/validation';

const today = '2026-11-23';
const now = () => Date.UTC(2026, 10, 23, 12);
const opened: TezgahDb[] = [];

function freshDb(): TezgahDb {
  const db = new TezgahDb(`test-${crypto.randomUUID()}`);
  opened.push(db);
  return db;
}

afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

async function counts(db: TezgahDb) {
  const out: Record<string, number> = {};
  for (const t of [...allTables, 'meta'] as const) out[t] = await db.table(t).count();
  return out;
}

const sampleShop = (): SampleShop => generateShop({ seed: SAMPLE_SEED, today, now: now(), ...SAMPLE_SCALE });

async function addRealCustomerWithOrder(db: TezgahDb) {
  const customer = await createCustomer({ name: 'Real Buyer', createdDate: '2026-11-01' }, { db, now });
  const order = await createOrder(
    {
      customerId: customer.id,
      channel: 'shopify',
      // Every Shopify shop has a #1001, and so does the sample.
      externalId: '#1001',
      items: [{ title: 'Cable organiser', quantity: 2, unitPrice: 899 }],
      currency: 'USD',
      orderedDate: '2026-11-20',
    },
    { db, now },
  );
  return { customer, order };
}

describe('sample shop', () => {
  it('loads every table in one go and marks it loaded', async () => {
    const db = freshDb();
    expect(await hasSampleShop({ db })).toBe(false);
    const r = await loadSampleShop({ db, now, today });
    const shop = sampleShop();
    const after = await counts(db);
    for (const t of allTables) {
      expect(r[t], t).toBe(shop[t].length);
      expect(after[t], t).toBe(shop[t].length);
      expect(await db.table(t).where('sample').equals(1).count(), t).toBe(shop[t].length);
    }
    expect(r.customers).toBe(SAMPLE_SCALE.customers);
    expect(r.orders).toBe(SAMPLE_SCALE.orders);
    expect(r.rows).toBe(allTables.reduce((n, t) => n + shop[t].length, 0));
    expect(await db.meta.get(SAMPLE_META_KEY)).toBeDefined();
    expect(await hasSampleShop({ db })).toBe(true);

    // Stored stats agree with the repository's own rule over the stored orders.
    for (const c of await db.customers.toArray()) {
      const orders = await db.orders.where('customerId').equals(c.id).toArray();
      expect(c.stats).toEqual(statsFromOrders(orders));
    }
    // The indexes the screens use answer for sample rows.
    const sukru = await db.customers.where('searchWords').startsWith('sukru').toArray();
    expect(sukru.map((c) => c.name)).toContain('Şükrü Yılmaz');
    expect(
      await db.orders.where('[status+shipBy]').between(['ready', ''], ['ready', today], true, false).count(),
    ).toBeGreaterThan(0);
  });

  it('removes exactly the sample rows; a real customer and order survive', async () => {
    const db = freshDb();
    const real = await addRealCustomerWithOrder(db);
    await loadSampleShop({ db, now, today });
    // The sample order that also had #1001 lost its number instead of taking the real one's.
    expect((await db.orders.where('channelKey').equals('shopify:#1001').toArray()).map((o) => o.id)).toEqual([
      real.order.id,
    ]);

    const removed = await removeSampleShop({ db });
    expect(removed.customers).toBe(SAMPLE_SCALE.customers);
    expect(removed.orders).toBe(SAMPLE_SCALE.orders);
    const left = await counts(db);
    expect(left).toEqual({
      ...Object.fromEntries(allTables.map((t) => [t, 0])),
      customers: 1,
      orders: 1,
      meta: 0,
    });
    expect(await db.customers.get(real.customer.id)).toEqual({
      ...real.customer,
      stats: { orderCount: 1, firstOrderDate: '2026-11-20', lastOrderDate: '2026-11-20' },
      updatedAt: now(),
    });
    expect(await db.orders.get(real.order.id)).toEqual(real.order);
    expect(await hasSampleShop({ db })).toBe(false);

    // And it can be loaded again afterwards.
    await loadSampleShop({ db, now, today });
    expect(await db.customers.count()).toBe(SAMPLE_SCALE.customers + 1);
  });

  it('refuses to load twice and writes nothing the second time', async () => {
    const db = freshDb();
    await loadSampleShop({ db, now, today });
    const before = await counts(db);
    await expect(loadSampleShop({ db, now, today })).rejects.toBeInstanceOf(SampleShopError);
    // A different seed would not clash on ids, and is refused all the same.
    await expect(loadSampleShop({ db, now, today, seed: 99 })).rejects.toThrow(/already loaded/);
    expect(await counts(db)).toEqual(before);
  });

  it('still sees the sample when its marker is gone', async () => {
    const db = freshDb();
    await loadSampleShop({ db, now, today });
    await db.meta.delete(SAMPLE_META_KEY);
    expect(await hasSampleShop({ db })).toBe(true);
    await expect(loadSampleShop({ db, now, today, seed: 5 })).rejects.toBeInstanceOf(SampleShopError);
  });

  it('writes nothing when a row is invalid', async () => {
    const db = freshDb();
    const shop = sampleShop();
    const bad = shop.orders[200];
    if (!bad) throw new Error('expected 400 orders');
    bad.items = [];
    await expect(loadSampleShop({ db, now, today, shop })).rejects.toBeInstanceOf(ValidationError);
    expect(Object.values(await counts(db)).every((n) => n === 0)).toBe(true);
  });

  it('writes nothing when the write fails half way', async () => {
    const db = freshDb();
    const shop = sampleShop();
    // Valid rows, but the last table repeats a key: customers and orders are already added when it fails.
    const survey = shop.surveys[0];
    if (!survey) throw new Error('expected surveys');
    shop.surveys.push({ ...survey });
    await expect(loadSampleShop({ db, now, today, shop })).rejects.toThrow();
    expect(Object.values(await counts(db)).every((n) => n === 0)).toBe(true);
    expect(await hasSampleShop({ db })).toBe(false);
  });

  it('seeds larger shops in chunks and removes them again', async () => {
    const db = freshDb();
    const scale = { customers: 700, orders: 6_000, reviews: 800 };
    const r = await seedShop(scale, { db, now, today, seed: 3 });
    expect(r.orders).toBe(6_000);
    expect(await db.orders.count()).toBe(6_000);
    expect(await db.customers.count()).toBe(700);
    expect(await db.reviews.count()).toBe(800);
    await expect(seedShop(scale, { db, now, today, seed: 4 })).rejects.toBeInstanceOf(SampleShopError);
    const removed = await removeSampleShop({ db });
    expect(removed.rows).toBe(r.rows);
    expect(Object.values(await counts(db)).every((n) => n === 0)).toBe(true);
  });
});
