import { beforeEach, describe, expect, it } from 'vitest';
import {
  channels,
  orderStatuses,
  type Channel,
  type Order,
  type OrderInput,
  type OrderStatus,
} from '@shared/domain/order';
import { ValidationError } from '@shared/validation';
import { addDays } from '@shared/dates';
import { createCustomer, getCustomer } from '@/db/customers';
import {
  buildOrder,
  countInStatus,
  createOrder,
  orderIds,
  ordersInStatus,
  recentInStatus,
  restoreOrder,
  searchOrderIds,
  setOrderStatus,
  shipOrder,
  updateOrder,
  type OrderFilter,
} from '@/db/orders';
import type { TezgahDb } from '@/db/db';
import { freshDb } from './db';

let db: TezgahDb;
let customerId: string;

beforeEach(async () => {
  db = freshDb();
  customerId = (await createCustomer({ name: 'Ana Muñoz', createdDate: '2026-01-02' }, { db })).id;
});

function input(over: Partial<OrderInput> = {}): OrderInput {
  return {
    customerId,
    channel: 'etsy',
    items: [{ title: 'Articulated dragon', quantity: 1, unitPrice: 2500 }],
    currency: 'USD',
    orderedDate: '2026-03-01',
    ...over,
  };
}

describe('createOrder', () => {
  it('computes the total from items, shipping, tax and discount', async () => {
    const row = await createOrder(
      input({
        items: [
          { title: 'Dragon', quantity: 2, unitPrice: 1250 },
          { title: 'Stand', quantity: 1, unitPrice: 500 },
        ],
        shipping: 400,
        tax: 100,
        discount: 200,
      }),
      { db },
    );
    expect(row.total).toBe(2 * 1250 + 500 + 400 + 100 - 200);
    expect((await db.orders.get(row.id))?.total).toBe(3300);
    expect(row.channelKey).toBeUndefined();
  });

  it('keeps external ids unique per channel, and allows the same id on another channel', async () => {
    const first = await createOrder(input({ externalId: '3141' }), { db });
    const dup = await createOrder(input({ externalId: '3141' }), { db }).catch((e: unknown) => e);
    expect(dup).toBeInstanceOf(ValidationError);
    expect((dup as ValidationError).issues[0]?.path).toBe('externalId');
    expect(await db.orders.count()).toBe(1);

    const other = await createOrder(input({ channel: 'shopify', externalId: '3141' }), { db });
    expect(other.channelKey).toBe('shopify:3141');
    expect(await db.orders.count()).toBe(2);

    // Saving an order with its own number is no clash; taking another order's number is.
    await expect(
      updateOrder(first.id, input({ externalId: '3141', notes: 'gift' }), { db }),
    ).resolves.toMatchObject({
      notes: 'gift',
    });
    await expect(updateOrder(other.id, input({ externalId: '3141' }), { db })).rejects.toBeInstanceOf(
      ValidationError,
    );
  });

  it('refuses an order without items or with a negative quantity, writing nothing', async () => {
    const noItems = await createOrder(input({ items: [] }), { db }).catch((e: unknown) => e);
    expect(noItems).toBeInstanceOf(ValidationError);
    expect((noItems as ValidationError).issues.map((i) => i.path)).toContain('items');

    const negative = await createOrder(input({ items: [{ title: 'Vase', quantity: -2, unitPrice: 100 }] }), {
      db,
    }).catch((e: unknown) => e);
    expect(negative).toBeInstanceOf(ValidationError);
    expect((negative as ValidationError).issues.map((i) => i.path)).toContain('items.0.quantity');

    const noCustomer = await createOrder(input({ customerId: 'missing-customer' }), { db }).catch(
      (e: unknown) => e,
    );
    expect((noCustomer as ValidationError).issues[0]?.path).toBe('customerId');

    expect(await db.orders.count()).toBe(0);
    expect((await getCustomer(customerId, { db }))?.stats.orderCount).toBe(0);
  });
});

describe('status changes', () => {
  it('stamps the shipped and delivered dates, keeping dates already set', async () => {
    const o = await createOrder(input(), { db });
    const printing = await setOrderStatus(o.id, 'printing', '2026-03-02', { db });
    expect(printing.before.status).toBe('new');
    expect(printing.after).toMatchObject({
      status: 'printing',
      shippedDate: undefined,
      deliveredDate: undefined,
    });

    const shipped = await setOrderStatus(o.id, 'shipped', '2026-03-04', { db });
    expect(shipped.after.shippedDate).toBe('2026-03-04');
    const delivered = await setOrderStatus(o.id, 'delivered', '2026-03-09', { db });
    expect(await db.orders.get(o.id)).toMatchObject({
      status: 'delivered',
      shippedDate: '2026-03-04',
      deliveredDate: '2026-03-09',
    });
    expect(delivered.before.status).toBe('shipped');
  });

  it('marks an order shipped with its tracking number in one write', async () => {
    const o = await createOrder(input({ status: 'ready' }), { db });
    const { before, after } = await shipOrder(o.id, '2026-03-05', ' LX123TR ', { db });
    expect(before.status).toBe('ready');
    expect(after).toMatchObject({ status: 'shipped', shippedDate: '2026-03-05', trackingNumber: 'LX123TR' });
    expect((await db.orders.get(o.id))?.trackingNumber).toBe('LX123TR');

    // No tracking number given keeps the one on file.
    await setOrderStatus(o.id, 'ready', '2026-03-05', { db });
    expect((await shipOrder(o.id, '2026-03-06', '', { db })).after.trackingNumber).toBe('LX123TR');
  });

  it('updates the customer stats when an order is cancelled, restored, or the change undone', async () => {
    const a = await createOrder(input({ orderedDate: '2026-02-01' }), { db });
    await createOrder(input({ orderedDate: '2026-03-01' }), { db });
    const stats = async () => (await getCustomer(customerId, { db }))?.stats;
    expect(await stats()).toEqual({
      orderCount: 2,
      firstOrderDate: '2026-02-01',
      lastOrderDate: '2026-03-01',
    });

    const cancelled = await setOrderStatus(a.id, 'cancelled', '2026-03-02', { db });
    expect(await stats()).toEqual({
      orderCount: 1,
      firstOrderDate: '2026-03-01',
      lastOrderDate: '2026-03-01',
    });
    expect(await countInStatus('cancelled', { db })).toBe(1);

    await restoreOrder(cancelled.before, { db });
    expect((await db.orders.get(a.id))?.status).toBe('new');
    expect((await stats())?.orderCount).toBe(2);
  });

  it('refuses a change to an order that does not exist', async () => {
    await expect(setOrderStatus('no-such-order', 'printing', '2026-03-01', { db })).rejects.toBeInstanceOf(
      ValidationError,
    );
  });
});

// ---- orderIds against a plain filter of the same rows ----

/** A small deterministic PRNG, so a failure can be reproduced. */
function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function seedOrders(n: number) {
  const rand = prng(42);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const customers: string[] = [customerId];
  for (let i = 0; i < 40; i++) {
    customers.push((await createCustomer({ name: `Customer ${i}`, createdDate: '2025-01-01' }, { db })).id);
  }
  const rows: Order[] = [];
  for (let i = 0; i < n; i++) {
    const channel: Channel = pick(channels);
    const status: OrderStatus = pick(orderStatuses);
    // About half carry the channel's number; Shopify numbers start with '#'.
    const numbered = rand() < 0.5;
    const externalId = numbered ? `${channel === 'shopify' ? '#' : ''}${1000 + i}` : undefined;
    const orderedDate = addDays('2025-01-01', Math.floor(rand() * 540));
    const shipBy = rand() < 0.7 ? addDays(orderedDate, Math.floor(rand() * 10)) : undefined;
    rows.push(
      buildOrder(
        {
          customerId: pick(customers),
          channel,
          externalId,
          status,
          orderedDate,
          shipBy,
          currency: 'USD',
          items: [{ title: `Item ${i}`, quantity: 1 + Math.floor(rand() * 3), unitPrice: 500 + i }],
        },
        { id: `order-${String(Math.floor(rand() * 1e9)).padStart(9, '0')}-${i}`, createdAt: 1 },
        1,
      ),
    );
  }
  await db.orders.bulkAdd(rows);
  return { rows, customers };
}

/** Newest ordered date first; equal dates by id, descending (the index's own order). */
function newestFirst(rows: readonly Order[]): string[] {
  return [...rows]
    .sort((a, b) =>
      a.orderedDate === b.orderedDate ? (a.id < b.id ? 1 : -1) : a.orderedDate < b.orderedDate ? 1 : -1,
    )
    .map((o) => o.id);
}

function plainFilter(rows: readonly Order[], f: OrderFilter): string[] {
  const prefix = f.externalIdPrefix?.trim().replace(/^#/, '');
  return newestFirst(
    rows.filter(
      (o) =>
        (!f.statuses?.length || f.statuses.includes(o.status)) &&
        (!f.channels?.length || f.channels.includes(o.channel)) &&
        (!f.from || o.orderedDate >= f.from) &&
        (!f.to || o.orderedDate <= f.to) &&
        (!f.customerIds || f.customerIds.includes(o.customerId)) &&
        (!prefix || (o.externalId ?? '').replace(/^#/, '').startsWith(prefix)),
    ),
  );
}

describe('orderIds with 2,000 orders', () => {
  it('matches a plain filter of the same rows for every kind of filter and their combinations', async () => {
    const { rows, customers } = await seedOrders(2_000);
    const some = customers.slice(3, 9);
    const filters: OrderFilter[] = [
      {},
      { statuses: ['ready'] },
      { statuses: ['new', 'shipped'] },
      { channels: ['etsy'] },
      { channels: ['shopify', 'direct'] },
      { from: '2025-06-01', to: '2025-08-31' },
      { from: '2026-01-01' },
      { to: '2025-01-31' },
      { from: '2025-03-15', to: '2025-03-15' },
      { customerIds: some },
      { customerIds: [] },
      { externalIdPrefix: '12' },
      { externalIdPrefix: '#15' },
      { externalIdPrefix: '1999' },
      { externalIdPrefix: ' ' },
      { statuses: ['printing', 'ready'], channels: ['etsy'], from: '2025-04-01', to: '2025-12-31' },
      { statuses: ['delivered'], customerIds: some, externalIdPrefix: '1' },
      { channels: ['other'], externalIdPrefix: '10', to: '2025-09-30' },
      { statuses: ['shipped'], channels: ['shopify'], from: '2025-05-01', to: '2025-11-30' },
      { statuses: ['ready', 'ready'], from: '2025-02-01' },
      { customerIds: customers, statuses: ['new', 'cancelled'] },
    ];
    for (const f of filters) {
      const expected = plainFilter(rows, f);
      // Both strategies: few candidates read as rows, and keys only.
      expect(await orderIds(f, { db }), JSON.stringify(f)).toEqual(expected);
      expect(await orderIds(f, { db, rowsUpTo: 0 }), `keys only: ${JSON.stringify(f)}`).toEqual(expected);
    }
    // The filters are not vacuous: they select real, different slices.
    expect(plainFilter(rows, { statuses: ['ready'] }).length).toBeGreaterThan(200);
    expect(plainFilter(rows, { externalIdPrefix: '12' }).length).toBeGreaterThan(20);
    expect(plainFilter(rows, filters[15]!).length).toBeGreaterThan(10);
  });

  it('searches by order number OR customer, within the other filters', async () => {
    const { rows, customers } = await seedOrders(2_000);
    const some = customers.slice(5, 8);
    const cases: [OrderFilter, { externalIdPrefix?: string; customerIds?: string[] }][] = [
      [{}, { externalIdPrefix: '15', customerIds: some }],
      [
        { statuses: ['ready', 'new'], from: '2025-05-01' },
        { externalIdPrefix: '1', customerIds: some },
      ],
      [{ channels: ['shopify'] }, { externalIdPrefix: '#19', customerIds: [] }],
      [{}, { externalIdPrefix: '#', customerIds: some }],
    ];
    for (const [f, search] of cases) {
      const byNumber = new Set(plainFilter(rows, { ...f, externalIdPrefix: search.externalIdPrefix }));
      const prefixBlank = !search.externalIdPrefix?.replace(/^#/, '').trim();
      const byCustomer = new Set(plainFilter(rows, { ...f, customerIds: search.customerIds }));
      const expected = plainFilter(rows, f).filter(
        (id) => (!prefixBlank && byNumber.has(id)) || byCustomer.has(id),
      );
      expect(await searchOrderIds(f, search, { db }), JSON.stringify([f, search])).toEqual(expected);
      expect(await searchOrderIds(f, search, { db, rowsUpTo: 0 }), JSON.stringify([f, search])).toEqual(
        expected,
      );
    }
    expect(
      (await searchOrderIds({}, { externalIdPrefix: '15', customerIds: some }, { db })).length,
    ).toBeGreaterThan(plainFilter(rows, { externalIdPrefix: '15' }).length);
  });

  it('lists board columns through the indexes: open ones by ship-by date, recent ones newest first', async () => {
    const { rows } = await seedOrders(2_000);
    const ready = await ordersInStatus('ready', 500, { db });
    const readyRows = rows.filter((o) => o.status === 'ready');
    expect(ready).toHaveLength(Math.min(500, readyRows.length));
    const dated = ready.filter((o) => o.shipBy).map((o) => o.shipBy!);
    expect(dated).toEqual([...dated].sort());
    // Orders without a ship-by date come after the dated ones.
    const firstUndated = ready.findIndex((o) => !o.shipBy);
    if (firstUndated >= 0) expect(ready.slice(firstUndated).every((o) => !o.shipBy)).toBe(true);

    const recent = await recentInStatus('delivered', 50, { db });
    expect(recent.map((o) => o.id)).toEqual(
      newestFirst(rows.filter((o) => o.status === 'delivered')).slice(0, 50),
    );
    expect(await countInStatus('delivered', { db })).toBe(
      rows.filter((o) => o.status === 'delivered').length,
    );
  });
});
