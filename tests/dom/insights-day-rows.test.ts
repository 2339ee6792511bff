// The day rows follow every write to reviews and surveys, through the repositories and through plain table
// calls: after each write they equal a recomputation from the raw rows.
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Review, Survey } from '@shared/domain/other';
import { caseDays } from '@shared/insights/case-days';
import { daysFrom, packedByMonth, unpack, type DayRow, type MonthPack } from '@shared/insights/day-rows';
import { reviewDays } from '@shared/insights/review-days';
import { surveyDays } from '@shared/insights/survey-days';
import { parseEtsyReviews } from '@shared/reviews/etsy-import';
import { planReviewImport } from '@shared/reviews/import-plan';
import { createCustomer, deleteCustomer } from '@/db/customers';
import type { TezgahDb } from '@/db/db';
import { createOrder } from '@/db/orders';
import {
  createReview,
  deleteReview,
  importEtsyReviews,
  reviewImportKnown,
  updateReview,
  type ReviewInput,
} from '@/db/reviews';
import { loadSampleShop, removeSampleShop } from '@/db/sample';
import { addSurvey, deleteSurvey, writeSurveyImport } from '@/db/surveys';
import { dropDb, freshDb } from './db';
import reviewsFile from '../fixtures/etsy-reviews.json?raw';
import laterFile from '../fixtures/etsy-reviews-later.json?raw';

let db: TezgahDb;
const NOW = new Date(2026, 2, 10, 12).getTime();
const deps = () => ({ db, now: () => NOW });

beforeEach(() => {
  db = freshDb();
});
afterEach(() => dropDb(db));

async function expectDaysMatch() {
  const [reviews, reviewMonths, surveys, surveyMonths, cases, caseMonths] = await Promise.all([
    db.reviews.toArray(),
    db.reviewMonths.orderBy('key').toArray(),
    db.surveys.toArray(),
    db.surveyMonths.orderBy('key').toArray(),
    db.cases.toArray(),
    db.caseMonths.orderBy('key').toArray(),
  ]);
  expect(reviewMonths).toEqual(daysFrom(packedByMonth(reviewDays), reviews));
  expect(surveyMonths).toEqual(daysFrom(packedByMonth(surveyDays), surveys));
  expect(caseMonths).toEqual(daysFrom(packedByMonth(caseDays), cases));
}

type Table = 'reviewMonths' | 'surveyMonths' | 'caseMonths';

/** A stored day row, from its month pack. */
async function day(table: Table, key: string) {
  const pack = await db.table<MonthPack<DayRow>, string>(table).get(key.slice(0, 7) + key.slice(10));
  return pack?.days[key];
}

async function dayCount(table: Table) {
  return unpack(await db.table<MonthPack<DayRow>, string>(table).toArray()).length;
}

let n = 0;
const row = (over: Partial<Review> = {}): Review => ({
  id: `r-${++n}`,
  createdAt: NOW,
  updatedAt: NOW,
  channel: 'etsy',
  rating: 5,
  ratingHistory: [],
  text: '',
  date: '2026-03-01',
  categories: [],
  ...over,
});

async function importFile(text: string) {
  const parsed = parseEtsyReviews(text);
  if (!parsed.ok) throw new Error(parsed.message);
  const known = await reviewImportKnown(parsed.reviews, { db });
  return importEtsyReviews(planReviewImport(parsed.reviews, known, { today: '2026-03-10' }), deps());
}

async function etsyOrder(externalId: string) {
  const c = await createCustomer({ name: 'Ayşe Yılmaz', createdDate: '2026-01-01' }, { db });
  const o = await createOrder(
    {
      customerId: c.id,
      channel: 'etsy',
      externalId,
      currency: 'USD',
      orderedDate: '2026-02-01',
      items: [{ title: 'Lamp', material: 'PLA', quantity: 1, unitPrice: 2500 }],
    },
    { db },
  );
  return { customer: c, order: o };
}

describe('review day rows through the repositories', () => {
  it('add, edit the rating (with its history), edit the date, delete', async () => {
    const input: ReviewInput = {
      channel: 'etsy',
      rating: 2,
      date: '2026-03-01',
      categories: ['late', 'packaging'],
    };
    const { review } = await createReview(input, deps());
    await createReview({ ...input, rating: 5, categories: [] }, deps());
    await expectDaysMatch();
    expect(await day('reviewMonths', '2026-03-01|etsy')).toMatchObject({
      stars: [0, 1, 0, 0, 1],
      everBad: 1,
    });

    await updateReview(review.id, { ...input, rating: 5 }, deps());
    await expectDaysMatch();
    expect(await day('reviewMonths', '2026-03-01|etsy')).toMatchObject({
      stars: [0, 0, 0, 0, 2],
      recovered: 1,
    });

    await updateReview(review.id, { ...input, rating: 5, date: '2026-03-04' }, deps());
    await expectDaysMatch();
    await deleteReview(review.id, deps());
    await expectDaysMatch();
    expect(await dayCount('reviewMonths')).toBe(1);
  });

  it('imports Etsy reviews.json, then a later export that changes ratings', async () => {
    await etsyOrder('3011223344');
    await importFile(reviewsFile);
    expect(await db.reviews.count()).toBeGreaterThan(0);
    await expectDaysMatch();
    await importFile(laterFile);
    await expectDaysMatch();
  });

  it('loads and removes the sample shop, real rows kept', async () => {
    await createReview({ channel: 'shopify', rating: 3, date: '2026-03-02' }, deps());
    await addSurvey({ kind: 'nps', score: 9, date: '2026-03-02' }, deps());
    await loadSampleShop({ db, now: () => NOW, today: '2026-03-10' });
    expect(await dayCount('reviewMonths')).toBeGreaterThan(10);
    await expectDaysMatch();
    await removeSampleShop({ db });
    await expectDaysMatch();
    expect(await dayCount('reviewMonths')).toBe(1);
    expect(await dayCount('surveyMonths')).toBe(1);
  });

  it('deleting a customer unlinks their reviews and deletes their answers', async () => {
    const { customer, order } = await etsyOrder('3000000001');
    await createReview({ channel: 'etsy', rating: 1, date: '2026-03-01', orderId: order.id }, deps());
    await addSurvey({ kind: 'csat', score: 2, date: '2026-03-01', orderId: order.id }, deps());
    await deleteCustomer(customer.id, 'with-orders', { db });
    expect(await db.reviews.count()).toBe(1);
    expect(await dayCount('surveyMonths')).toBe(0);
    await expectDaysMatch();
  });
});

describe('survey day rows through the repository', () => {
  it('add, delete, CSV import', async () => {
    const a = await addSurvey({ kind: 'nps', score: 10, date: '2026-03-01' }, deps());
    await addSurvey({ kind: 'nps', score: 3, date: '2026-03-01' }, deps());
    await expectDaysMatch();
    await deleteSurvey(a.id, deps());
    await expectDaysMatch();
    await writeSurveyImport(
      [
        { row: 2, kind: 'csat', score: 4, date: '2026-03-01' },
        { row: 3, kind: 'csat', score: 5, date: '2026-03-02' },
        { row: 4, kind: 'nps', score: 3, date: '2026-03-01' },
      ],
      deps(),
    );
    await expectDaysMatch();
    expect(await day('surveyMonths', '2026-03-01|nps')).toMatchObject({ scores: { 3: 2 } });
  });
});

describe('day rows through plain table calls', () => {
  it('a bulkAdd that fails for some items counts only the ones written', async () => {
    const taken = row({ rating: 1 });
    await db.reviews.add(taken);
    // Caught inside the transaction (never done by the app): the items that went in are committed.
    await db.transaction('rw', db.reviews, async () => {
      await db.reviews
        .bulkAdd([row({ rating: 4 }), { ...taken, rating: 5 }, row({ rating: 3, date: '2026-03-02' })])
        .catch((e: unknown) => expect(e).toBeInstanceOf(Dexie.BulkError));
    });
    expect(await db.reviews.count()).toBe(3);
    await expectDaysMatch();
    expect(await day('reviewMonths', '2026-03-01|etsy')).toMatchObject({ stars: [1, 0, 0, 1, 0] });
  });

  it('a transaction that fails leaves the day rows as they were', async () => {
    await db.reviews.add(row());
    await expect(
      db.transaction('rw', db.reviews, async () => {
        await db.reviews.bulkPut([row({ rating: 1 }), row({ date: '2026-04-01' })]);
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    await expectDaysMatch();
    expect(await dayCount('reviewMonths')).toBe(1);
  });

  it('concurrent writes in one transaction all count', async () => {
    const rows = Array.from({ length: 12 }, (_, i) => row({ rating: (i % 5) + 1 }));
    await db.transaction('rw', db.reviews, () => Promise.all(rows.map((r) => db.reviews.add(r))));
    await db.transaction('rw', db.reviews, () =>
      Promise.all(rows.slice(0, 6).map((r) => db.reviews.update(r.id, { rating: 5, categories: ['late'] }))),
    );
    await expectDaysMatch();
    expect(await day('reviewMonths', '2026-03-01|etsy')).toMatchObject({ stars: [1, 2, 1, 1, 7] });
  });

  it('deletes by index range, by key range, modify and clear', async () => {
    await db.reviews.bulkAdd([
      row({ id: 'a1', date: '2025-12-30' }),
      row({ id: 'a2', date: '2026-01-02', rating: 2 }),
      row({ id: 'b1', date: '2026-02-02', categories: ['price'] }),
      row({ id: 'b2', date: '2026-02-03' }),
      row({ id: 'c1', date: '2026-03-03', channel: 'shopify' }),
    ]);
    await db.reviews.where('date').below('2026-01-01').delete();
    await expectDaysMatch();
    await db.reviews.where(':id').between('b', 'c').delete();
    await expectDaysMatch();
    await db.reviews.toCollection().modify({ rating: 1 });
    await expectDaysMatch();
    await db.reviews.clear();
    expect(await dayCount('reviewMonths')).toBe(0);
    await db.surveys.bulkAdd([
      {
        id: 's1',
        createdAt: NOW,
        updatedAt: NOW,
        kind: 'nps',
        score: 1,
        date: '2026-01-01',
      } satisfies Survey,
    ]);
    await db.surveys.clear();
    await expectDaysMatch();
  });
});
