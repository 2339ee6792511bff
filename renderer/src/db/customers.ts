import Dexie from 'dexie';
import {
  customerInputSchema,
  customerSchema,
  customerSearchText,
  customerSearchWords,
  emptyStats,
  statsFromOrders,
  foldText,
  type Customer,
  type CustomerInput,
} from '@shared/domain/customer';
import { searchQueryWords } from '@shared/domain/customer-search';
import { newId } from '@shared/domain/common';
import { ValidationError, parseOrThrow } from '@shared/validation';
import { appDb, type TezgahDb } from './db';

export { statsFromOrders };

export interface Deps {
  db?: TezgahDb;
  now?: () => number;
}

/** Validates and fills the derived fields of a customer row. */
export function buildCustomer(
  input: CustomerInput,
  base: Pick<Customer, 'id' | 'createdAt' | 'stats'>,
  now: number,
): Customer {
  const parsed = parseOrThrow(customerInputSchema, input, 'customer');
  const searchText = customerSearchText(parsed);
  return parseOrThrow(
    customerSchema,
    {
      ...parsed,
      ...base,
      searchText,
      searchWords: customerSearchWords(searchText),
      sortName: foldText(parsed.name),
      updatedAt: now,
    },
    'customer',
  );
}

export async function createCustomer(input: CustomerInput, { db = appDb(), now = Date.now }: Deps = {}) {
  const t = now();
  const row = buildCustomer(input, { id: newId(), createdAt: t, stats: emptyStats }, t);
  await db.customers.add(row);
  return row;
}

export async function updateCustomer(
  id: string,
  input: CustomerInput,
  { db = appDb(), now = Date.now }: Deps = {},
) {
  return db.transaction('rw', db.customers, async () => {
    const old = await db.customers.get(id);
    if (!old)
      throw new ValidationError([{ path: '', message: 'This customer no longer exists' }], 'customer');
    const row = buildCustomer(input, { id, createdAt: old.createdAt, stats: old.stats }, now());
    await db.customers.put(row);
    return row;
  });
}

export type DeleteMode = 'refuse' | 'with-orders';

/**
 * Deletes a customer. With orders on file, `refuse` throws (nothing vanishes silently) and `with-orders`
 * removes the customer together with their orders and everything attached to them, in one transaction.
 */
export async function deleteCustomer(id: string, mode: DeleteMode, { db = appDb() }: Deps = {}) {
  return db.transaction(
    'rw',
    [db.customers, db.orders, db.notes, db.surpriseGifts, db.reminders, db.reviews, db.cases, db.surveys],
    async () => {
      const orderIds = await db.orders.where('customerId').equals(id).primaryKeys();
      if (orderIds.length > 0 && mode === 'refuse') {
        throw new ValidationError(
          [{ path: '', message: `This customer has ${orderIds.length} order(s)` }],
          'delete',
        );
      }
      await db.orders.bulkDelete(orderIds);
      // Rows attached to the customer, or only to one of their orders (an imported note or review may
      // carry the order id alone): nothing may be left pointing at a deleted order.
      for (const t of [db.notes, db.surpriseGifts, db.reminders, db.cases, db.surveys] as const) {
        await t.where('customerId').equals(id).delete();
        if (orderIds.length > 0) await t.where('orderId').anyOf(orderIds).delete();
      }
      // Reviews are the shop's public record: keep them, unlinked.
      await db.reviews.where('customerId').equals(id).modify({ customerId: undefined, orderId: undefined });
      if (orderIds.length > 0) {
        await db.reviews
          .where('orderId')
          .anyOf(orderIds)
          .modify({ customerId: undefined, orderId: undefined });
      }
      await db.customers.delete(id);
      return { deletedOrders: orderIds.length };
    },
  );
}

export function getCustomer(id: string, { db = appDb() }: Deps = {}) {
  return db.customers.get(id);
}

/** All customer ids in name order: the list virtualizes over these and fetches rows per window. */
export function customerIdsByName({ db = appDb() }: Deps = {}) {
  return db.customers.orderBy('sortName').primaryKeys();
}

/**
 * Every customer, in name order: the customers screen keeps this in memory so search-as-you-type filters it
 * without a query per keystroke. Read in chunks of the primary key, not in one `getAll`: the database answers
 * one request after another, and one read of 20k customers (~250 ms) held up every read of the next screen
 * when the seller moved on while it ran; between chunks the next screen's reads get their turn, and
 * `stopped` (the screen was left) ends the read early, with an error. Sorted here as the sortName index
 * orders (code units, then id). In a transaction of its own so Dexie's live-query cache stays out of it: a
 * cached range result could hold rows whose stats were since updated (the list showed a stale order count).
 */
export function customersInNameOrder({
  db = appDb(),
  stopped = () => false,
  chunkSize = CHUNK_SIZE,
}: Deps & { stopped?: () => boolean; chunkSize?: number } = {}): Promise<Customer[]> {
  return db.transaction('r', db.customers, async () => {
    const all: Customer[] = [];
    let last: string | undefined;
    for (;;) {
      if (stopped()) throw new Dexie.AbortError('the customers screen was left');
      const from = last === undefined ? db.customers : db.customers.where(':id').above(last);
      const chunk: Customer[] = await from.limit(chunkSize).toArray();
      all.push(...chunk);
      if (chunk.length < chunkSize) return all.sort(byName);
      last = chunk[chunk.length - 1]!.id;
    }
  });
}

/** Customers per read: ~25 ms of database work each at 20k. */
const CHUNK_SIZE = 2000;

const byName = (a: Customer, b: Customer) =>
  a.sortName < b.sortName ? -1 : a.sortName > b.sortName ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

export async function customersByIds(ids: readonly string[], { db = appDb() }: Deps = {}) {
  const rows = await db.customers.bulkGet([...ids]);
  return rows.filter((r): r is Customer => r !== undefined);
}

/**
 * Customers whose words start with every word of the query (any order), best matches by name.
 * The first word goes through the multi-entry index; the rest are checked on the few rows it yields.
 */
export async function searchCustomers(query: string, limit = 50, { db = appDb() }: Deps = {}) {
  const words = searchQueryWords(query);
  if (words.length === 0) return [];
  const [first, ...rest] = words.sort((a, b) => b.length - a.length) as [string, ...string[]];
  const out: Customer[] = [];
  await db.customers
    .where('searchWords')
    .startsWith(first)
    .distinct()
    .until(() => out.length >= limit)
    .each((c) => {
      if (rest.every((w) => c.searchWords.some((cw) => cw.startsWith(w)))) out.push(c);
    });
  return out.sort((a, b) => a.name.localeCompare(b.name));
}

/** Recomputes a customer's stats; call inside the transaction that changed their orders. */
export async function refreshCustomerStats(db: TezgahDb, customerId: string, now: number) {
  const orders = await db.orders.where('customerId').equals(customerId).toArray();
  await db.customers.update(customerId, { stats: statsFromOrders(orders), updatedAt: now });
}
