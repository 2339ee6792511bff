// Orders per status, kept at write time: after every kind of order write they equal a count of the rows.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { orderStatuses, type OrderStatus } from '@shared/domain/order-rules';
import type { OrderInput } from '@shared/domain/order';
import { createCustomer, deleteCustomer } from '@/db/customers';
import type { TezgahDb } from '@/db/db';
import { countInStatus } from '@/db/order-reads';
import { createOrder, restoreOrder, setOrderStatus, shipOrder, updateOrder } from '@/db/orders';
import { loadSampleShop, removeSampleShop } from '@/db/sample';
import { dropDb, freshDb } from './db';

let db: TezgahDb;
const NOW = new Date(2026, 2, 10, 12).getTime();
const deps = () => ({ db, now: () => NOW });

beforeEach(() => {
  db = freshDb();
});
afterEach(() => dropDb(db));

/** The kept counts and a count of the rows themselves, per status. */
async function both() {
  const kept: Partial<Record<OrderStatus, number>> = {};
  const counted: Partial<Record<OrderStatus, number>> = {};
  const rows = await db.orders.toArray();
  for (const s of orderStatuses) {
    kept[s] = await countInStatus(s, { db });
    counted[s] = rows.filter((o) => o.status === s).length;
  }
  return { kept, counted };
}

async function expectExact() {
  const { kept, counted } = await both();
  expect(kept).toEqual(counted);
}

describe('orders per status', () => {
  it('follow creating, editing, moving, shipping, cancelling and undoing', async () => {
    const ana = await createCustomer({ name: 'Ana', createdDate: '2026-01-01' }, deps());
    const input = (over: Partial<OrderInput> = {}): OrderInput => ({
      customerId: ana.id,
      channel: 'etsy',
      currency: 'USD',
      orderedDate: '2026-03-01',
      items: [{ title: 'Dragon', quantity: 1, unitPrice: 1000 }],
      ...over,
    });
    const a = await createOrder(input(), deps());
    const b = await createOrder(input({ status: 'printing' }), deps());
    await createOrder(input({ status: 'ready' }), deps());
    await expectExact();
    expect(await countInStatus('new', { db })).toBe(1);

    await updateOrder(a.id, input({ status: 'ready' }), deps());
    const moved = await setOrderStatus(b.id, 'ready', '2026-03-10', deps());
    await expectExact();
    expect(await countInStatus('ready', { db })).toBe(3);
    expect(await countInStatus('new', { db })).toBe(0);

    await shipOrder(a.id, '2026-03-10', 'TRACK1', deps());
    await setOrderStatus(a.id, 'cancelled', '2026-03-10', deps());
    await restoreOrder(moved.before, deps()); // undo: back to printing
    await expectExact();
    expect(await countInStatus('printing', { db })).toBe(1);
    expect(await countInStatus('cancelled', { db })).toBe(1);
  });

  it('follow deleting a customer with their orders, and loading and removing the sample shop', async () => {
    const bo = await createCustomer({ name: 'Bo', createdDate: '2026-01-01' }, deps());
    await createOrder(
      {
        customerId: bo.id,
        channel: 'direct',
        currency: 'EUR',
        orderedDate: '2026-03-02',
        items: [{ title: 'Vase', quantity: 2, unitPrice: 1500 }],
      },
      deps(),
    );
    await loadSampleShop(deps());
    await expectExact();
    expect((await both()).kept.delivered).toBeGreaterThan(50);

    await deleteCustomer(bo.id, 'with-orders', deps());
    await removeSampleShop(deps());
    await expectExact();
    expect(await db.orders.count()).toBe(0);
    expect(await db.orderCounts.count()).toBe(0); // nothing kept at zero
  });

  it('are not changed by a write that fails', async () => {
    const cy = await createCustomer({ name: 'Cy', createdDate: '2026-01-01' }, deps());
    const order = await createOrder(
      {
        customerId: cy.id,
        channel: 'etsy',
        externalId: '42',
        currency: 'USD',
        orderedDate: '2026-03-02',
        items: [{ title: 'Dragon', quantity: 1, unitPrice: 1000 }],
      },
      deps(),
    );
    // The same Etsy order number again breaks the unique index: nothing is written, nothing counted.
    await expect(db.orders.add({ ...order, id: 'other' })).rejects.toThrow();
    await expectExact();
    expect(await countInStatus('new', { db })).toBe(1);
  });
});
