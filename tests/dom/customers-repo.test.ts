import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isRepeatBuyer, type CustomerInput } from '@shared/domain/customer';
import type { OrderInput } from '@shared/domain/order';
import { ValidationError } from '@shared/validation';
import type { TezgahDb } from '@/db/db';
import {
  createCustomer,
  customerIdsByName,
  customersInNameOrder,
  deleteCustomer,
  getCustomer,
  searchCustomers,
  updateCustomer,
} from '@/db/customers';
import { createOrder, ordersOfCustomer, setOrderStatus } from '@/db/orders';
import { freshDb } from './db';

let db: TezgahDb;
const now = () => 1_760_000_000_000;

beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const base = { createdDate: '2025-01-10' } satisfies Partial<CustomerInput>;

function order(customerId: string, over: Partial<OrderInput> = {}): OrderInput {
  return {
    customerId,
    channel: 'etsy',
    items: [{ title: 'Articulated dragon', quantity: 1, unitPrice: 2_500 }],
    currency: 'USD',
    orderedDate: '2025-03-01',
    ...over,
  };
}

async function names(q: string, limit?: number) {
  return (await searchCustomers(q, limit, { db })).map((c) => c.name);
}

describe('createCustomer', () => {
  it('rejects a bad email with a field issue and writes nothing', async () => {
    const err = await createCustomer({ ...base, name: 'Ana', email: 'ana-at-example' }, { db, now }).catch(
      (e) => e,
    );
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).issues).toEqual([expect.objectContaining({ path: 'email' })]);
    expect(await db.customers.count()).toBe(0);
  });

  it('rejects a missing name and a bad phone, each on its field', async () => {
    const err = (await createCustomer({ ...base, name: '  ', phone: 'call me' }, { db, now }).catch(
      (e) => e,
    )) as ValidationError;
    expect(err).toBeInstanceOf(ValidationError);
    expect(err.issues.map((i) => i.path).sort()).toEqual(['name', 'phone']);
    expect(await db.customers.count()).toBe(0);
  });

  it('stores a valid customer with empty stats, trimmed text and a ZIP kept as text', async () => {
    const c = await createCustomer(
      { ...base, name: '  Ana Muñoz ', email: 'ana@example.com', address: { zip: '07661', city: 'Madrid' } },
      { db, now },
    );
    const stored = await getCustomer(c.id, { db });
    expect(stored?.name).toBe('Ana Muñoz');
    expect(stored?.address.zip).toBe('07661');
    expect(stored?.stats).toEqual({ orderCount: 0 });
    expect(stored?.createdAt).toBe(now());
  });
});

describe('searchCustomers', () => {
  beforeEach(async () => {
    const rows: CustomerInput[] = [
      {
        ...base,
        name: 'Ana Muñoz',
        email: 'ana@example.com',
        etsyUsername: 'anaprints',
        address: { city: 'Madrid' },
      },
      { ...base, name: 'Anastasia Ivanova', email: 'nastya@mail.ru', address: { city: 'Riga' } },
      { ...base, name: 'Mehmet Yılmaz', email: 'mehmet@ornek.com.tr', address: { city: 'İstanbul' } },
      { ...base, name: 'John Smith', etsyUsername: 'DragonFan42', address: { city: 'Portland' } },
      { ...base, name: 'Zeynep Kaya', address: { city: 'İzmir' } },
    ];
    for (const r of rows) await createCustomer(r, { db, now });
  });

  it('finds by name prefix, case-insensitively', async () => {
    expect(await names('ana')).toEqual(['Ana Muñoz', 'Anastasia Ivanova']);
    expect(await names('ANAS')).toEqual(['Anastasia Ivanova']);
    expect(await names('smi')).toEqual(['John Smith']);
  });

  it('ignores accents and Turkish dotted/dotless i on both sides', async () => {
    expect(await names('munoz')).toEqual(['Ana Muñoz']);
    expect(await names('Muñoz')).toEqual(['Ana Muñoz']);
    expect(await names('istanbul')).toEqual(['Mehmet Yılmaz']);
    expect(await names('İSTANBUL')).toEqual(['Mehmet Yılmaz']);
    expect(await names('yilmaz')).toEqual(['Mehmet Yılmaz']);
    expect(await names('izm')).toEqual(['Zeynep Kaya']);
  });

  it('finds by email, whole or by its parts', async () => {
    expect(await names('ana@example.com')).toEqual(['Ana Muñoz']);
    expect(await names('example')).toEqual(['Ana Muñoz']);
    expect(await names('nastya')).toEqual(['Anastasia Ivanova']);
  });

  it('finds by Etsy username and by city', async () => {
    expect(await names('dragonfan')).toEqual(['John Smith']);
    expect(await names('anaprints')).toEqual(['Ana Muñoz']);
    expect(await names('portland')).toEqual(['John Smith']);
    expect(await names('riga')).toEqual(['Anastasia Ivanova']);
  });

  it('needs every word of a multi-word query, in any order and with punctuation', async () => {
    expect(await names('ana madrid')).toEqual(['Ana Muñoz']);
    expect(await names('madrid ana')).toEqual(['Ana Muñoz']);
    expect(await names('muñoz, ana')).toEqual(['Ana Muñoz']);
    expect(await names('ana riga')).toEqual(['Anastasia Ivanova']);
    expect(await names('ana portland')).toEqual([]);
  });

  it('returns nothing for no match or a blank query, and honours the limit', async () => {
    expect(await names('qqq')).toEqual([]);
    expect(await names('   ')).toEqual([]);
    expect(await names('ana', 1)).toHaveLength(1);
  });

  it('follows a rename: the new name is found, the old one no longer', async () => {
    const [john] = await searchCustomers('john', 5, { db });
    await updateCustomer(
      john!.id,
      { ...base, name: 'Jonathan Black', etsyUsername: 'DragonFan42' },
      { db, now },
    );
    expect(await names('jonathan')).toEqual(['Jonathan Black']);
    expect(await names('smith')).toEqual([]);
    expect(await names('dragon')).toEqual(['Jonathan Black']);
  });

  it('lists every id in name order', async () => {
    const ids = await customerIdsByName({ db });
    const rows = await Promise.all(ids.map((id) => getCustomer(id, { db })));
    expect(rows.map((r) => r?.name)).toEqual([
      'Ana Muñoz',
      'Anastasia Ivanova',
      'John Smith',
      'Mehmet Yılmaz',
      'Zeynep Kaya',
    ]);
  });
});

describe('stats and delete', () => {
  it('keeps order count and first/last order dates up to date as orders come and are cancelled', async () => {
    const c = await createCustomer({ ...base, name: 'Ana' }, { db, now });
    await createOrder(order(c.id, { orderedDate: '2025-03-01' }), { db, now });
    let s = (await getCustomer(c.id, { db }))!;
    expect(s.stats).toEqual({ orderCount: 1, firstOrderDate: '2025-03-01', lastOrderDate: '2025-03-01' });
    expect(isRepeatBuyer(s)).toBe(false);

    const second = await createOrder(order(c.id, { orderedDate: '2025-06-15', externalId: '2' }), {
      db,
      now,
    });
    await createOrder(order(c.id, { orderedDate: '2024-12-24', externalId: '3' }), { db, now });
    s = (await getCustomer(c.id, { db }))!;
    expect(s.stats).toEqual({ orderCount: 3, firstOrderDate: '2024-12-24', lastOrderDate: '2025-06-15' });
    expect(isRepeatBuyer(s)).toBe(true);

    await setOrderStatus(second.id, 'cancelled', '2025-06-16', { db, now });
    s = (await getCustomer(c.id, { db }))!;
    expect(s.stats).toEqual({ orderCount: 2, firstOrderDate: '2024-12-24', lastOrderDate: '2025-03-01' });
  });

  it('editing a customer keeps their stats', async () => {
    const c = await createCustomer({ ...base, name: 'Ana' }, { db, now });
    await createOrder(order(c.id), { db, now });
    const edited = await updateCustomer(c.id, { ...base, name: 'Ana M.' }, { db, now });
    expect(edited.stats.orderCount).toBe(1);
  });

  it('refuses to delete a customer with orders and deletes nothing', async () => {
    const c = await createCustomer({ ...base, name: 'Ana' }, { db, now });
    await createOrder(order(c.id), { db, now });
    await createOrder(order(c.id, { externalId: '9' }), { db, now });
    const err = await deleteCustomer(c.id, 'refuse', { db }).catch((e) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect(await getCustomer(c.id, { db })).toBeDefined();
    expect(await ordersOfCustomer(c.id, { db })).toHaveLength(2);
  });

  it('deletes a customer without orders in refuse mode', async () => {
    const c = await createCustomer({ ...base, name: 'Ana' }, { db, now });
    expect(await deleteCustomer(c.id, 'refuse', { db })).toEqual({ deletedOrders: 0 });
    expect(await getCustomer(c.id, { db })).toBeUndefined();
  });

  it('with-orders removes the customer, their orders and what hangs on them, and nobody else’s', async () => {
    const ana = await createCustomer({ ...base, name: 'Ana' }, { db, now });
    const bob = await createCustomer({ ...base, name: 'Bob' }, { db, now });
    const o1 = await createOrder(order(ana.id, { externalId: '1' }), { db, now });
    await createOrder(order(ana.id, { externalId: '2' }), { db, now });
    const bobs = await createOrder(order(bob.id, { externalId: '3' }), { db, now });
    // A note linked only through the order, and a review linked only through the order.
    await db.notes.add({ id: 'note-only-order-1', orderId: o1.id } as never);
    await db.notes.add({ id: 'note-of-bob-0001', orderId: bobs.id, customerId: bob.id } as never);
    await db.reviews.add({ id: 'review-only-order', orderId: o1.id, rating: 5, date: '2025-03-09' } as never);

    expect(await deleteCustomer(ana.id, 'with-orders', { db })).toEqual({ deletedOrders: 2 });

    expect(await getCustomer(ana.id, { db })).toBeUndefined();
    expect(await ordersOfCustomer(ana.id, { db })).toEqual([]);
    expect(await db.notes.get('note-only-order-1')).toBeUndefined();
    const review = await db.reviews.get('review-only-order');
    expect(review).toBeDefined();
    expect(review?.orderId).toBeUndefined();
    // Bob is untouched.
    expect(await getCustomer(bob.id, { db })).toBeDefined();
    expect(await ordersOfCustomer(bob.id, { db })).toHaveLength(1);
    expect(await db.notes.get('note-of-bob-0001')).toBeDefined();
  });
});

describe('customer list order', () => {
  it('sorts by name ignoring case and accents, so Ç sorts with C and lower-case names with the rest', async () => {
    for (const name of [
      'Deniz Ak',
      'zoë bennett',
      'Çağla Öztürk',
      'Burak Can',
      'Şükrü Yılmaz',
      'Ana Muñoz',
    ]) {
      await createCustomer({ ...base, name }, { db, now });
    }
    const ids = await customerIdsByName({ db });
    const names = (await db.customers.bulkGet(ids)).map((c) => c!.name);
    expect(names).toEqual([
      'Ana Muñoz',
      'Burak Can',
      'Çağla Öztürk',
      'Deniz Ak',
      'Şükrü Yılmaz',
      'zoë bennett',
    ]);
  });
});

describe('everyone in name order (the customers screen keeps them in memory)', () => {
  const names = [
    'Zeynep Kaya',
    'ayşe demir',
    'Ayse Demir',
    'Émile Zola',
    'Bob',
    'Bob',
    'bob',
    'Çağla',
    'Ali',
  ];

  it('reads in chunks and gives the order of the name index, equal names by id', async () => {
    for (const name of names) await createCustomer({ ...base, name }, { db, now });
    const byIndex = await customerIdsByName({ db });
    // 9 customers in chunks of 2 (and of 3: the last chunk exactly full, then an empty one).
    for (const chunkSize of [2, 3, 100]) {
      const all = await customersInNameOrder({ db, chunkSize });
      expect(all.map((c) => c.id)).toEqual(byIndex);
    }
    const all = await customersInNameOrder({ db, chunkSize: 2 });
    expect(all[0]!.name).toBe('Ali');
    expect(all.at(-1)!.name).toBe('Zeynep Kaya'); // Émile sorts as emile
    expect(new Set(all.map((c) => c.id)).size).toBe(names.length);
  });

  it('stops with an error once the screen is left, between two chunks', async () => {
    for (const name of names) await createCustomer({ ...base, name }, { db, now });
    let asked = 0;
    const read = customersInNameOrder({ db, chunkSize: 2, stopped: () => ++asked > 2 });
    await expect(read).rejects.toThrow(/left/);
    expect(asked).toBe(3);
  });
});
