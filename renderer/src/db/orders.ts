// Writes: validated through the zod schemas at this boundary. Reads are in ./order-reads (no zod, so the
// screens that only list orders load without the validators); they are re-exported here.
import {
  channelKey,
  datesForStatus,
  itemsSubtotal,
  orderInputSchema,
  orderSchema,
  type Order,
  type OrderInput,
  type OrderStatus,
} from '@shared/domain/order';
import { newId } from '@shared/domain/common';
import { localDate } from '@shared/dates';
import { ValidationError, parseOrThrow } from '@shared/validation';
import { appDb, type TezgahDb } from './db';
import { refreshCustomerStats, type Deps } from './customers';
import { applyOrderReminderRules } from './reminder-rules';

export * from './order-reads';

/** Every order write also applies the reminder rules (reading their settings) in its transaction. */
const orderWriteTables = (db: TezgahDb) => [db.orders, db.customers, db.reminders, db.settings];

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
  return db.transaction('rw', orderWriteTables(db), async () => {
    await assertWritable(db, row);
    await db.orders.add(row);
    await refreshCustomerStats(db, row.customerId, t);
    await applyOrderReminderRules(db, undefined, row, localDate(t), t);
    return row;
  });
}

export async function updateOrder(
  id: string,
  input: OrderInput,
  { db = appDb(), now = Date.now }: Deps = {},
) {
  const t = now();
  return db.transaction('rw', orderWriteTables(db), async () => {
    const old = await db.orders.get(id);
    if (!old) throw new ValidationError([{ path: '', message: 'This order no longer exists' }], 'order');
    const row = buildOrder(input, { id, createdAt: old.createdAt }, t);
    await assertWritable(db, row);
    await db.orders.put(row);
    await refreshCustomerStats(db, row.customerId, t);
    if (old.customerId !== row.customerId) await refreshCustomerStats(db, old.customerId, t);
    await applyOrderReminderRules(db, old, row, localDate(t), t);
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
  return changeStatus(db, id, status, today, {}, now());
}

/**
 * Marks an order shipped and records its tracking number (kept as it was when none is given), in one write.
 * Returns the rows before and after, like `setOrderStatus`, so the change can be undone.
 */
export async function shipOrder(
  id: string,
  today: string,
  trackingNumber: string | undefined,
  { db = appDb(), now = Date.now }: Deps = {},
) {
  const tracking = trackingNumber?.trim();
  return changeStatus(db, id, 'shipped', today, tracking ? { trackingNumber: tracking } : {}, now());
}

function changeStatus(
  db: TezgahDb,
  id: string,
  status: OrderStatus,
  today: string,
  changes: Pick<Partial<Order>, 'trackingNumber'>,
  t: number,
) {
  return db.transaction('rw', orderWriteTables(db), async () => {
    const old = await db.orders.get(id);
    if (!old) throw new ValidationError([{ path: '', message: 'This order no longer exists' }], 'order');
    const row: Order = { ...old, ...changes, ...datesForStatus(old, status, today), status, updatedAt: t };
    parseOrThrow(orderSchema, row, 'order');
    await db.orders.put(row);
    // Cancelling or restoring changes what counts towards the customer's history.
    if ((old.status === 'cancelled') !== (status === 'cancelled'))
      await refreshCustomerStats(db, row.customerId, t);
    await applyOrderReminderRules(db, old, row, today, t);
    return { before: old, after: row };
  });
}

/** Puts back an order exactly as it was (undo of a status change or an edit). */
export async function restoreOrder(row: Order, { db = appDb(), now = Date.now }: Deps = {}) {
  parseOrThrow(orderSchema, row, 'order');
  const t = now();
  return db.transaction('rw', orderWriteTables(db), async () => {
    const current = await db.orders.get(row.id);
    await db.orders.put(row);
    await refreshCustomerStats(db, row.customerId, t);
    // The undo of an edit that moved the order to another customer: the other one's stats change back too.
    if (current && current.customerId !== row.customerId)
      await refreshCustomerStats(db, current.customerId, t);
    // Undoing the change undoes what the rules made of it (a shipped order's review request goes, the
    // thank-you note the shipping closed reopens).
    await applyOrderReminderRules(db, current, row, localDate(t), t);
  });
}
