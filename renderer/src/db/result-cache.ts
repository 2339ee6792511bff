// The last result of a screen's read, kept in memory for as long as none of the tables it reads is written,
// so coming back to the screen shows it at once instead of waiting for the same read again (and a read of
// thousands of rows is not made, and collected, on every visit).
//
// Writes are counted as they are issued, by a middleware (writeCounter, installed by TezgahDb): Dexie runs the
// live queries a write touches on its own schedule, optimistically, before the write commits and before it
// reports the write ('storagemutated'), so only a count taken at the write itself is sure to be ahead of them.
// Writes from other windows on the same database arrive as Dexie's reports, and are counted then.
import Dexie, { type DBCore, type Middleware } from 'dexie';
import type { TezgahDb } from './db';

/** Writes per database name, then per table; `*` counts the reports that name no table. */
const writes = new Map<string, Map<string, number>>();

function bump(db: string, table: string) {
  const tables = writes.get(db) ?? new Map<string, number>();
  writes.set(db, tables);
  tables.set(table, (tables.get(table) ?? 0) + 1);
}

function writesTo(db: string, tables: readonly string[]): number {
  const counts = writes.get(db);
  if (!counts) return 0;
  return tables.reduce((n, t) => n + (counts.get(t) ?? 0), counts.get('*') ?? 0);
}

/** Counts every write to every table of the database it is installed on, as the write is asked for. */
export function writeCounter(): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'WriteCounter',
    // Below the day-row middleware (level 10), so the aggregate rows it writes are counted too; above
    // Dexie's own cache (level 0), which schedules the live queries.
    level: 5,
    create(down) {
      const db = down.schema.name;
      return {
        ...down,
        table(name) {
          const table = down.table(name);
          return {
            ...table,
            mutate(req) {
              bump(db, name);
              return table.mutate(req);
            },
          };
        },
      };
    },
  };
}

Dexie.on('storagemutated', (parts) => {
  for (const part of Object.keys(parts)) {
    const m = /^idb:\/\/(.*)\/(.*)\//.exec(part);
    if (m) bump(m[1]!, m[2]!);
    else for (const db of writes.keys()) bump(db, '*');
  }
});

export interface ResultCache<T> {
  /** The result kept for `key`, if no table it reads was written since its read began. */
  get(db: TezgahDb, key: string): T | undefined;
  /**
   * The kept result when nothing was written since it was read, otherwise the result of `read`, kept. The kept
   * object itself is returned, so a screen sees the same reference and does not draw again. Either way the
   * tables are read (a count of each when the kept result is returned), so a live query running this runs
   * again on the next write to them.
   */
  read(db: TezgahDb, key: string, read: () => Promise<T>): Promise<T>;
}

interface Entry<T> {
  db: TezgahDb;
  key: string;
  value: T;
  /** The writes counted when its read began. */
  writes: number;
}

/** `tables`: every table the read reads. */
export function resultCache<T>(tables: readonly string[]): ResultCache<T> {
  let entry: Entry<T> | undefined;
  const now = (db: TezgahDb) => writesTo(db.name, tables);
  const keptAt = (db: TezgahDb, key: string, at: number) =>
    entry !== undefined && entry.db === db && entry.key === key && entry.writes === at;
  return {
    get: (db, key) => (keptAt(db, key, now(db)) ? entry!.value : undefined),
    async read(db, key, read) {
      const at = now(db);
      if (keptAt(db, key, at)) {
        const kept = entry!.value;
        await Promise.all(tables.map((t) => db.table(t).count()));
        if (now(db) === at) return kept;
      }
      const value = await read();
      if (keptAt(db, key, at)) return entry!.value;
      entry = { db, key, value, writes: at };
      return value;
    },
  };
}
