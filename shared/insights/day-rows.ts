// Rows summed per day, kept at write time and stored packed by month: the insights screen reads a few dozen
// records instead of thousands of raw rows. An aggregate says which day row a raw row counts in and how it
// counts; applyChanges is the whole write-time arithmetic (the database applies it inside the writing
// transaction).

/** A row an aggregate keeps: a day row, or any other total kept at write time (e.g. orders per status). */
export interface KeyedRow {
  key: string;
}

export interface DayRow extends KeyedRow {
  /** The primary key, `${date}|${part}`. */
  key: string;
  date: string;
}

export interface DayAggregate<R, D extends KeyedRow> {
  keyOf(row: R): string;
  /** A day row with nothing counted, for the day (and part) of `row`. */
  empty(row: R): D;
  clone(day: D): D;
  /** Counts `row` in `day` (sign 1) or takes it out (sign -1), in place. */
  add(day: D, row: R, sign: 1 | -1): void;
  isEmpty(day: D): boolean;
}

/** `${date}|${part}`: sorts by date first, so a key range is a date range too. */
export function dayKey(date: string, part: string): string {
  return `${date}|${part}`;
}

/**
 * The day rows after a write. `stored` holds the stored day rows of the keys involved (missing ones are new);
 * `removed` are raw rows as they were before the write (deleted or replaced), `added` the rows as written.
 * A day left with nothing counted is deleted rather than kept at zero.
 */
export function applyChanges<R, D extends KeyedRow>(
  agg: DayAggregate<R, D>,
  stored: ReadonlyMap<string, D>,
  removed: readonly R[],
  added: readonly R[],
): { put: D[]; remove: string[] } {
  const days = new Map<string, D>();
  const dayOf = (row: R): D => {
    const key = agg.keyOf(row);
    let day = days.get(key);
    if (!day) {
      const found = stored.get(key);
      day = found ? agg.clone(found) : agg.empty(row);
      days.set(key, day);
    }
    return day;
  };
  for (const row of removed) agg.add(dayOf(row), row, -1);
  for (const row of added) agg.add(dayOf(row), row, 1);
  const put: D[] = [];
  const remove: string[] = [];
  for (const [key, day] of days) {
    if (!agg.isEmpty(day)) put.push(day);
    else if (stored.has(key)) remove.push(key);
  }
  return { put, remove };
}

/** The day rows of some raw rows, oldest day first (the upgrade, and tests recomputing from raw rows). */
export function daysFrom<R, D extends KeyedRow>(agg: DayAggregate<R, D>, rows: readonly R[]): D[] {
  return applyChanges(agg, new Map(), [], rows).put.sort((a, b) =>
    a.key < b.key ? -1 : a.key > b.key ? 1 : 0,
  );
}

/**
 * Day rows packed by month: one record per `${YYYY-MM}|${part}` holding that month's day rows. IndexedDB
 * charges mostly per record (~13 µs each on the bench machine), so two years of day rows read as ~50 records
 * instead of ~1,400.
 */
export interface MonthPack<D extends DayRow> extends DayRow {
  /** The day rows, by their key. */
  days: Record<string, D>;
}

/** The same aggregate, with its day rows packed by month. */
export function packedByMonth<R, D extends DayRow>(agg: DayAggregate<R, D>): DayAggregate<R, MonthPack<D>> {
  // `YYYY-MM-DD|part` -> `YYYY-MM|part`
  const monthKey = (key: string) => key.slice(0, 7) + key.slice(10);
  return {
    keyOf: (row) => monthKey(agg.keyOf(row)),
    empty: (row) => {
      const key = agg.keyOf(row);
      return { key: monthKey(key), date: key.slice(0, 7), days: {} };
    },
    clone: (m) => ({
      ...m,
      days: Object.fromEntries(Object.entries(m.days).map(([k, d]) => [k, agg.clone(d)])),
    }),
    add(m, row, sign) {
      const key = agg.keyOf(row);
      const day = m.days[key] ?? agg.empty(row);
      agg.add(day, row, sign);
      if (agg.isEmpty(day)) delete m.days[key];
      else m.days[key] = day;
    },
    isEmpty: (m) => Object.keys(m.days).length === 0,
  };
}

/** The day rows of some month packs, oldest first. */
export function unpack<D extends DayRow>(packs: readonly MonthPack<D>[]): D[] {
  return packs
    .flatMap((p) => Object.values(p.days))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
