// Reads the order screens run, composed from the repositories' indexed queries (no table scans).
import type { Order } from '@shared/domain/order';
import { orderStatuses, type OrderStatus } from '@shared/domain/order-rules';
import {
  countInStatus,
  customerNames,
  orderIds,
  ordersByIds,
  ordersInStatus,
  recentInStatus,
  searchOrderIds,
} from '@/db/order-reads';
import { repoFilter, type TableFilters } from './model';

/**
 * Ids of the orders the table shows, newest first. The search box matches an order number prefix or a
 * customer (name, email, username, city words); either is enough.
 */
export async function findOrderIds(f: TableFilters): Promise<string[]> {
  const base = repoFilter(f);
  const q = f.q.trim();
  if (!q) return orderIds(base);
  const { searchCustomers } = await import('@/db/customers');
  const customers = await searchCustomers(q, 500);
  return searchOrderIds(base, { externalIdPrefix: q, customerIds: customers.map((c) => c.id) });
}

export interface OrderRow extends Order {
  customerName?: string;
}

/** The rows of one visible window of the table, with their customers' names. */
export async function orderRows(ids: string[]): Promise<OrderRow[]> {
  const orders = await ordersByIds(ids);
  const names = await customerNames([...new Set(orders.map((o) => o.customerId))]);
  return orders.map((o) => ({ ...o, customerName: names.get(o.customerId) }));
}

/** Open columns show what is to be done by ship-by date; Shipped and Delivered only the latest. */
export const OPEN_LIMIT = 500;
export const RECENT_LIMIT = 50;

export interface BoardColumn {
  status: OrderStatus;
  orders: Order[];
}

/** The cards of each column, with their customers' names. */
export async function boardData(columns: readonly OrderStatus[]) {
  const cols = await Promise.all(
    columns.map(async (status): Promise<BoardColumn> => ({
      status,
      orders: await (status === 'shipped' || status === 'delivered'
        ? recentInStatus(status, RECENT_LIMIT)
        : ordersInStatus(status, OPEN_LIMIT)),
    })),
  );
  const names = await customerNames([...new Set(cols.flatMap((c) => c.orders.map((o) => o.customerId)))]);
  return { columns: cols, names };
}

/**
 * How many orders each status holds. Counting tens of thousands of delivered orders takes IndexedDB a
 * while, so the board asks for these after its cards.
 */
export async function statusCounts(): Promise<Record<OrderStatus, number>> {
  const counts = await Promise.all(orderStatuses.map((s) => countInStatus(s)));
  return Object.fromEntries(orderStatuses.map((s, i) => [s, counts[i]!])) as Record<OrderStatus, number>;
}
