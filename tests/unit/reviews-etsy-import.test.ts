import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reviewSchema, type Review } from '@shared/domain/other';
import { etsyDate, parseEtsyReviews, type EtsyReview } from '@shared/reviews/etsy-import';
import {
  collapseDuplicates,
  planReviewImport,
  type KnownOrder,
  type ReviewImportPlan,
} from '@shared/reviews/import-plan';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

function parsed(name: string): EtsyReview[] {
  const r = parseEtsyReviews(fixture(name));
  if (!r.ok) throw new Error(r.message);
  return r.reviews;
}

function record(item: number, over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    reviewer: 'Leslie Hunter',
    date_reviewed: '03/02/2026',
    star_rating: 5,
    message: '',
    order_id: 3401234567 + item,
    ...over,
  };
}

function errorOf(data: unknown) {
  const r = parseEtsyReviews(typeof data === 'string' ? data : JSON.stringify(data));
  if (r.ok) throw new Error('expected a failure');
  return r;
}

const today = '2026-03-12';
const orders: KnownOrder[] = [
  { id: 'order-moonlamp', customerId: 'cust-leslie', channel: 'etsy', externalId: '3401234567' },
  { id: 'order-base', customerId: 'cust-inactive', channel: 'etsy', externalId: '3401234001' },
  { id: 'order-ayse', customerId: 'cust-ayse', channel: 'etsy', externalId: '3401233900' },
  { id: 'order-beyonce', customerId: 'cust-beyonce', channel: 'etsy', externalId: '3401233000' },
  { id: 'order-marco', customerId: 'cust-marco', channel: 'etsy', externalId: '3401232000' },
  // The same number on another channel is another order: never linked to an Etsy review.
  { id: 'order-shopify', customerId: 'cust-other', channel: 'shopify', externalId: '2999000111' },
];

/** What the repository does with a plan, in memory: add the new rows, replace the changed ones. */
function apply(rows: Review[], plan: ReviewImportPlan<Review>): Review[] {
  const out = rows.map((r) => plan.update.find((u) => u.before.id === r.id)?.after ?? r);
  plan.create.forEach(({ review }, i) => {
    out.push(
      reviewSchema.parse({ ...review, id: `review-${rows.length + i + 1}`, createdAt: 1, updatedAt: 1 }),
    );
  });
  return out;
}

describe('reading reviews.json', () => {
  it('reads every record of the file, normalised', () => {
    const reviews = parsed('etsy-reviews.json');
    expect(reviews).toHaveLength(8);
    expect(reviews[2]).toEqual({
      item: 3,
      externalOrderId: '3401234001',
      rating: 1,
      date: '2026-02-27',
      text: 'Arrived broken.\nThe base was cracked in two.',
      reviewer: 'Inactive Etsy Member',
    });
    expect(reviews[0]?.text).toBe('Beautiful moon lamp, arrived quickly! 🌙');
    expect(reviews[4]?.reviewer).toBe('Ayşe Yılmaz');
    expect(reviews[5]?.text).toBe('');
  });

  it('reads the single-line file Etsy writes, \\u escapes and a byte-order mark alike', () => {
    const raw = JSON.parse(fixture('etsy-reviews.json')) as unknown[];
    const singleLine = JSON.stringify(raw);
    expect(singleLine).not.toContain('\n');
    expect(parseEtsyReviews(singleLine)).toEqual(parseEtsyReviews(fixture('etsy-reviews.json')));
    const escaped = singleLine.replace(
      /[^\x20-\x7e]/g,
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
    );
    expect(parseEtsyReviews(`\uFEFF${escaped}`)).toEqual(parseEtsyReviews(singleLine));
    expect(parsed('etsy-reviews-later.json')[4]?.reviewer).toBe('Ayşe Yılmaz');
  });

  it('takes an empty list as a file without reviews', () => {
    expect(parseEtsyReviews('[]')).toEqual({ ok: true, reviews: [] });
  });

  it('reads dates as calendar days and tolerates one-digit months and days', () => {
    expect(etsyDate('03/02/2026')).toBe('2026-03-02');
    expect(etsyDate('3/2/2026')).toBe('2026-03-02');
    expect(etsyDate('02/29/2024')).toBe('2024-02-29');
    expect(etsyDate('02/29/2026')).toBeUndefined();
    expect(etsyDate('13/01/2026')).toBeUndefined();
    expect(etsyDate('2026-03-02')).toBeUndefined();
    expect(etsyDate('03/02/26')).toBeUndefined();
  });

  it('keeps order ids as text, from numbers or digits', () => {
    const r = parseEtsyReviews(JSON.stringify([record(0, { order_id: '3401234567' }), record(1)]));
    expect(r.ok && r.reviews.map((x) => x.externalOrderId)).toEqual(['3401234567', '3401234568']);
  });

  it('reads a null message as empty, drops a blank reviewer and ignores keys it does not know', () => {
    const r = parseEtsyReviews(
      JSON.stringify([record(0, { message: null, reviewer: '  ', language: 'en' })]),
    );
    expect(r).toEqual({
      ok: true,
      reviews: [{ item: 1, externalOrderId: '3401234567', rating: 5, date: '2026-03-02', text: '' }],
    });
  });

  it('names each problem by item and field, and returns nothing', () => {
    const r = errorOf(fixture('etsy-reviews-broken.json'));
    expect(r.problem).toBe('bad-records');
    expect(r.issues).toEqual([
      {
        item: 2,
        field: 'star_rating',
        code: 'bad-rating',
        message: 'star_rating must be a whole number from 1 to 5',
      },
      {
        item: 3,
        field: 'date_reviewed',
        code: 'bad-date',
        message: 'date_reviewed must be a date as MM/DD/YYYY',
      },
      { item: 4, field: 'order_id', code: 'missing', message: 'order_id is missing' },
    ]);
    expect(r.message).toBe(
      'reviews.json has 3 problems, so nothing was imported: item 2: star_rating must be a whole number from 1 to 5; ' +
        'item 3: date_reviewed must be a date as MM/DD/YYYY; item 4: order_id is missing.',
    );
    expect('reviews' in r).toBe(false);
  });

  it('refuses each kind of bad field', () => {
    const codes = (over: Record<string, unknown>) =>
      errorOf([record(0, over)]).issues.map((i) => `${i.field}:${i.code}`);
    expect(codes({ star_rating: 0 })).toEqual(['star_rating:bad-rating']);
    expect(codes({ star_rating: 4.5 })).toEqual(['star_rating:bad-rating']);
    expect(codes({ star_rating: '5' })).toEqual(['star_rating:bad-rating']);
    expect(codes({ date_reviewed: '02/30/2026' })).toEqual(['date_reviewed:bad-date']);
    expect(codes({ date_reviewed: 20260302 })).toEqual(['date_reviewed:bad-date']);
    expect(codes({ message: 12 })).toEqual(['message:not-text']);
    expect(codes({ message: 'x'.repeat(20_001) })).toEqual(['message:too-long']);
    expect(codes({ reviewer: undefined })).toEqual(['reviewer:missing']);
    expect(codes({ order_id: -1 })).toEqual(['order_id:bad-order-id']);
    expect(codes({ order_id: 0 })).toEqual(['order_id:bad-order-id']);
    expect(codes({ order_id: 'A123' })).toEqual(['order_id:bad-order-id']);
    expect(codes({ order_id: 12.5 })).toEqual(['order_id:bad-order-id']);
    // Past 2^53 the number was already rounded by JSON.parse: linking it could pick the wrong order.
    expect(codes({ order_id: 2 ** 53 + 2 })).toEqual(['order_id:inexact-order-id']);
    expect(errorOf([5]).issues).toEqual([
      {
        item: 1,
        code: 'not-an-object',
        message: 'is not a review record ({ "reviewer": …, "star_rating": … })',
      },
    ]);
  });

  it('spells out five problems and counts the rest', () => {
    const r = errorOf(Array.from({ length: 8 }, (_, i) => record(i, { star_rating: 9 })));
    expect(r.issues).toHaveLength(8);
    expect(r.message).toMatch(
      /^reviews\.json has 8 problems, so nothing was imported: item 1: .*item 5: [^;]*; and 3 more\.$/,
    );
  });

  it('says when the file is empty, not JSON or not a list', () => {
    expect(errorOf('').problem).toBe('empty');
    expect(errorOf(' \n').message).toBe('The file is empty.');
    const notJson = errorOf('{"reviewer": ');
    expect(notJson.problem).toBe('not-json');
    expect(notJson.message).toMatch(/^This is not a JSON file \(.+\)\. Choose the reviews\.json/);
    const csv = errorOf('"Sale Date","Order ID","Buyer User ID"\n03/01/26,3401234567,123\n');
    expect(csv.message).toContain('It looks like a CSV file');
    expect(errorOf({ reviews: [] }).message).toBe(
      'reviews.json should hold a list of reviews ([ … ]); this file holds an object.',
    );
    expect(errorOf('null').problem).toBe('not-a-list');
    expect(errorOf('"text"').message).toContain('this file holds a text');
  });
});

describe('folding duplicates', () => {
  it('keeps one review per order: the latest, then the lowest rating, then the longest message', () => {
    const base: EtsyReview = { item: 1, externalOrderId: '1', rating: 5, date: '2026-03-01', text: 'a' };
    const { kept, duplicates } = collapseDuplicates([
      base,
      { ...base, item: 2, date: '2026-03-02' },
      { ...base, item: 3, externalOrderId: '2', rating: 4 },
      { ...base, item: 4, externalOrderId: '2', rating: 2 },
      { ...base, item: 5, externalOrderId: '3', text: 'short' },
      { ...base, item: 6, externalOrderId: '3', text: 'much longer' },
      { ...base, item: 7, externalOrderId: '4' },
      { ...base, item: 8, externalOrderId: '4' },
    ]);
    expect(kept.map((k) => k.item)).toEqual([2, 4, 6, 7]);
    expect([...duplicates]).toEqual([
      ['1', 1],
      ['2', 1],
      ['3', 1],
      ['4', 1],
    ]);
  });
});

describe('planning an import', () => {
  it('previews new, linked and unlinked reviews, with duplicates folded and cases for recent bad ones', () => {
    const plan = planReviewImport(
      parsed('etsy-reviews.json'),
      { reviews: [] as Review[], orders },
      { today },
    );
    expect(plan.counts).toEqual({
      records: 8,
      duplicates: 2,
      new: 6,
      unchanged: 0,
      changed: 0,
      stale: 0,
      unlinked: 1,
      linked: 0,
      recovered: 0,
      cases: 2,
    });
    expect(plan.update).toEqual([]);
    expect(plan.rows.map((r) => [r.item, r.externalOrderId, r.linked, r.openCase, r.duplicates])).toEqual([
      [1, '3401234567', true, false, 1],
      [3, '3401234001', true, true, 0],
      // Two items of Ayşe's order, the same day: the 2-star one is kept.
      [5, '3401233900', true, true, 1],
      [6, '3401233000', true, false, 0],
      // 3 stars but from December: history, no case.
      [7, '3401232000', true, false, 0],
      [8, '2999000111', false, false, 0],
    ]);
    expect(plan.create[2]).toEqual({
      openCase: true,
      review: {
        channel: 'etsy',
        rating: 2,
        ratingHistory: [],
        text: 'Ürün kırık geldi ve kargo çok geç geldi.',
        date: '2026-02-20',
        externalOrderId: '3401233900',
        categories: [],
        reviewer: 'Ayşe Yılmaz',
        orderId: 'order-ayse',
        customerId: 'cust-ayse',
      },
    });
    expect(plan.create[5]?.review.orderId).toBeUndefined();
    expect(plan.create[5]?.review.customerId).toBeUndefined();
  });

  it('opens a case for a bad review dated exactly 30 days back, not 31', () => {
    const rec = (date: string, rating: number): EtsyReview => ({
      item: 1,
      externalOrderId: date,
      rating,
      date,
      text: '',
    });
    const plan = planReviewImport(
      [rec('2026-02-10', 3), rec('2026-02-09', 1), rec('2026-03-12', 4)],
      { reviews: [], orders: [] },
      { today },
    );
    expect(plan.create.map((c) => c.openCase)).toEqual([true, false, false]);
  });

  it('is idempotent: the same file again, after the plan was applied, writes nothing', () => {
    const file = parsed('etsy-reviews.json');
    const stored = apply([], planReviewImport(file, { reviews: [], orders }, { today }));
    expect(stored).toHaveLength(6);
    const again = planReviewImport(file, { reviews: stored, orders }, { today });
    expect(again.create).toEqual([]);
    expect(again.update).toEqual([]);
    expect(again.counts).toMatchObject({ new: 0, changed: 0, unchanged: 6, unlinked: 1, cases: 0 });
  });

  it('keeps the history of an edited rating and counts it as recovered', () => {
    const first = apply(
      [],
      planReviewImport(parsed('etsy-reviews.json'), { reviews: [], orders }, { today }),
    );
    const later = parsed('etsy-reviews-later.json');
    const plan = planReviewImport(later, { reviews: first, orders }, { today: '2026-03-14' });
    expect(plan.counts).toEqual({
      records: 8,
      duplicates: 2,
      new: 1,
      unchanged: 4,
      changed: 1,
      stale: 0,
      unlinked: 1,
      linked: 0,
      recovered: 1,
      cases: 0,
    });
    expect(plan.update).toHaveLength(1);
    const u = plan.update[0]!;
    expect(u.recovered).toBe(true);
    expect(u.after).toEqual({
      ...u.before,
      rating: 5,
      ratingHistory: [{ rating: 1, date: '2026-02-27' }],
      date: '2026-03-05',
      text: 'Revised: the seller reprinted it within a day. Lovely!\nOriginal: Arrived broken.',
    });
    expect(plan.rows[1]).toMatchObject({
      status: 'changed',
      previousRating: 1,
      changes: ['rating', 'date', 'text'],
    });

    const stored = apply(first, plan);
    expect(stored).toHaveLength(7);
    expect(planReviewImport(later, { reviews: stored, orders }, { today }).counts).toMatchObject({
      new: 0,
      changed: 0,
      unchanged: 6,
    });
    // The older export again: it never undoes the edit.
    const older = planReviewImport(parsed('etsy-reviews.json'), { reviews: stored, orders }, { today });
    expect(older.update).toEqual([]);
    expect(older.create).toEqual([]);
    expect(older.counts.stale).toBe(1);
  });

  it('links a review imported without its order once the order is known', () => {
    const file = parsed('etsy-reviews.json');
    const stored = apply([], planReviewImport(file, { reviews: [], orders }, { today }));
    const withSam = [
      ...orders,
      { id: 'order-sam', customerId: 'cust-sam', channel: 'etsy' as const, externalId: '2999000111' },
    ];
    const plan = planReviewImport(file, { reviews: stored, orders: withSam }, { today });
    expect(plan.counts).toMatchObject({ changed: 1, linked: 1, unlinked: 0 });
    expect(plan.update[0]?.after).toMatchObject({ orderId: 'order-sam', customerId: 'cust-sam' });
    expect(plan.rows[5]?.changes).toEqual(['link']);
    const linked = apply(stored, plan);
    expect(planReviewImport(file, { reviews: linked, orders: withSam }, { today }).update).toEqual([]);
  });

  it('matches a review typed in by hand through its order and fills in what Etsy says', () => {
    const hand: Review = reviewSchema.parse({
      id: 'review-hand',
      channel: 'etsy',
      rating: 3,
      date: '2025-12-31',
      orderId: 'order-marco',
      customerId: 'cust-marco',
      categories: ['wrong-item'],
      reply: 'Sorry! A new one is on its way.',
      createdAt: 1,
      updatedAt: 1,
    });
    const plan = planReviewImport(parsed('etsy-reviews.json'), { reviews: [hand], orders }, { today });
    expect(plan.counts).toMatchObject({ new: 5, changed: 1 });
    const u = plan.update[0]!;
    expect(u.after).toEqual({
      ...hand,
      text: 'Wrong colour at first; the seller sent the right one quickly.',
      reviewer: 'Marco',
      externalOrderId: '3401232000',
    });
    expect(plan.rows[4]?.changes).toEqual(['text', 'reviewer', 'order-id']);
  });

  it('opens a case when an edit turns a recent good review bad', () => {
    const good: Review = reviewSchema.parse({
      id: 'review-good',
      channel: 'etsy',
      rating: 5,
      date: '2026-03-01',
      externalOrderId: '77',
      createdAt: 1,
      updatedAt: 1,
    });
    const plan = planReviewImport(
      [{ item: 1, externalOrderId: '77', rating: 2, date: '2026-03-08', text: 'It broke' }],
      { reviews: [good], orders: [] },
      { today },
    );
    expect(plan.update[0]).toMatchObject({ openCase: true, recovered: false });
    expect(plan.update[0]?.after.ratingHistory).toEqual([{ rating: 5, date: '2026-03-01' }]);
    expect(plan.rows[0]).toMatchObject({ previousRating: 5, linked: false });
  });

  it('leaves alone a rating it already has in the history, even on the same day', () => {
    const edited: Review = reviewSchema.parse({
      id: 'review-edited',
      channel: 'etsy',
      rating: 5,
      ratingHistory: [{ rating: 1, date: '2026-03-01' }],
      date: '2026-03-01',
      externalOrderId: '88',
      createdAt: 1,
      updatedAt: 1,
    });
    const plan = planReviewImport(
      [{ item: 1, externalOrderId: '88', rating: 1, date: '2026-03-01', text: '' }],
      { reviews: [edited], orders: [] },
      { today },
    );
    expect(plan.update).toEqual([]);
    expect(plan.rows[0]).toMatchObject({ status: 'unchanged', stale: true });
  });

  it('matches only Etsy reviews', () => {
    const shopify: Review = reviewSchema.parse({
      id: 'review-shopify',
      channel: 'shopify',
      rating: 4,
      date: '2026-03-01',
      externalOrderId: '3401234567',
      createdAt: 1,
      updatedAt: 1,
    });
    const plan = planReviewImport(parsed('etsy-reviews.json'), { reviews: [shopify], orders }, { today });
    expect(plan.counts.new).toBe(6);
  });

  it('plans nothing for an empty file', () => {
    expect(planReviewImport([], { reviews: [], orders }, { today }).counts).toMatchObject({
      records: 0,
      new: 0,
      unchanged: 0,
    });
  });
});
