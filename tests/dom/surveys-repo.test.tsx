import { beforeEach, describe, expect, it } from 'vitest';
import type { TezgahDb } from '@/db/db';
import { createCustomer } from '@/db/customers';
import { createOrder } from '@/db/orders';
import {
  addSurvey,
  deleteSurvey,
  importSurveysCsv,
  rowErrorText,
  surveysForCustomer,
  writeSurveyImport,
} from '@/db/surveys';
import { ValidationError } from '@shared/validation';
import { freshDb } from './db';

const NOW = Date.UTC(2026, 2, 10, 12);

describe('surveys repository', () => {
  let db: TezgahDb;
  const deps = () => ({ db, now: () => NOW });
  beforeEach(() => {
    db = freshDb();
  });

  it('adds answers within their scale and refuses bad scores, writing nothing', async () => {
    const c = await createCustomer({ name: 'Ayşe', createdDate: '2026-01-01' }, deps());
    const nps = await addSurvey({ kind: 'nps', score: 0, date: '2026-03-01', customerId: c.id }, deps());
    await addSurvey(
      { kind: 'csat', score: 5, date: '2026-03-02', customerId: c.id, comment: ' Lovely ' },
      deps(),
    );
    for (const bad of [
      { kind: 'nps' as const, score: 11 },
      { kind: 'nps' as const, score: -1 },
      { kind: 'nps' as const, score: 7.5 },
      { kind: 'csat' as const, score: 0 },
      { kind: 'csat' as const, score: 6 },
      { kind: 'csat' as const, score: Number.NaN },
    ]) {
      await expect(addSurvey({ ...bad, date: '2026-03-01' }, deps())).rejects.toBeInstanceOf(ValidationError);
    }
    await expect(addSurvey({ kind: 'nps', score: 5, date: '2026-02-30' }, deps())).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(
      addSurvey({ kind: 'nps', score: 5, date: '2026-03-01', customerId: 'gone-customer-id' }, deps()),
    ).rejects.toMatchObject({ reason: 'customer-missing' });
    expect(await db.surveys.count()).toBe(2);
    const mine = await surveysForCustomer(c.id, deps());
    expect(mine.map((s) => [s.kind, s.score, s.comment])).toEqual([
      ['csat', 5, 'Lovely'],
      ['nps', 0, undefined],
    ]);
    await deleteSurvey(nps.id, deps());
    expect(await db.surveys.count()).toBe(1);
  });

  it('previews a CSV (valid rows, rows with errors, links) and writes only on confirm', async () => {
    const ayse = await createCustomer(
      { name: 'Ayşe', email: 'ayse@example.com', createdDate: '2026-01-01' },
      deps(),
    );
    const lee = await createCustomer(
      { name: 'Lee', etsyUsername: 'leeprints', createdDate: '2026-01-01' },
      deps(),
    );
    const order = await createOrder(
      {
        customerId: lee.id,
        channel: 'etsy',
        externalId: '3401',
        currency: 'USD',
        orderedDate: '2026-02-01',
        items: [{ title: 'Lamp', material: 'PLA', quantity: 1, unitPrice: 2500 }],
      },
      deps(),
    );
    const csv = [
      'Kind,Score,Date,Email,Etsy username,Order number,Comment',
      'nps,10,2026-03-01,AYSE@example.com,,,"Great, thanks"',
      'csat,4,2026-03-02,,leeprints,#3401,',
      'nps,11,2026-03-03,,,,',
      'csat,0,2026-03-03,,,,',
      'nope,3,2026-03-03,,,,',
      'nps,8,03/03/2026,,,,',
      'nps,8,2026-03-03,who@example.com,,,',
      'nps,8,2026-03-03,,,999,',
      'csat,3,2026-03-04,,,,',
    ].join('\r\n');
    const p = await importSurveysCsv(csv, deps());
    expect(await db.surveys.count()).toBe(0);
    if (!p.ok) throw new Error('expected a preview');
    expect(p.total).toBe(9);
    expect(p.rows).toHaveLength(3);
    expect(p.rows[0]).toMatchObject({
      kind: 'nps',
      score: 10,
      customerId: ayse.id,
      comment: 'Great, thanks',
    });
    expect(p.rows[1]).toMatchObject({ kind: 'csat', score: 4, customerId: lee.id, orderId: order.id });
    expect(p.errors.map(rowErrorText)).toEqual([
      'row 4: score must be 0-10',
      'row 5: score must be 1-5',
      'row 6: kind must be nps or csat',
      'row 7: date must be YYYY-MM-DD',
      'row 8: no customer with this email or username',
      'row 9: no order with this number',
    ]);

    expect(await writeSurveyImport(p.rows, deps())).toEqual({ created: 3 });
    expect(await db.surveys.count()).toBe(3);
  });

  it('refuses a malformed file with a reason and writes nothing', async () => {
    expect(await importSurveysCsv('', deps())).toEqual({ ok: false, reason: 'empty' });
    expect(await importSurveysCsv('{"reviews": [1, 2]}', deps())).toEqual({ ok: false, reason: 'not-csv' });
    expect(await importSurveysCsv('PK\u0003\u0004\u0000\u0000binary', deps())).toEqual({
      ok: false,
      reason: 'not-csv',
    });
    expect(await importSurveysCsv('kind,date,comment\nnps,2026-03-01,hi', deps())).toEqual({
      ok: false,
      reason: 'missing-columns',
      missing: ['score'],
    });
    expect(await db.surveys.count()).toBe(0);
    // A row that fails validation at write time refuses the whole import.
    await expect(
      writeSurveyImport(
        [
          { row: 2, kind: 'nps', score: 9, date: '2026-03-01' },
          { row: 3, kind: 'csat', score: 9, date: '2026-03-01' },
        ],
        deps(),
      ),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(await db.surveys.count()).toBe(0);
  });
});
