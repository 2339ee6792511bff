// A window opening on the unfiltered order table reads the newest orders at boot (see app/boot-read): their
// ids and the first block of rows, so the table shows them as soon as it mounts.
import { bootRead, hashPath } from '@/app/boot-read';
import { latestOrderIds } from '@/db/order-reads';
import { filtersFromParams, hasFilters } from './model';
import { orderRows, type OrderRow } from './queries';
import { storedView, viewFor } from './view';

/** Ids read before the full list (a short cursor): more than a screenful. */
export const FIRST_IDS = 60;
/** Rows read with them: the virtual list's first block. */
const FIRST_ROWS = 48;

export interface FirstOrders {
  ids: string[];
  rows: ReadonlyMap<string, OrderRow>;
}

const first = bootRead<FirstOrders>();

export function opensOnOrderTable(hash: string): boolean {
  if (hashPath(hash) !== '/orders') return false;
  const params = new URLSearchParams(hash.split('?')[1] ?? '');
  return !hasFilters(filtersFromParams(params)) && viewFor(params, storedView()) === 'table';
}

export const primeOrderTable = () =>
  first.start(async () => {
    const ids = await latestOrderIds(FIRST_IDS);
    const rows = await orderRows(ids.slice(0, FIRST_ROWS));
    return { ids, rows: new Map(rows.map((r) => [r.id, r])) };
  });
export const releasePrimedOrders = first.release;
export const usePrimedOrders = first.use;
