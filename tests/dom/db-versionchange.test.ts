import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { TezgahDb, watchVersionChange } from '@/db/db';
import { SCHEMA_V1 } from '@/db/schema';

describe('another window upgrades the database', () => {
  it('closes this connection and asks for a reload instead of blocking or writing old rows', async () => {
    const name = `vc-${crypto.randomUUID()}`;
    const db = new TezgahDb(name);
    await db.open();
    const onOutdated = vi.fn();
    watchVersionChange(db, onOutdated);

    const newer = new Dexie(name);
    newer.version(2).stores({ ...SCHEMA_V1, extra: 'id' });
    await newer.open(); // would hang (blocked) if the old connection stayed open
    expect(onOutdated).toHaveBeenCalledTimes(1);
    expect(db.isOpen()).toBe(false);
    newer.close();
    await Dexie.delete(name);
  });
});
