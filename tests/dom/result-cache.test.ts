import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { liveQuery } from 'dexie';
import type { TezgahDb } from '@/db/db';
import { resultCache } from '@/db/result-cache';
import { dropDb, freshDb } from './db';

let db: TezgahDb;
beforeEach(async () => {
  db = freshDb();
  await db.open(); // opening a new database writes its first rows
});
afterEach(() => dropDb(db));

const T = 1_760_000_000_000;
const reminder = (id: string) => ({
  id,
  createdAt: T,
  updatedAt: T,
  kind: 'follow-up' as const,
  dueDate: '2026-06-01',
  title: id,
  done: false,
});

/** A read that counts how often it really ran. */
function counting(db: TezgahDb) {
  let runs = 0;
  const read = async () => {
    runs++;
    return { reminders: (await db.reminders.toArray()).map((r) => r.id) };
  };
  return { read, runs: () => runs };
}

describe('a kept result', () => {
  it('is given back (the same object, without reading) while its tables are not written', async () => {
    const cache = resultCache<{ reminders: string[] }>(['reminders']);
    const { read, runs } = counting(db);
    expect(cache.get(db, 'k')).toBeUndefined();
    const first = await cache.read(db, 'k', read);
    expect(first.reminders).toEqual([]);
    expect(cache.get(db, 'k')).toBe(first);
    expect(await cache.read(db, 'k', read)).toBe(first);
    expect(runs()).toBe(1);
    // Another key, or another database, is not this result.
    expect(cache.get(db, 'other')).toBeUndefined();
    const other = freshDb();
    expect(cache.get(other, 'k')).toBeUndefined();
    await dropDb(other);
  });

  it('is dropped from the moment one of its tables is written, before the write commits', async () => {
    const cache = resultCache<{ reminders: string[] }>(['reminders']);
    const { read, runs } = counting(db);
    const first = await cache.read(db, 'k', read);
    // A write to another table keeps it.
    await db.settings.put({ key: 'x', value: 1 } as never);
    expect(cache.get(db, 'k')).toBe(first);
    const write = db.transaction('rw', db.reminders, async () => {
      await db.reminders.add(reminder('r1') as never);
      expect(cache.get(db, 'k')).toBeUndefined(); // inside the transaction, not yet committed
    });
    await write;
    const second = await cache.read(db, 'k', read);
    expect(second).not.toBe(first);
    expect(second.reminders).toEqual(['r1']);
    expect(runs()).toBe(2);
  });

  it('keeps a live query over it current: a write runs it again, and it reads afresh', async () => {
    const cache = resultCache<{ reminders: string[] }>(['reminders']);
    const { read } = counting(db);
    await cache.read(db, 'k', read); // kept, so the live query starts from the kept result
    const seen: string[][] = [];
    const sub = liveQuery(() => cache.read(db, 'k', read)).subscribe((v) => seen.push(v.reminders));
    await expect.poll(() => seen.length).toBe(1);
    await db.reminders.add(reminder('r2') as never);
    await expect.poll(() => seen.at(-1)).toEqual(['r2']);
    sub.unsubscribe();
  });
});
