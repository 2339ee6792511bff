import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CustomerInput } from '@shared/domain/customer';
import type { OrderInput } from '@shared/domain/order';
import { SurpriseRefused } from '@shared/surprises/errors';
import type { SurpriseInput } from '@shared/surprises/schema';
import { ValidationError } from '@shared/validation';
import { createCustomer } from '@/db/customers';
import type { TezgahDb } from '@/db/db';
import { createOrder } from '@/db/orders';
import {
  adjustStock,
  createSurprise,
  deleteSurprise,
  giftForOrder,
  giftsForCustomer,
  giftsForSurprise,
  giveSurprise,
  lowStockSurprises,
  orderSurprise,
  setSurpriseActive,
  suggestionForOrder,
  surpriseInventory,
  undoGift,
  updateSurprise,
} from '@/db/surprises';
import { freshDb } from './db';

let db: TezgahDb;
// Local noon on 2026-03-10: that calendar day in whatever time zone the tests run in.
const NOW = new Date(2026, 2, 10, 12).getTime();
const deps = () => ({ db, now: () => NOW });

beforeEach(() => {
  db = freshDb();
});
afterEach(() => {
  vi.restoreAllMocks();
});

const sticker = (over: Partial<SurpriseInput> = {}): SurpriseInput => ({
  name: 'Shop logo sticker',
  kind: 'sticker',
  stock: 5,
  unitCost: 12,
  currency: 'USD',
  lowStockThreshold: 2,
  ...over,
});

async function customer(over: Partial<CustomerInput> = {}) {
  return createCustomer({ name: 'Ana Muñoz', createdDate: '2026-01-02', ...over }, { db });
}

async function order(customerId: string, over: Partial<OrderInput> = {}) {
  return createOrder(
    {
      customerId,
      channel: 'etsy',
      items: [{ title: 'Articulated dragon', quantity: 1, unitPrice: 2500 }],
      currency: 'USD',
      orderedDate: '2026-03-01',
      status: 'ready',
      ...over,
    },
    { db },
  );
}

async function refusal(p: Promise<unknown>) {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(ValidationError);
  return e as SurpriseRefused;
}

const stockOf = async (id: string) => (await db.surprises.get(id))?.stock;

describe('the inventory rejects bad input, writing nothing', () => {
  it.each([
    ['a negative stock', { stock: -1 }, 'stock'],
    ['a fractional stock', { stock: 2.5 }, 'stock'],
    ['an empty name', { name: '   ' }, 'name'],
    ['a discount code without its code', { kind: 'discount-code' as const }, 'code'],
    ['a code with spaces', { kind: 'discount-code' as const, code: 'THANK YOU' }, 'code'],
    ['a negative cost', { unitCost: -1 }, 'unitCost'],
    ['a negative threshold', { lowStockThreshold: -3 }, 'lowStockThreshold'],
  ])('%s', async (_what, over, path) => {
    const e = await refusal(createSurprise(sticker(over), deps()));
    expect(e.issues.map((i) => i.path)).toContain(path);
    expect(await db.surprises.count()).toBe(0);
  });

  it('refuses a second surprise with the same name or the same code (case ignored)', async () => {
    await createSurprise(sticker({ kind: 'discount-code', name: '10% card', code: 'THANKYOU10' }), deps());
    const byName = await refusal(createSurprise(sticker({ name: '10% CARD' }), deps()));
    expect(byName.reason).toBe('duplicate-name');
    expect(byName.issues[0]?.path).toBe('name');
    const byCode = await refusal(
      createSurprise(sticker({ kind: 'discount-code', name: 'Other card', code: 'thankyou10' }), deps()),
    );
    expect(byCode.reason).toBe('duplicate-code');
    expect(await db.surprises.count()).toBe(1);
  });

  it('updates a surprise, keeping its creation time and sample flag; refuses bad input or a missing one', async () => {
    const s = await createSurprise(sticker({ sample: 1 }), { db, now: () => 1_000 });
    const saved = await updateSurprise(s.id, sticker({ name: 'Logo sticker', stock: 9 }), {
      db,
      now: () => 2_000,
    });
    expect(saved).toMatchObject({
      name: 'Logo sticker',
      stock: 9,
      createdAt: 1_000,
      updatedAt: 2_000,
      sample: 1,
    });
    await refusal(updateSurprise(s.id, sticker({ stock: -4 }), deps()));
    expect(await stockOf(s.id)).toBe(9);
    expect((await refusal(updateSurprise('no-such-surprise', sticker(), deps()))).reason).toBe(
      'surprise-missing',
    );
  });
});

describe('giving a surprise', () => {
  it('records the gift on the order and the customer, dated today, and takes one from stock', async () => {
    const ana = await customer();
    const o = await order(ana.id);
    const s = await createSurprise(sticker(), deps());
    const { gift, surprise } = await giveSurprise(o.id, s.id, deps());
    expect(gift).toMatchObject({
      orderId: o.id,
      customerId: ana.id,
      surpriseId: s.id,
      givenDate: '2026-03-10',
    });
    expect(surprise.stock).toBe(4);
    expect(await stockOf(s.id)).toBe(4);
    expect((await giftForOrder(o.id, { db }))?.surprise?.name).toBe('Shop logo sticker');
    expect((await giftsForCustomer(ana.id, { db })).map((g) => g.order?.id)).toEqual([o.id]);
    const bySurprise = await giftsForSurprise(s.id, { db });
    expect(bySurprise.total).toBe(1);
    expect(bySurprise.entries[0]?.customer?.name).toBe('Ana Muñoz');
    expect((await surpriseInventory({ db }))[0]).toMatchObject({ id: s.id, given: 1, stock: 4 });
  });

  it('is atomic: when the gift cannot be written, the stock is not taken either', async () => {
    const ana = await customer();
    const o = await order(ana.id);
    const s = await createSurprise(sticker(), deps());
    vi.spyOn(db.surpriseGifts, 'add').mockRejectedValueOnce(new Error('disk full'));
    await expect(giveSurprise(o.id, s.id, deps())).rejects.toThrow('disk full');
    expect(await stockOf(s.id)).toBe(5);
    expect(await db.surpriseGifts.count()).toBe(0);
    // And it works once the disk has room again.
    await giveSurprise(o.id, s.id, deps());
    expect(await stockOf(s.id)).toBe(4);
  });

  it('undoing removes the record and restores the stock together, once', async () => {
    const ana = await customer();
    const o = await order(ana.id);
    const s = await createSurprise(sticker(), deps());
    const { gift } = await giveSurprise(o.id, s.id, deps());

    // A failure half-way leaves both as they were.
    vi.spyOn(db.surpriseGifts, 'delete').mockRejectedValueOnce(new Error('disk full'));
    await expect(undoGift(gift.id, deps())).rejects.toThrow('disk full');
    expect(await stockOf(s.id)).toBe(4);
    expect(await db.surpriseGifts.get(gift.id)).toBeDefined();

    const undone = await undoGift(gift.id, deps());
    expect(undone.surprise?.stock).toBe(5);
    expect(await stockOf(s.id)).toBe(5);
    expect(await giftForOrder(o.id, { db })).toBeUndefined();
    // A second undo (a double click, another window) changes nothing.
    expect((await refusal(undoGift(gift.id, deps()))).reason).toBe('gift-missing');
    expect(await stockOf(s.id)).toBe(5);
    // Once undone, the same surprise may go in again.
    await giveSurprise(o.id, s.id, deps());
    expect(await stockOf(s.id)).toBe(4);
  });

  it('gives one surprise per parcel', async () => {
    const ana = await customer();
    const o = await order(ana.id);
    const a = await createSurprise(sticker(), deps());
    const b = await createSurprise(sticker({ name: 'Mini gecko', kind: 'mini-print' }), deps());
    await giveSurprise(o.id, a.id, deps());
    expect((await refusal(giveSurprise(o.id, b.id, deps()))).reason).toBe('order-has-gift');
    expect(await stockOf(b.id)).toBe(5);
    expect(await db.surpriseGifts.count()).toBe(1);
  });

  it('never gives a customer the same surprise twice, even on another order', async () => {
    const ana = await customer();
    const first = await order(ana.id);
    const second = await order(ana.id, { orderedDate: '2026-03-05' });
    const s = await createSurprise(sticker(), deps());
    await giveSurprise(first.id, s.id, { db, now: () => new Date(2026, 2, 2, 12).getTime() });
    const e = await refusal(giveSurprise(second.id, s.id, deps()));
    expect(e.reason).toBe('already-given');
    expect(e.givenDate).toBe('2026-03-02');
    expect(await stockOf(s.id)).toBe(4);
  });

  it('refuses customers who asked for no surprises, cancelled orders, inactive ones and missing rows', async () => {
    const shy = await customer({ name: 'Shy', preferences: { noSurprises: true } });
    const ana = await customer();
    const s = await createSurprise(sticker(), deps());
    expect((await refusal(giveSurprise((await order(shy.id)).id, s.id, deps()))).reason).toBe('opted-out');
    const cancelled = await order(ana.id, { status: 'cancelled' });
    expect((await refusal(giveSurprise(cancelled.id, s.id, deps()))).reason).toBe('order-cancelled');
    const o = await order(ana.id);
    const retired = await createSurprise(sticker({ name: 'Retired', active: false }), deps());
    expect((await refusal(giveSurprise(o.id, retired.id, deps()))).reason).toBe('inactive');
    expect((await refusal(giveSurprise('no-such-order', s.id, deps()))).reason).toBe('order-missing');
    expect((await refusal(giveSurprise(o.id, 'no-such-surprise', deps()))).reason).toBe('surprise-missing');
    expect(await db.surpriseGifts.count()).toBe(0);
    expect(await stockOf(s.id)).toBe(5);
    expect(await stockOf(retired.id)).toBe(5);
  });
});

describe('stock never goes below zero', () => {
  it('refuses to give the last one twice, even when both are asked for at once', async () => {
    const ana = await customer();
    const bo = await customer({ name: 'Bo' });
    const s = await createSurprise(sticker({ stock: 1 }), deps());
    const [a, b] = await Promise.allSettled([
      giveSurprise((await order(ana.id)).id, s.id, deps()),
      giveSurprise((await order(bo.id)).id, s.id, deps()),
    ]);
    expect([a.status, b.status].sort()).toEqual(['fulfilled', 'rejected']);
    const failed = [a, b].find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect((failed.reason as SurpriseRefused).reason).toBe('out-of-stock');
    expect(await stockOf(s.id)).toBe(0);
    expect(await db.surpriseGifts.count()).toBe(1);
  });

  it('restocks, takes out, and refuses to take out more than there is', async () => {
    const s = await createSurprise(sticker({ stock: 3 }), deps());
    expect((await adjustStock(s.id, 10, deps())).stock).toBe(13);
    expect((await adjustStock(s.id, -13, deps())).stock).toBe(0);
    const e = await refusal(adjustStock(s.id, -1, deps()));
    expect(e.reason).toBe('below-zero');
    expect(e.count).toBe(0);
    expect(await stockOf(s.id)).toBe(0);
    await refusal(adjustStock(s.id, 1.5, deps()));
    expect(await stockOf(s.id)).toBe(0);
    expect((await refusal(adjustStock('no-such-surprise', 1, deps()))).reason).toBe('surprise-missing');
  });
});

describe('deleting and deactivating', () => {
  it('deletes a surprise never given, and refuses one that was (deactivate instead)', async () => {
    const ana = await customer();
    const unused = await createSurprise(sticker({ name: 'Unused' }), deps());
    const used = await createSurprise(sticker(), deps());
    await giveSurprise((await order(ana.id)).id, used.id, deps());
    await deleteSurprise(unused.id, { db });
    expect(await db.surprises.get(unused.id)).toBeUndefined();
    const e = await refusal(deleteSurprise(used.id, { db }));
    expect(e.reason).toBe('has-gifts');
    expect(e.count).toBe(1);
    expect(await db.surprises.get(used.id)).toBeDefined();

    const { after } = await setSurpriseActive(used.id, false, deps());
    expect(after.active).toBe(false);
    expect((await giftsForCustomer(ana.id, { db }))[0]?.surprise?.name).toBe('Shop logo sticker');
  });
});

describe('reads', () => {
  it('lists active surprises at or below their threshold, emptiest first', async () => {
    await createSurprise(sticker({ name: 'Plenty', stock: 50, lowStockThreshold: 5 }), deps());
    await createSurprise(sticker({ name: 'Low', stock: 4, lowStockThreshold: 5 }), deps());
    await createSurprise(sticker({ name: 'Empty', stock: 0, lowStockThreshold: 0 }), deps());
    await createSurprise(sticker({ name: 'Retired', stock: 0, lowStockThreshold: 5, active: false }), deps());
    await createSurprise(sticker({ name: 'At it', stock: 5, lowStockThreshold: 5 }), deps());
    expect((await lowStockSurprises({ db })).map((s) => s.name)).toEqual(['Empty', 'Low', 'At it']);
  });

  it('suggests for an order from what this customer has not had', async () => {
    const ana = await customer({ preferences: { likes: 'geckos and lizards' } });
    const first = await order(ana.id);
    const second = await order(ana.id);
    const logo = await createSurprise(sticker({ stock: 90 }), deps());
    const gecko = await createSurprise(sticker({ name: 'Mini gecko', kind: 'mini-print', stock: 3 }), deps());
    const planter = await createSurprise(sticker({ name: 'Mini planter', kind: 'mini-print' }), deps());
    expect((await suggestionForOrder(first.id, { db }))?.suggestion).toMatchObject({
      surprise: { id: gecko.id },
      why: 'likes',
    });
    await giveSurprise(first.id, gecko.id, deps());
    const next = await suggestionForOrder(second.id, { db });
    expect(next?.suggestion.surprise?.id).toBe(logo.id);
    expect(next?.choices.eligible.map((r) => r.surprise.id)).toEqual([logo.id, planter.id]);
    expect(next?.choices.unavailable).toMatchObject([
      { surprise: { id: gecko.id }, reasons: ['given-before'] },
    ]);

    expect(await orderSurprise(first.id, { db })).toMatchObject({
      state: 'given',
      surprise: { id: gecko.id },
    });
    expect(await orderSurprise(second.id, { db })).toMatchObject({ state: 'open' });
    expect(await orderSurprise('no-such-order', { db })).toEqual({ state: 'missing' });
  });
});
