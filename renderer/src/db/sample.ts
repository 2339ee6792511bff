// "Try with a sample shop": writes the generated shop in one transaction, and removes exactly its rows
// (every table's `sample` index) in another. Real rows are never read or changed by either.
import type { Table } from 'dexie';
import type { z } from 'zod';
import { localDate } from '@shared/dates';
import { customerSchema } from '@shared/domain/customer';
import { orderSchema } from '@shared/domain/order';
import {
  caseSchema,
  noteSchema,
  noteTemplateSchema,
  reminderSchema,
  reviewSchema,
  surpriseGiftSchema,
  surpriseSchema,
  surveySchema,
} from '@shared/domain/other';
import {
  generateShop,
  SAMPLE_SCALE,
  SAMPLE_SEED,
  type SampleShop,
  type ShopScale,
} from '@shared/sample/generate';
import { parseOrThrow } from '@shared/validation';
import type { Deps } from './customers';
import { allTables, appDb, type TezgahDb } from './db';

export const SAMPLE_META_KEY = 'sampleLoaded';

export type SampleTable = (typeof allTables)[number];
/** Rows written or removed, per table and in all. */
export type SampleCounts = Record<SampleTable, number> & { rows: number };

export interface SampleDeps extends Deps {
  /** The local calendar date the shop is built around; defaults to today's. */
  today?: string;
  seed?: number;
  /** Rows to write instead of generating them (tests inject broken ones). */
  shop?: SampleShop;
}

/** Refused: the sample shop is already there. Nothing was written. */
export class SampleShopError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SampleShopError';
  }
}

const schemas: Record<SampleTable, z.ZodType> = {
  customers: customerSchema,
  orders: orderSchema,
  reminders: reminderSchema,
  noteTemplates: noteTemplateSchema,
  notes: noteSchema,
  surprises: surpriseSchema,
  surpriseGifts: surpriseGiftSchema,
  reviews: reviewSchema,
  cases: caseSchema,
  surveys: surveySchema,
};

/** bulkAdd in slices: one huge request list costs memory without being faster. */
const CHUNK = 5_000;

/** Generates the sample shop (150 customers, 400 orders…), validates every row, and writes it all or nothing. */
export async function loadSampleShop(deps: SampleDeps = {}): Promise<SampleCounts> {
  const { db = appDb(), now = Date.now } = deps;
  const t = now();
  const seed = deps.seed ?? SAMPLE_SEED;
  const shop =
    deps.shop ?? generateShop({ seed, today: deps.today ?? localDate(t), now: t, ...SAMPLE_SCALE });
  // Validated before the transaction opens: a bad row refuses the whole shop and nothing is written.
  for (const table of allTables) {
    const list: readonly unknown[] = shop[table];
    list.forEach((row, i) => parseOrThrow(schemas[table], row, `sample ${table} row ${i}`));
  }
  return writeShop(db, shop, t, seed);
}

/**
 * Writes a generated shop at any scale (tests, the benchmark). Not validated row by row: at 50k orders that
 * would dominate, and tests/unit/sample.test.ts checks the generator's rows against every schema.
 */
export async function seedShop(scale: ShopScale, deps: SampleDeps = {}): Promise<SampleCounts> {
  const { db = appDb(), now = Date.now } = deps;
  const t = now();
  const seed = deps.seed ?? SAMPLE_SEED;
  const shop = deps.shop ?? generateShop({ seed, today: deps.today ?? localDate(t), now: t, ...scale });
  return writeShop(db, shop, t, seed);
}

/** Whether any sample row (or the loaded marker) is present. Cheap: at most one key per table. */
export async function hasSampleShop({ db = appDb() }: Deps = {}): Promise<boolean> {
  return samplePresent(db);
}

/** Deletes every row with `sample: 1`, in every table, in one transaction; real rows are untouched. */
export async function removeSampleShop({ db = appDb() }: Deps = {}): Promise<SampleCounts> {
  return db.transaction('rw', [...sampleTables(db), db.meta], async () => {
    const counts = emptyCounts();
    for (const table of allTables) {
      const n = await sampleTable(db, table).where('sample').equals(1).delete();
      counts[table] = n;
      counts.rows += n;
    }
    await db.meta.delete(SAMPLE_META_KEY);
    return counts;
  });
}

async function writeShop(db: TezgahDb, shop: SampleShop, t: number, seed: number): Promise<SampleCounts> {
  return db.transaction('rw', [...sampleTables(db), db.meta], async () => {
    if (await samplePresent(db)) {
      throw new SampleShopError(
        'The sample shop is already loaded. Remove the sample data before loading it again.',
      );
    }
    const rows = await withoutClashes(db, shop);
    const counts = emptyCounts();
    for (const table of allTables) {
      const list: readonly unknown[] = rows[table];
      // No catch: a failed bulkAdd rejects, the transaction aborts, and nothing at all is written.
      for (let i = 0; i < list.length; i += CHUNK)
        await sampleTable(db, table).bulkAdd(list.slice(i, i + CHUNK));
      counts[table] = list.length;
      counts.rows += list.length;
    }
    await db.meta.put({ key: SAMPLE_META_KEY, value: { loadedAt: t, seed, counts } });
    return counts;
  });
}

/**
 * A real order may already use a channel number the sample also uses (every Shopify shop has a #1001).
 * Those sample orders lose their number rather than break the unique index or the real order.
 */
async function withoutClashes(db: TezgahDb, shop: SampleShop): Promise<SampleShop> {
  const keys = shop.orders.flatMap((o) => (o.channelKey ? [o.channelKey] : []));
  const taken = new Set(await db.orders.where('channelKey').anyOf(keys).keys());
  if (taken.size === 0) return shop;
  const renumbered = new Set<string>();
  const orders = shop.orders.map((o) => {
    if (!o.channelKey || !taken.has(o.channelKey)) return o;
    renumbered.add(o.id);
    const { externalId: _e, channelKey: _k, ...rest } = o;
    return rest;
  });
  const reviews = shop.reviews.map((r) => {
    if (!r.orderId || !renumbered.has(r.orderId)) return r;
    const { externalOrderId: _x, ...rest } = r;
    return rest;
  });
  return { ...shop, orders, reviews };
}

async function samplePresent(db: TezgahDb): Promise<boolean> {
  if (await db.meta.get(SAMPLE_META_KEY)) return true;
  for (const table of allTables) {
    const keys = await sampleTable(db, table).where('sample').equals(1).limit(1).primaryKeys();
    if (keys.length > 0) return true;
  }
  return false;
}

function sampleTable(db: TezgahDb, table: SampleTable): Table<unknown, string> {
  return db.table(table);
}

function sampleTables(db: TezgahDb): Table<unknown, string>[] {
  return allTables.map((t) => sampleTable(db, t));
}

function emptyCounts(): SampleCounts {
  const counts = { rows: 0 } as SampleCounts;
  for (const table of allTables) counts[table] = 0;
  return counts;
}
