import Dexie from 'dexie';
import { appDb, TezgahDb } from '@/db/db';

/** A fresh, empty database of its own for a repository test. */
export function freshDb(): TezgahDb {
  return new TezgahDb(`test-${crypto.randomUUID()}`);
}

/** Empties the app's database between component tests (components use the app's default db). */
export async function resetAppDb(): Promise<void> {
  const db = appDb();
  await Promise.all(db.tables.map((t) => t.clear()));
}

/** Closes and deletes a database made by freshDb (a test's afterEach). */
export async function dropDb(db: TezgahDb): Promise<void> {
  db.close();
  await Dexie.delete(db.name);
}
