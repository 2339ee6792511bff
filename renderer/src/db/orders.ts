import {
  channelKey,
  datesForStatus,
  itemsSubtotal,
  channels as allChannels,
  orderInputSchema,
  orderSchema,
  type Channel,
  type Order,
  type OrderInput,
  type OrderStatus,
} from '@shared/domain/order';
import { newId } from '@shared/domain/common';
import { ValidationError, parseOrThrow } from '@shared/validation';
import { appDb, type TezgahDb } from './db';
import { refreshCustomerStats, type Deps } from './customers';

export function buildOrder(input: OrderInput, base: Pick<Order, 'id' | 'createdAt'>, now: number): Order {
  const parsed = parseOrThrow(orderInputSchema, input, 'order');
  const total = itemsSubtotal(parsed.items) + parsed.shipping + parsed.tax - parsed.discount;
  return parseOrThrow(
    orderSchema,
    { ...parsed, ...base, total, channelKey: channelKey(parsed.channel, parsed.externalId), updatedAt: now },
    'order',
  );
}

async function assertWritable(db: TezgahDb, row: Order) {
  if (!(await db.customers.get(row.customerId))) {
    throw new ValidationError([{ path: 'customerId', message: 'Pick a customer for this order' }], 'order');
  }
  if (row.channelKey) {
    const clash = await db.orders.where('channelKey').equals(row.channelKey).first();
    if (clash && clash.id !== row.id) {
      throw new ValidationError(
        [{ path: 'externalId', message: `Order ${row.externalId} is already on file for ${row.channel}` }],
        'order',
      );
    }
  }
}

/** Adds an order and updates the customer's stats in the same transaction. */
export async function createOrder(input: OrderInput, { db = appDb(), now = Date.now }: Deps = {}) {
  const t = now();
  const row = buildOrder(input, { id: newId(), createdAt: t }, t);
  return db.transaction('rw', db.orders, db.customers, async () => {
    await assertWritable(db, row);
    await db.orders.add(row);
    await refreshCustomerStats(db, row.customerId, t);
    return row;
  });
}

export async function updateOrder(
  id: string,
  input: OrderInput,
  { db = appDb(), now = Date.now }: Deps = {},
) {
  const t = now();
  return db.transaction('rw', db.orders, db.customers, async () => {
    const old = await db.orders.get(id);
    if (!old) throw new ValidationError([{ path: '', message: 'This order no longer exists' }], 'order');
    const row = buildOrder(input, { id, createdAt: old.createdAt }, t);
    await assertWritable(db, row);
    await db.orders.put(row);
    await refreshCustomerStats(db, row.customerId, t);
    if (old.customerId !== row.customerId) await refreshCustomerStats(db, old.customerId, t);
    return row;
  });
}

/** Moves an order to a status, stamping shipped/delivered dates that are still empty. */
export async function setOrderStatus(
  id: string,
  status: OrderStatus,
  today: string,
  { db = appDb(), now = Date.now }: Deps = {},
) {
  const t = now();
  return db.transaction('rw', db.orders, db.customers, async () => {
    const old = await db.orders.get(id);
    if (!old) throw new ValidationError([{ path: '', message: 'This order no longer exists' }], 'order');
    const row: Order = { ...old, ...datesForStatus(old, status, today), status, updatedAt: t };
    parseOrThrow(orderSchema, row, 'order');
    await db.orders.put(row);
    // Cancelling or restoring changes what counts towards the customer's history.
    if ((old.status === 'cancelled') !== (status === 'cancelled'))
      await refreshCustomerStats(db, row.customerId, t);
    return { before: old, after: row };
  });
}

/** Puts back an order exactly as it was (undo of a status change or an edit). */
export async function restoreOrder(row: Order, { db = appDb(), now = Date.now }: Deps = {}) {
  parseOrThrow(orderSchema, row, 'order');
  return db.transaction('rw', db.orders, db.customers, async () => {
    await db.orders.put(row);
    await refreshCustomerStats(db, row.customerId, now());
  });
}

export function getOrder(id: string, { db = appDb() }: Deps = {}) {
  return db.orders.get(id);
}

export function ordersOfCustomer(customerId: string, { db = appDb() }: Deps = {}) {
  return db.orders.where('customerId').equals(customerId).reverse().sortBy('orderedDate');
}

export async function ordersByIds(ids: readonly string[], { db = appDb() }: Deps = {}) {
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
 * Ids of matching orders, newest first. Only keys are read: each filter is an index range whose keys are
 * intersected, so 50k orders cost a few key scans and no row reads. Rows are fetched per visible window.
 */
export async function orderIds(f: OrderFilter = {}, { db = appDb() }: Deps = {}): Promise<string[]> {
  const from = f.from ?? MIN;
  const to = f.to ?? MAX;
  let base = (await db.orders
    .where('orderedDate')
    .between(from, to, true, true)
    .reverse()
    .primaryKeys()) as string[];
  const keep: Set<string>[] = [];
  if (f.statuses && f.statuses.length > 0) {
    keep.push(await keysFor(db, '[status+orderedDate]', f.statuses, from, to));
  }
  if (f.channels && f.channels.length > 0) {
    keep.push(await keysFor(db, '[channel+orderedDate]', f.channels, from, to));
  }
  if (f.customerIds) {
    const ids = await db.orders
      .where('customerId')
      .anyOf([...f.customerIds])
      .primaryKeys();
    keep.push(new Set(ids as string[]));
  }
  if (f.externalIdPrefix) {
    // Through the unique channelKey index (`etsy:3141…`), so no row is read.
    const prefix = f.externalIdPrefix.trim().replace(/^#/, '');
    const prefixes = allChannels.flatMap((c) => [`${c}:${prefix}`, `${c}:#${prefix}`]);
    const ids = await db.orders.where('channelKey').startsWithAnyOf(prefixes).primaryKeys();
    keep.push(new Set(ids as string[]));
  }
  for (const set of keep.sort((a, b) => a.size - b.size)) base = base.filter((id) => set.has(id));
  return base;
}

async function keysFor(db: TezgahDb, index: string, values: readonly string[], from: string, to: string) {
  const ranges = values.map((v) => [
    [v, from],
    [v, to],
  ]) as [[string, string], [string, string]][];
  const ids = await db.orders.where(index).inAnyRange(ranges, { includeUppers: true }).primaryKeys();
  return new Set(ids as string[]);
}

/** Orders in one status ordered by ship-by date (board columns, Today). Orders without one come last. */
export async function ordersInStatus(status: OrderStatus, limit = 500, { db = appDb() }: Deps = {}) {
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

export function countInStatus(status: OrderStatus, { db = appDb() }: Deps = {}) {
  return db.orders.where('[status+orderedDate]').between([status, MIN], [status, MAX], true, true).count();
}
