// Day rows (shared/insights/day-rows) kept exact on every write, whoever writes: a DBCore middleware under
// every repository, so no caller has to remember them.
// - Every readwrite transaction that includes a source table (reviews, surveys, cases) also includes its table
//   of day rows (as Dexie Cloud's mutation tracking adds its own tables), so both change in one transaction.
// - A source table's mutate reads the rows it replaces or deletes, performs the mutation, then applies the
//   difference to the day rows. Items the mutation reports as failed (a bulkAdd's constraint errors, reported
//   per item) changed nothing and count for nothing. A failed day-row write aborts the whole transaction.
// - Mutations of one transaction run one after another here: two concurrent writes to the same day row would
//   otherwise both read it before either wrote it.
import type {
  DBCore,
  DBCoreMutateRequest,
  DBCoreMutateResponse,
  DBCoreTable,
  DBCoreTransaction,
  Middleware,
} from 'dexie';
import { applyChanges, type DayAggregate, type KeyedRow } from '@shared/insights/day-rows';

export interface Tracked<R = never, D extends KeyedRow = KeyedRow> {
  source: string;
  target: string;
  aggregate: DayAggregate<R, D>;
}

/** DBCoreRangeType.Any (a const enum, not importable with isolatedModules): `table.clear()`. */
const ANY_RANGE = 3;

export function dayRowsMiddleware(tracked: readonly Tracked[]): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'DayRows',
    create(down) {
      const present = new Set(down.schema.tables.map((t) => t.name));
      const active = tracked.filter((t) => present.has(t.source) && present.has(t.target));
      const queues = new WeakMap<DBCoreTransaction, Promise<unknown>>();
      const serial = <T>(trans: DBCoreTransaction, run: () => Promise<T>): Promise<T> => {
        const next = (queues.get(trans) ?? Promise.resolve()).then(run);
        queues.set(
          trans,
          next.catch(() => undefined),
        );
        return next;
      };
      return {
        transaction(stores, mode, options) {
          const extra =
            mode === 'readwrite'
              ? active
                  .filter((t) => stores.includes(t.source) && !stores.includes(t.target))
                  .map((t) => t.target)
              : [];
          return down.transaction(extra.length ? [...stores, ...extra] : stores, mode, options);
        },
        table(name) {
          const table = down.table(name);
          const t = active.find((x) => x.source === name);
          if (!t) return table;
          const target = down.table(t.target);
          return {
            ...table,
            mutate: (req) => serial(req.trans, () => mutateTracked(table, target, t.aggregate, req)),
          };
        },
      };
    },
  };
}

async function mutateTracked<R, D extends KeyedRow>(
  table: DBCoreTable,
  target: DBCoreTable,
  agg: DayAggregate<R, D>,
  req: DBCoreMutateRequest,
): Promise<DBCoreMutateResponse> {
  const { trans } = req;
  if (req.type === 'deleteRange' && req.range.type === ANY_RANGE) {
    // Nothing left to count: empty the day rows as well.
    const res = await table.mutate(req);
    if (res.numFailures === 0)
      await checked(trans, target.mutate({ trans, type: 'deleteRange', range: req.range }));
    return res;
  }
  const extractKey = table.schema.primaryKey.extractKey;
  let keys: unknown[];
  let before: (R | undefined)[];
  switch (req.type) {
    case 'add':
      // An add never replaces: one whose key is taken fails.
      keys = req.values.map((v, i) => req.keys?.[i] ?? extractKey?.(v));
      before = [];
      break;
    case 'put':
      keys = req.values.map((v, i) => req.keys?.[i] ?? extractKey?.(v));
      before = await table.getMany({ trans, keys });
      break;
    case 'delete':
      keys = req.keys;
      before = await table.getMany({ trans, keys });
      break;
    case 'deleteRange':
      before = (
        await table.query({
          trans,
          values: true,
          query: { index: table.schema.primaryKey, range: req.range },
        })
      ).result;
      keys = before.map((v) => extractKey?.(v));
      break;
  }

  const res = await table.mutate(req);

  const removed: R[] = [];
  const added: R[] = [];
  if (req.type === 'deleteRange') {
    if (res.numFailures === 0) removed.push(...before.filter((v): v is R => v !== undefined));
  } else {
    // Item by item, so a key written twice in one request counts its last value once.
    const now = new Map<unknown, R | undefined>();
    keys.forEach((key, i) => {
      if (res.failures[i]) return;
      const old = now.has(key) ? now.get(key) : before[i];
      if (old !== undefined) removed.push(old);
      const next: R | undefined = req.type === 'delete' ? undefined : (req.values[i] as R);
      if (next !== undefined) added.push(next);
      now.set(key, next);
    });
  }
  if (removed.length > 0 || added.length > 0) await applyDays(target, trans, agg, removed, added);
  return res;
}

async function applyDays<R, D extends KeyedRow>(
  target: DBCoreTable,
  trans: DBCoreTransaction,
  agg: DayAggregate<R, D>,
  removed: readonly R[],
  added: readonly R[],
): Promise<void> {
  const keys = [...new Set([...removed, ...added].map((r) => agg.keyOf(r)))];
  const rows = (await target.getMany({ trans, keys })) as (D | undefined)[];
  const stored = new Map<string, D>();
  rows.forEach((row, i) => row && stored.set(keys[i] as string, row));
  const { put, remove } = applyChanges(agg, stored, removed, added);
  if (put.length > 0) await checked(trans, target.mutate({ trans, type: 'put', values: put }));
  if (remove.length > 0) await checked(trans, target.mutate({ trans, type: 'delete', keys: remove }));
}

/** A day-row write that failed aborts the transaction: the source rows must not change without them. */
async function checked(trans: DBCoreTransaction, pending: Promise<DBCoreMutateResponse>): Promise<void> {
  const res = await pending;
  if (res.numFailures === 0) return;
  const error = Object.values(res.failures)[0];
  try {
    trans.abort();
  } catch {
    // Already aborted.
  }
  throw error ?? new Error('Day rows could not be written');
}
