// The Today screen's reads: open orders through the [status+shipBy] index and, for the parcels to pack, their
// notes, gifts and customers by key. Nothing here scans a table, so Today costs the same at any shop size.
import type { Customer } from '@shared/domain/customer';
import type { Order } from '@shared/domain/order';
import type { Note, Surprise, SurpriseGift } from '@shared/domain/other';
import { appDb } from './db';
import { ordersInStatus, type ReadDeps } from './order-reads';
import { shopIsEmpty } from './shop';

/** Rows each list of Today shows at first; "Show more" adds pages of TODAY_STEP. The rest is in Orders. */
export const TODAY_FIRST = 8;
export const TODAY_STEP = 50;

export interface TodayLimits {
  print: number;
  pack: number;
}

/** What the parcel rows say besides the order: read after the rows are on screen. */
export interface PackExtras {
  notes: Map<string, Note>;
  gifts: Map<string, SurpriseGift>;
  /** Every surprise (a small inventory), for gift names and suggestions. */
  surprises: Surprise[];
  /** The surprises each customer has already had. */
  given: Map<string, SurpriseGift[]>;
}

export interface TodayData {
  empty: boolean;
  /** The first `limits.print` orders to print and `limits.pack` to pack, earliest ship-by first. */
  toPrint: Order[];
  toPack: Order[];
  /** How many there are in all. */
  counts: { toPrint: number; toPack: number };
  customers: Map<string, Customer>;
}

/** Earliest ship-by first (so overdue leads); orders without one after, oldest ordered first. */
export function byShipBy(a: Order, b: Order): number {
  if (a.shipBy && b.shipBy)
    return a.shipBy.localeCompare(b.shipBy) || a.orderedDate.localeCompare(b.orderedDate);
  if (a.shipBy) return -1;
  if (b.shipBy) return 1;
  return a.orderedDate.localeCompare(b.orderedDate);
}

/**
 * Reads only what is shown: each status's index is in ship-by order, so the first `limit` of New and of
 * Printing, merged, hold the first `limit` to print.
 */
export async function todayData(
  limits: TodayLimits = { print: TODAY_FIRST, pack: TODAY_FIRST },
  { db = appDb() }: ReadDeps = {},
): Promise<TodayData> {
  const [empty, fresh, printing, ready, counts] = await Promise.all([
    shopIsEmpty({ db }),
    ordersInStatus('new', limits.print, { db }),
    ordersInStatus('printing', limits.print, { db }),
    ordersInStatus('ready', limits.pack, { db }),
    todayCounts({ db }),
  ]);
  const toPrint = [...fresh, ...printing].sort(byShipBy).slice(0, limits.print);
  const toPack = [...ready].sort(byShipBy);
  const customerIds = [...new Set([...toPrint, ...toPack].map((o) => o.customerId))];
  const rows = await db.customers.bulkGet(customerIds);
  const customers = new Map<string, Customer>();
  for (const c of rows) if (c) customers.set(c.id, c);
  return { empty, toPrint, toPack, counts, customers };
}

/** The notes, gifts and surprise history behind the parcels to pack, by key. */
export async function packExtras(
  toPack: readonly Pick<Order, 'id' | 'customerId'>[],
  { db = appDb() }: ReadDeps = {},
): Promise<PackExtras> {
  const packIds = toPack.map((o) => o.id);
  const customerIds = [...new Set(toPack.map((o) => o.customerId))];
  if (packIds.length === 0) return { notes: new Map(), gifts: new Map(), surprises: [], given: new Map() };
  const [notes, gifts, surprises, customerGifts] = await Promise.all([
    db.notes.where('orderId').anyOf(packIds).toArray(),
    db.surpriseGifts.where('orderId').anyOf(packIds).toArray(),
    db.surprises.toArray(),
    db.surpriseGifts.where('customerId').anyOf(customerIds).toArray(),
  ]);
  const given = new Map<string, SurpriseGift[]>();
  for (const g of customerGifts) {
    const list = given.get(g.customerId) ?? [];
    list.push(g);
    given.set(g.customerId, list);
  }
  return {
    notes: new Map(notes.map((n) => [n.orderId, n])),
    gifts: new Map(gifts.map((g) => [g.orderId, g])),
    surprises,
    given,
  };
}

/** The counts beside "Today" in the sidebar: orders to print and to pack (index counts, no rows read). */
export async function todayCounts({ db = appDb() }: ReadDeps = {}) {
  const count = (status: Order['status']) =>
    db.orders.where('[status+orderedDate]').between([status, ''], [status, '\uffff']).count();
  const [fresh, printing, ready] = await Promise.all([count('new'), count('printing'), count('ready')]);
  return { toPrint: fresh + printing, toPack: ready };
}
