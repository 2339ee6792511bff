// The surprise inventory and the gifts taken from it.
//
// Writes are validated through zod at this boundary; the validators are loaded with the first write (not
// with Today or an order page, which only read and give). Every write that touches a surprise and a gift is
// one transaction: giving decrements stock and records the gift together, undoing restores both together.
// A gift row carries its order and its customer (both indexed), so it is recorded on the order and on the
// customer at once: the order's parcel, the customer's history and the surprise's history all read it.
//
// Deleting a surprise that was ever given is refused (its gifts' history would lose its name); the screens
// offer to deactivate it instead, which keeps the history and takes it out of suggestions.
import type { Customer } from '@shared/domain/customer';
import type { Order } from '@shared/domain/order';
import type { Surprise, SurpriseGift } from '@shared/domain/other';
import { localDate } from '@shared/dates';
import {
  eligibleSurprises,
  fold,
  isLowStock,
  suggestionFrom,
  type SurpriseChoices,
  type Suggestion,
} from '@shared/surprises/choose';
import { SurpriseRefused } from '@shared/surprises/errors';
import { ValidationError, parseOrThrow } from '@shared/validation';
import type { SurpriseInput } from '@shared/surprises/schema';
import { appDb, type TezgahDb } from './db';

export type { SurpriseInput };

export interface Deps {
  db?: TezgahDb;
  now?: () => number;
}

const validators = () => import('@shared/surprises/schema');

// ---- Inventory ----

async function assertUnique(db: TezgahDb, row: Surprise) {
  const all = await db.surprises.toArray();
  const name = fold(row.name);
  if (all.some((s) => s.id !== row.id && fold(s.name) === name)) {
    throw new SurpriseRefused('duplicate-name', `There is already a surprise called “${row.name}”`, {
      path: 'name',
    });
  }
  if (row.code) {
    const code = row.code.toUpperCase();
    const other = all.find((s) => s.id !== row.id && s.code?.toUpperCase() === code);
    if (other) {
      throw new SurpriseRefused('duplicate-code', `“${other.name}” already uses the code ${code}`, {
        path: 'code',
      });
    }
  }
}

function refuseMissing(): never {
  throw new SurpriseRefused('surprise-missing', 'This surprise no longer exists');
}

export async function createSurprise(input: SurpriseInput, { db = appDb(), now = Date.now }: Deps = {}) {
  const v = await validators();
  const t = now();
  const row = v.buildSurprise(input, { id: v.newId(), createdAt: t }, t);
  return db.transaction('rw', db.surprises, async () => {
    await assertUnique(db, row);
    await db.surprises.add(row);
    return row;
  });
}

/** Saves the form's fields over a surprise (stock included: a count the seller corrected). */
export async function updateSurprise(
  id: string,
  input: SurpriseInput,
  { db = appDb(), now = Date.now }: Deps = {},
) {
  const v = await validators();
  return db.transaction('rw', db.surprises, async () => {
    const old = await db.surprises.get(id);
    if (!old) refuseMissing();
    // A sample surprise stays removable with the rest of the sample shop.
    const base = old.sample
      ? { id, createdAt: old.createdAt, sample: 1 as const }
      : { id, createdAt: old.createdAt };
    const row = v.buildSurprise(input, base, now());
    await assertUnique(db, row);
    await db.surprises.put(row);
    return row;
  });
}

/** Deactivates (out of suggestions, history kept) or activates again. Returns the row before and after. */
export async function setSurpriseActive(
  id: string,
  active: boolean,
  { db = appDb(), now = Date.now }: Deps = {},
) {
  const v = await validators();
  return db.transaction('rw', db.surprises, async () => {
    const before = await db.surprises.get(id);
    if (!before) refuseMissing();
    const after = parseOrThrow(v.surpriseSchema, { ...before, active, updatedAt: now() }, 'surprise');
    await db.surprises.put(after);
    return { before, after };
  });
}

/**
 * Deletes a surprise that was never given. One that was is refused (`has-gifts`, with the count): its
 * gifts would lose their name in the customers' and orders' history. Deactivate it instead.
 */
export async function deleteSurprise(id: string, { db = appDb() }: Deps = {}) {
  return db.transaction('rw', db.surprises, db.surpriseGifts, async () => {
    const row = await db.surprises.get(id);
    if (!row) refuseMissing();
    const given = await db.surpriseGifts.where('surpriseId').equals(id).count();
    if (given > 0) {
      throw new SurpriseRefused(
        'has-gifts',
        `“${row.name}” was given ${given} time(s); deactivate it instead to keep that history`,
        { count: given },
      );
    }
    await db.surprises.delete(id);
    return row;
  });
}

/**
 * Adds to the stock (a restock) or takes from it (a count correction, breakage). Stock never goes below
 * zero: taking more than there is is refused (`below-zero`) and nothing changes.
 */
export async function adjustStock(id: string, delta: number, { db = appDb(), now = Date.now }: Deps = {}) {
  const v = await validators();
  if (!Number.isInteger(delta)) {
    throw new ValidationError([{ path: 'stock', message: 'Stock changes by whole numbers' }], 'surprise');
  }
  return db.transaction('rw', db.surprises, async () => {
    const old = await db.surprises.get(id);
    if (!old) refuseMissing();
    const stock = old.stock + delta;
    if (stock < 0) {
      throw new SurpriseRefused('below-zero', `Only ${old.stock} left: stock cannot go below zero`, {
        path: 'stock',
        count: old.stock,
      });
    }
    if (stock > v.MAX_STOCK) {
      throw new ValidationError([{ path: 'stock', message: 'Stock is too large' }], 'surprise');
    }
    const row = parseOrThrow(v.surpriseSchema, { ...old, stock, updatedAt: now() }, 'surprise');
    await db.surprises.put(row);
    return row;
  });
}

// ---- Giving ----

export interface GiveResult {
  gift: SurpriseGift;
  /** The surprise after its stock went down. */
  surprise: Surprise;
}

/**
 * Puts a surprise in an order's parcel: one transaction records the gift (on the order and the customer,
 * dated today) and takes one from stock. Refused, with nothing written, when the order is cancelled or
 * already has a surprise (one per parcel: undo it to change it), the customer asked for no surprises or
 * already got this one, or the surprise is inactive or out of stock.
 */
export async function giveSurprise(
  orderId: string,
  surpriseId: string,
  { db = appDb(), now = Date.now }: Deps = {},
): Promise<GiveResult> {
  const v = await validators();
  return db.transaction('rw', [db.surprises, db.surpriseGifts, db.orders, db.customers], async () => {
    const t = now();
    const order = await db.orders.get(orderId);
    if (!order) throw new SurpriseRefused('order-missing', 'This order no longer exists');
    if (order.status === 'cancelled') {
      throw new SurpriseRefused('order-cancelled', 'A cancelled order gets no surprise');
    }
    const customer = await db.customers.get(order.customerId);
    if (!customer) throw new SurpriseRefused('customer-missing', 'This order’s customer no longer exists');
    if (customer.preferences.noSurprises) {
      throw new SurpriseRefused('opted-out', `${customer.name} asked for no surprises`);
    }
    const surprise = await db.surprises.get(surpriseId);
    if (!surprise) refuseMissing();
    if (!surprise.active) throw new SurpriseRefused('inactive', `“${surprise.name}” is not active`);
    if (surprise.stock <= 0) throw new SurpriseRefused('out-of-stock', `“${surprise.name}” is out of stock`);
    const inParcel = await db.surpriseGifts.where('orderId').equals(orderId).first();
    if (inParcel) throw new SurpriseRefused('order-has-gift', 'This order already has a surprise');
    const before = await db.surpriseGifts
      .where('customerId')
      .equals(customer.id)
      .filter((g) => g.surpriseId === surpriseId)
      .first();
    if (before) {
      throw new SurpriseRefused(
        'already-given',
        `${customer.name} already got “${surprise.name}” on ${before.givenDate}`,
        { givenDate: before.givenDate },
      );
    }
    const after = parseOrThrow(
      v.surpriseSchema,
      { ...surprise, stock: surprise.stock - 1, updatedAt: t },
      'surprise',
    );
    const gift = parseOrThrow(
      v.surpriseGiftSchema,
      {
        id: v.newId(),
        surpriseId,
        orderId,
        customerId: customer.id,
        givenDate: localDate(t),
        createdAt: t,
        updatedAt: t,
        // A surprise given on a sample order goes with the sample shop.
        ...(order.sample ? { sample: 1 } : {}),
      },
      'surprise gift',
    );
    await db.surprises.put(after);
    await db.surpriseGifts.add(gift);
    return { gift, surprise: after };
  });
}

/** Takes a gift back out of its parcel: removes the record and puts the surprise back in stock, together. */
export async function undoGift(giftId: string, { db = appDb(), now = Date.now }: Deps = {}) {
  const v = await validators();
  return db.transaction('rw', db.surprises, db.surpriseGifts, async () => {
    const gift = await db.surpriseGifts.get(giftId);
    if (!gift) throw new SurpriseRefused('gift-missing', 'This surprise was already taken out of the parcel');
    const surprise = await db.surprises.get(gift.surpriseId);
    let after: Surprise | undefined;
    if (surprise) {
      after = parseOrThrow(
        v.surpriseSchema,
        { ...surprise, stock: surprise.stock + 1, updatedAt: now() },
        'surprise',
      );
      await db.surprises.put(after);
    }
    await db.surpriseGifts.delete(giftId);
    return { gift, surprise: after };
  });
}

// ---- Reads ----

export function getSurprise(id: string, { db = appDb() }: Deps = {}) {
  return db.surprises.get(id);
}

/** Every surprise by name (accents and case ignored). The inventory is small: tens, not thousands. */
export async function listSurprises({ db = appDb() }: Deps = {}): Promise<Surprise[]> {
  const rows = await db.surprises.toArray();
  return rows.sort((a, b) => fold(a.name).localeCompare(fold(b.name)) || (a.id < b.id ? -1 : 1));
}

export interface InventoryRow extends Surprise {
  /** How many times it was given. */
  given: number;
}

/** The inventory screen's rows: every surprise by name with how often it was given (an index count each). */
export async function surpriseInventory({ db = appDb() }: Deps = {}): Promise<InventoryRow[]> {
  const rows = await listSurprises({ db });
  const counts = await Promise.all(
    rows.map((s) => db.surpriseGifts.where('surpriseId').equals(s.id).count()),
  );
  return rows.map((s, i) => ({ ...s, given: counts[i] ?? 0 }));
}

/** Active surprises at or below their low-stock threshold, emptiest first (Today). */
export async function lowStockSurprises({ db = appDb() }: Deps = {}): Promise<Surprise[]> {
  const rows = (await db.surprises.toArray()).filter(isLowStock);
  return rows.sort(
    (a, b) => a.stock - b.stock || fold(a.name).localeCompare(fold(b.name)) || (a.id < b.id ? -1 : 1),
  );
}

export interface OrderGift {
  gift: SurpriseGift;
  /** Absent only if the surprise was removed outside the app's rules. */
  surprise?: Surprise;
}

/** The surprise in an order's parcel, if any. */
export async function giftForOrder(
  orderId: string,
  { db = appDb() }: Deps = {},
): Promise<OrderGift | undefined> {
  const gift = await db.surpriseGifts.where('orderId').equals(orderId).first();
  if (!gift) return undefined;
  const surprise = await db.surprises.get(gift.surpriseId);
  return surprise ? { gift, surprise } : { gift };
}

export interface OrderSuggestion {
  order: Order;
  customer: Customer;
  suggestion: Suggestion<Surprise>;
  /** For "pick another": what may go in (best first) and what may not, with why. */
  choices: SurpriseChoices<Surprise>;
}

/** What to put in an order's parcel (see shared/surprises/choose). Undefined when the order is gone. */
export async function suggestionForOrder(
  orderId: string,
  { db = appDb() }: Deps = {},
): Promise<OrderSuggestion | undefined> {
  const order = await db.orders.get(orderId);
  if (!order) return undefined;
  const [customer, surprises, gifts] = await Promise.all([
    db.customers.get(order.customerId),
    db.surprises.toArray(),
    db.surpriseGifts.where('customerId').equals(order.customerId).toArray(),
  ]);
  if (!customer) return undefined;
  const choices = eligibleSurprises(surprises, gifts, customer);
  return { order, customer, choices, suggestion: suggestionFrom(choices, surprises, customer) };
}

export type OrderSurpriseState =
  | { state: 'missing' }
  | ({ state: 'given' } & OrderGift & { order: Order; customer?: Customer })
  | ({ state: 'open' } & OrderSuggestion);

/** Everything the order's surprise panel shows, in one read: the gift in the parcel, or the suggestion. */
export async function orderSurprise(orderId: string, deps: Deps = {}): Promise<OrderSurpriseState> {
  const db = deps.db ?? appDb();
  return db.transaction('r', [db.orders, db.customers, db.surprises, db.surpriseGifts], async () => {
    const given = await giftForOrder(orderId, { db });
    if (given) {
      const order = await db.orders.get(orderId);
      if (!order) return { state: 'missing' };
      const customer = await db.customers.get(order.customerId);
      return customer ? { state: 'given', ...given, order, customer } : { state: 'given', ...given, order };
    }
    const open = await suggestionForOrder(orderId, { db });
    return open ? { state: 'open', ...open } : { state: 'missing' };
  });
}

export interface CustomerGift {
  gift: SurpriseGift;
  surprise?: Surprise;
  order?: Order;
}

/** A customer's surprises, newest first, with what and on which order. */
export async function giftsForCustomer(
  customerId: string,
  { db = appDb() }: Deps = {},
): Promise<CustomerGift[]> {
  const gifts = newestFirst(await db.surpriseGifts.where('customerId').equals(customerId).toArray());
  const [surprises, orders] = await Promise.all([
    db.surprises.bulkGet([...new Set(gifts.map((g) => g.surpriseId))]),
    db.orders.bulkGet(gifts.map((g) => g.orderId)),
  ]);
  const byId = new Map(surprises.filter((s) => s !== undefined).map((s) => [s.id, s]));
  return gifts.map((gift, i) => {
    const entry: CustomerGift = { gift };
    const surprise = byId.get(gift.surpriseId);
    const order = orders[i];
    if (surprise) entry.surprise = surprise;
    if (order) entry.order = order;
    return entry;
  });
}

export interface SurpriseGiftEntry {
  gift: SurpriseGift;
  customer?: Customer;
  order?: Order;
}

/**
 * Who got a surprise and when, newest first: the latest `limit` with their customers and orders, and how
 * many there are in all.
 */
export async function giftsForSurprise(
  surpriseId: string,
  { db = appDb(), limit = 200 }: Deps & { limit?: number } = {},
): Promise<{ total: number; entries: SurpriseGiftEntry[] }> {
  const all = newestFirst(await db.surpriseGifts.where('surpriseId').equals(surpriseId).toArray());
  const gifts = all.slice(0, limit);
  const [customers, orders] = await Promise.all([
    db.customers.bulkGet(gifts.map((g) => g.customerId)),
    db.orders.bulkGet(gifts.map((g) => g.orderId)),
  ]);
  const entries = gifts.map((gift, i) => {
    const entry: SurpriseGiftEntry = { gift };
    const customer = customers[i];
    const order = orders[i];
    if (customer) entry.customer = customer;
    if (order) entry.order = order;
    return entry;
  });
  return { total: all.length, entries };
}

function newestFirst(gifts: SurpriseGift[]): SurpriseGift[] {
  return gifts.sort((a, b) =>
    a.givenDate !== b.givenDate ? (a.givenDate < b.givenDate ? 1 : -1) : b.createdAt - a.createdAt,
  );
}
