import { beforeEach, describe, expect, it, vi } from 'vitest';
import { parseEtsyReviews } from '@shared/reviews/etsy-import';
import { planReviewImport } from '@shared/reviews/import-plan';
import { ValidationError } from '@shared/validation';
import { createCustomer } from '@/db/customers';
import type { TezgahDb } from '@/db/db';
import { createOrder } from '@/db/orders';
import {
  createReview,
  deleteReview,
  importEtsyReviews,
  reviewIds,
  reviewImportKnown,
  reviewRows,
  updateReview,
  type ReviewInput,
} from '@/db/reviews';
import { freshDb } from './db';
import brokenFile from '../fixtures/etsy-reviews-broken.json?raw';
import reviewsFile from '../fixtures/etsy-reviews.json?raw';

const files: Record<string, string> = {
  'etsy-reviews.json': reviewsFile,
  'etsy-reviews-broken.json': brokenFile,
};
const fixture = (name: string) => files[name] ?? '';

let db: TezgahDb;

// Local noon on 2026-03-10.
const NOW = new Date(2026, 2, 10, 12).getTime();
const HOUR = 3_600_000;
const deps = (now = NOW) => ({ db, now: () => now });

beforeEach(() => {
  db = freshDb();
});

const review = (over: Partial<ReviewInput> = {}) =>
  createReview({ channel: 'etsy', rating: 5, date: '2026-03-01', text: 'Lovely lamp', ...over }, deps());

async function etsyOrder(externalId: string, name = 'Ayşe Yılmaz') {
  const c = await createCustomer({ name, createdDate: '2026-01-01' }, { db });
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

async function planFile(name: string) {
  const parsed = parseEtsyReviews(fixture(name));
  if (!parsed.ok) throw new Error(parsed.message);
  const known = await reviewImportKnown(parsed.reviews, { db });
  return planReviewImport(parsed.reviews, known, { today: '2026-03-10' });
}

describe('reviews repository', () => {
  it('refuses bad input and writes nothing', async () => {
    await expect(review({ rating: 6 })).rejects.toBeInstanceOf(ValidationError);
    await expect(review({ rating: 0 })).rejects.toBeInstanceOf(ValidationError);
    await expect(review({ date: '03/01/2026' })).rejects.toBeInstanceOf(ValidationError);
    await expect(review({ channel: 'amazon' as 'etsy' })).rejects.toBeInstanceOf(ValidationError);
    await expect(review({ categories: ['nonsense' as 'late'] })).rejects.toBeInstanceOf(ValidationError);
    await expect(review({ orderId: 'missing-order' })).rejects.toMatchObject({ reason: 'order-missing' });
    expect(await db.reviews.count()).toBe(0);
  });

  it('takes the customer from the picked order', async () => {
    const { customer, order } = await etsyOrder('3401234001');
    const { review: r } = await review({ orderId: order.id });
    expect(r).toMatchObject({ orderId: order.id, customerId: customer.id, externalOrderId: '3401234001' });
  });

  it('opens a case for 3 stars or less with the review, and the reply stamps the first response', async () => {
    const { review: good, opened: none } = await review({ rating: 4 });
    expect(none).toBeUndefined();
    const { review: bad, opened } = await review({ rating: 3, text: 'Arrived broken' });
    expect(opened).toMatchObject({ reviewId: bad.id, outcome: 'open', openedAt: NOW, kind: 'bad-review' });
    expect(await db.cases.count()).toBe(1);

    // The case is written in the review's transaction: a failing case write leaves no review behind.
    const add = vi.spyOn(db.cases, 'add').mockRejectedValueOnce(new Error('disk full'));
    await expect(review({ rating: 1 })).rejects.toThrow('disk full');
    add.mockRestore();
    expect(await db.reviews.count()).toBe(2);

    // Editing the text of a bad review opens no second case.
    await updateReview(
      bad.id,
      { channel: 'etsy', rating: 3, date: '2026-03-01', text: 'Broken base' },
      deps(),
    );
    expect(await db.cases.count()).toBe(1);

    await updateReview(
      bad.id,
      { channel: 'etsy', rating: 3, date: '2026-03-01', text: 'Broken base', reply: 'So sorry!' },
      deps(NOW + 5 * HOUR),
    );
    const [c] = await db.cases.where('reviewId').equals(bad.id).toArray();
    expect(c?.firstResponseAt).toBe(NOW + 5 * HOUR);
    expect((await db.reviews.get(bad.id))?.replyDate).toBe('2026-03-10');
    // A later edit keeps the first response.
    await updateReview(
      bad.id,
      { channel: 'etsy', rating: 3, date: '2026-03-01', text: 'x', reply: 'Sorry again' },
      deps(NOW + 9 * HOUR),
    );
    expect((await db.cases.get(c!.id))?.firstResponseAt).toBe(NOW + 5 * HOUR);

    // A good review turned bad opens its case.
    const { opened: turned } = await updateReview(
      good.id,
      { channel: 'etsy', rating: 2, date: '2026-03-05' },
      deps(),
    );
    expect(turned?.reviewId).toBe(good.id);
  });

  it('keeps the rating history when the rating changes', async () => {
    const { review: r } = await review({ rating: 2, date: '2026-02-01' });
    await updateReview(r.id, { channel: 'etsy', rating: 5, date: '2026-02-10' }, deps());
    await updateReview(r.id, { channel: 'etsy', rating: 5, date: '2026-02-10', text: 'edited' }, deps());
    const after = await db.reviews.get(r.id);
    expect(after?.rating).toBe(5);
    expect(after?.ratingHistory).toEqual([{ rating: 2, date: '2026-02-01' }]);
  });

  it('deletes a review with its cases', async () => {
    const { review: r } = await review({ rating: 1 });
    await deleteReview(r.id, { db });
    expect(await db.reviews.count()).toBe(0);
    expect(await db.cases.count()).toBe(0);
  });

  it('lists newest first with filters, needs-reply and search', async () => {
    const a = (await review({ rating: 5, date: '2026-01-10', text: 'Great quality' })).review;
    const b = (
      await review({
        rating: 2,
        date: '2026-02-10',
        text: 'Kırık geldi',
        categories: ['damaged-in-shipping'],
      })
    ).review;
    const c = (await review({ rating: 1, date: '2026-03-01', channel: 'shopify', reply: 'Sorry' })).review;
    expect(await reviewIds({}, { db })).toEqual([c.id, b.id, a.id]);
    expect(await reviewIds({ ratings: [1, 2] }, { db })).toEqual([c.id, b.id]);
    expect(await reviewIds({ needsReply: true }, { db })).toEqual([b.id]);
    expect(await reviewIds({ channel: 'shopify' }, { db })).toEqual([c.id]);
    expect(await reviewIds({ category: 'damaged-in-shipping' }, { db })).toEqual([b.id]);
    expect(await reviewIds({ from: '2026-02-01', to: '2026-02-28' }, { db })).toEqual([b.id]);
    expect(await reviewIds({ q: 'KIRIK' }, { db })).toEqual([b.id]);
    const rows = await reviewRows([c.id, b.id], { db });
    expect(rows.map((r) => r.case?.outcome)).toEqual(['open', 'open']);
  });
});

describe('importing Etsy reviews', () => {
  it('writes the plan at once: links by order id, opens recent cases, and is idempotent', async () => {
    const { customer, order } = await etsyOrder('3401234001', 'Jo Broken');
    const plan = await planFile('etsy-reviews.json');
    expect(plan.counts).toMatchObject({ new: 6, duplicates: 2, cases: 2 });

    const result = await importEtsyReviews(plan, deps());
    expect(result).toEqual({ created: 6, updated: 0, casesOpened: 2 });
    const linked = await db.reviews.where('externalOrderId').equals('3401234001').first();
    expect(linked).toMatchObject({ orderId: order.id, customerId: customer.id, rating: 1 });
    expect(await db.cases.where('reviewId').equals(linked!.id).count()).toBe(1);

    const again = await planFile('etsy-reviews.json');
    expect(again.create).toHaveLength(0);
    expect(again.update).toHaveLength(0);
    expect(again.counts.unchanged).toBe(6);
    expect(await db.reviews.count()).toBe(6);

    // The stale plan (made before the first import) is refused whole.
    await expect(importEtsyReviews(plan, deps())).rejects.toMatchObject({ reason: 'plan-stale' });
    expect(await db.reviews.count()).toBe(6);
    expect(await db.cases.count()).toBe(2);
  });

  it('links a review imported earlier once its order is known', async () => {
    await importEtsyReviews(await planFile('etsy-reviews.json'), deps());
    const { order } = await etsyOrder('3401233900');
    const plan = await planFile('etsy-reviews.json');
    expect(plan.counts.linked).toBe(1);
    await importEtsyReviews(plan, deps());
    expect((await db.reviews.where('externalOrderId').equals('3401233900').first())?.orderId).toBe(order.id);
  });

  it('writes nothing when one write fails, and nothing for a malformed file', async () => {
    const broken = parseEtsyReviews(fixture('etsy-reviews-broken.json'));
    expect(broken.ok).toBe(false);

    const plan = await planFile('etsy-reviews.json');
    const add = vi.spyOn(db.cases, 'bulkAdd').mockRejectedValueOnce(new Error('disk full'));
    await expect(importEtsyReviews(plan, deps())).rejects.toThrow('disk full');
    add.mockRestore();
    expect(await db.reviews.count()).toBe(0);
    expect(await db.cases.count()).toBe(0);
  });
});
