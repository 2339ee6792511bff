import { appDb } from './db';
import type { Deps } from './customers';

/** Whether the shop has anything in it yet (drives the first-run welcome). One key read, no count. */
export async function shopIsEmpty({ db = appDb() }: Deps = {}): Promise<boolean> {
  const [c, o] = await Promise.all([db.customers.limit(1).primaryKeys(), db.orders.limit(1).primaryKeys()]);
  return c.length === 0 && o.length === 0;
}
