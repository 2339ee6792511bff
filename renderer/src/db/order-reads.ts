// Order reads: indexed queries for the order screens and the palette. No zod and nothing from the customers
// repository's write side, so the first screen loads without the validators (writes are in ./orders).
import type { Customer } from '@shared/domain/customer';
import type { Order } from '@shared/domain/order';
import { channels as allChannels, type Channel, type OrderStatus } from '@shared/domain/order-rules';
import { liveQuery } from 'dexie';
import { appDb, type TezgahDb } from './db';

/** The database to read (tests pass their own). */
export interface ReadDeps {
  db?: TezgahDb;
}

export function getOrder(id: string, { db = appDb() }: ReadDeps = {}) {
  return db.orders.get(id);
}

export function ordersOfCustomer(customerId: string, { db = appDb() }: ReadDeps = {}) {
  return db.orders.where('customerId').equals(customerId).reverse().sortBy('orderedDate');
}

export async function ordersByIds(ids: readonly string[], { db = appDb() }: ReadDeps = {}) {
  const rows = await db.orders.bulkGet([...ids]);
  return rows.filter((r): r is Order => r !== undefined);
}

export interface OrderFilter {
  statuses?: readonly OrderStatus[];
  channels?: readonly Channel[];
  from?: string;
  to?: string;
  /** Restrict to these customers (from a customer search). */
  customerIds?: readonly string[];
  /** Exact or prefix match on the channel's order number. */
  externalIdPrefix?: string;
}

const MIN = '0000-00-00';
const MAX = '9999-99-99';

/**
 * Up to this many candidate orders (a customer search, an order-number prefix, the open statuses) are
 * read as rows and filtered and sorted here; more are filtered through their keys.
 */
const SMALL = 5_000;

export interface OrderIdsDeps extends ReadDeps {
  /** Overrides the candidate count read as rows (tests use 0 to exercise the key-only path). */
  rowsUpTo?: number;
}

/**
 * Ids of matching orders, newest first (equal dates: the index's order, by id). Reads are chosen for
 * IndexedDB's speed at 50k orders: forward key ranges are one getAllKeys call each, while reverse or
 * multi-range cursors cost a round trip per key. So:
 * - few candidates (see SMALL): their rows are read, filtered and sorted;
 * - otherwise the keys of one range give the order (one status or one channel through its compound
 *   index, else the date index) and the other filters' key sets are intersected with it.
 */
export async function orderIds(
  f: OrderFilter = {},
  { db = appDb(), rowsUpTo = SMALL }: OrderIdsDeps = {},
): Promise<string[]> {
  const candidates: Promise<Set<string> | undefined>[] = [];
  if (f.customerIds) candidates.push(customersOrderKeys(db, f.customerIds));
  if (f.externalIdPrefix) candidates.push(numberPrefixKeys(db, f.externalIdPrefix));
  return idsWithin(db, f, await Promise.all(candidates), rowsUpTo);
}

/**
 * The search box: orders whose number starts with `externalIdPrefix` OR whose customer is one of
 * `customerIds`, within the other filters; newest first.
 */
export async function searchOrderIds(
  f: Omit<OrderFilter, 'customerIds' | 'externalIdPrefix'>,
  search: { externalIdPrefix?: string; customerIds?: readonly string[] },
  { db = appDb(), rowsUpTo = SMALL }: OrderIdsDeps = {},
): Promise<string[]> {
  const [byNumber, byCustomer] = await Promise.all([
    search.externalIdPrefix ? numberPrefixKeys(db, search.externalIdPrefix) : new Set<string>(),
    search.customerIds ? customersOrderKeys(db, search.customerIds) : new Set<string>(),
  ]);
  return idsWithin(db, f, [new Set([...(byNumber ?? []), ...byCustomer])], rowsUpTo);
}

async function customersOrderKeys(db: TezgahDb, customerIds: readonly string[]) {
  const lists = await Promise.all(
    [...new Set(customerIds)].map((id) => db.orders.where('customerId').equals(id).primaryKeys()),
  );
  return new Set(lists.flat() as string[]);
}

/** Through the unique channelKey index (`etsy:3141…`, `shopify:#1001`). */
async function numberPrefixKeys(db: TezgahDb, externalIdPrefix: string) {
  // A blank search ("", " " or a lone "#") is no filter, rather than "every order that has a number".
  const prefix = externalIdPrefix.trim().replace(/^#/, '');
  if (!prefix) return undefined;
  const prefixes = allChannels.flatMap((c) => [`${c}:${prefix}`, `${c}:#${prefix}`]);
  const lists = await Promise.all(
    prefixes.map((p) => db.orders.where('channelKey').startsWith(p).primaryKeys()),
  );
  return new Set(lists.flat() as string[]);
}

/** Orders matching the status/channel/date filters among every candidate set given (none: all orders). */
async function idsWithin(
  db: TezgahDb,
  f: Pick<OrderFilter, 'statuses' | 'channels' | 'from' | 'to'>,
  candidates: readonly (Set<string> | undefined)[],
  rowsUpTo: number,
): Promise<string[]> {
  const from = f.from ?? MIN;
  const to = f.to ?? MAX;
  const statuses = [...new Set(f.statuses ?? [])];
  const channels = [...new Set(f.channels ?? [])];
  const sets = candidates.filter((s): s is Set<string> => s !== undefined);
  const keys = (index: string, v: string) =>
    db.orders.where(index).between([v, from], [v, to], true, true).primaryKeys() as Promise<string[]>;
  const anyOf = (index: string, values: string[]) =>
    Promise.all(values.map((v) => keys(index, v))).then((lists) => new Set(lists.flat()));

  // Few candidates: read their rows, filter and sort them here.
  const fromRows = async (among: Set<string>[]) => {
    const [smallest, ...rest] = [...among].sort((a, b) => a.size - b.size) as [Set<string>, ...Set<string>[]];
    const ids = [...smallest].filter((id) => rest.every((s) => s.has(id)));
    const rows = (await db.orders.bulkGet(ids)).filter(
      (o): o is Order =>
        o !== undefined &&
        o.orderedDate >= from &&
        o.orderedDate <= to &&
        (statuses.length === 0 || statuses.includes(o.status)) &&
        (channels.length === 0 || channels.includes(o.channel)),
    );
    rows.sort((a, b) =>
      a.orderedDate === b.orderedDate ? (a.id < b.id ? 1 : -1) : a.orderedDate < b.orderedDate ? 1 : -1,
    );
    return rows.map((o) => o.id);
  };
  if (sets.some((s) => s.size <= rowsUpTo)) return fromRows(sets);

  // Otherwise the keys of one range give the order: one status or channel is a date-ordered range of its
  // compound index. Several statuses are read first: few (the open ones) are candidates read as rows.
  let base: Promise<string[]>;
  const filters: Promise<Set<string>>[] = [];
  const byChannel = () => anyOf('[channel+orderedDate]', channels);
  if (statuses.length === 1) {
    base = keys('[status+orderedDate]', statuses[0]!);
    if (channels.length > 0) filters.push(byChannel());
  } else if (statuses.length > 1) {
    const byStatus = await anyOf('[status+orderedDate]', statuses);
    if (byStatus.size <= rowsUpTo) return fromRows([...sets, byStatus]);
    base =
      channels.length === 1
        ? keys('[channel+orderedDate]', channels[0]!)
        : (db.orders.where('orderedDate').between(from, to, true, true).primaryKeys() as Promise<string[]>);
    filters.push(Promise.resolve(byStatus));
    if (channels.length > 1) filters.push(byChannel());
  } else if (channels.length === 1) {
    base = keys('[channel+orderedDate]', channels[0]!);
  } else {
    base = db.orders.where('orderedDate').between(from, to, true, true).primaryKeys() as Promise<string[]>;
    if (channels.length > 1) filters.push(byChannel());
  }
  const [ordered, more] = await Promise.all([base, Promise.all(filters)]);
  let ids = ordered;
  for (const set of [...sets, ...more].sort((a, b) => a.size - b.size)) ids = ids.filter((id) => set.has(id));
  return ids.reverse();
}

/** The newest orders' ids, for the table's first screen while the full list is read. */
export function latestOrderIds(limit: number, { db = appDb() }: ReadDeps = {}) {
  return db.orders.orderBy('orderedDate').reverse().limit(limit).primaryKeys() as Promise<string[]>;
}

/** Orders in one status ordered by ship-by date (board columns, Today). Orders without one come last. */
export async function ordersInStatus(status: OrderStatus, limit = 500, { db = appDb() }: ReadDeps = {}) {
  const withDate = await db.orders
    .where('[status+shipBy]')
    .between([status, MIN], [status, MAX], true, true)
    .limit(limit)
    .toArray();
  if (withDate.length >= limit) return withDate;
  const without = await db.orders
    .where('[status+orderedDate]')
    .between([status, MIN], [status, MAX], true, true)
    .filter((o) => !o.shipBy)
    .limit(limit - withDate.length)
    .toArray();
  return [...withDate, ...without];
}

/** Kept at write time (see db/aggregates.ts): one key read, not a count of index entries. */
export async function countInStatus(status: OrderStatus, { db = appDb() }: ReadDeps = {}) {
  return (await db.orderCounts.get(status))?.count ?? 0;
}

/**
 * The latest orders in one status, newest ordered date first (the board's Shipped and Delivered columns,
 * which only show what happened recently). Reads `limit` rows through the index, never the whole status.
 */
export function recentInStatus(status: OrderStatus, limit = 50, { db = appDb() }: ReadDeps = {}) {
  return db.orders
    .where('[status+orderedDate]')
    .between([status, MIN], [status, MAX], true, true)
    .reverse()
    .limit(limit)
    .toArray();
}

/** The names of these customers by id (the order list's customer column), read by primary key. */
export async function customerNames(ids: readonly string[], { db = appDb() }: ReadDeps = {}) {
  const rows: (Customer | undefined)[] = await db.customers.bulkGet([...ids]);
  return new Map(rows.filter((c): c is Customer => c !== undefined).map((c) => [c.id, c.name]));
}

/**
 * A live read for the screens (VirtualList's row blocks): re-runs `read` whenever what it read changes.
 * Screens do not import Dexie themselves.
 */
export function liveRead<T>(read: () => Promise<T>) {
  return liveQuery(read);
}
