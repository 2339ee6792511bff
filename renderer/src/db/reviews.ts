// Reviews and the recovery cases bad ones open.
//
// Writes are validated through zod at this boundary. Every write that touches a review and its cases is one
// transaction: a review of 3 stars or less opens a case (shared/reviews/recovery) together with the review,
// recording the public reply stamps the case's first response, deleting a review deletes its cases.
// A rating the buyer changed is kept: the old rating and its date go to ratingHistory.
//
// Etsy imports are planned first (shared/reviews/import-plan: the preview shows the plan) and written here in
// one transaction: every new review, every change and every case, or nothing.
//
// The list reads ids newest first through the `date` index (the screen reads the rows of its visible window
// with reviewRows); filters and the text search run over the rows of the date range, in memory.
import { z } from 'zod';
import type { Customer } from '@shared/domain/customer';
import type { EtsyReview } from '@shared/reviews/etsy-import';
import { channels, type Channel, type Order } from '@shared/domain/order';
import { channelKey } from '@shared/domain/order-rules';
import { idSchema, isoDateSchema, newId } from '@shared/domain/common';
import { caseSchema, reviewCategories, reviewSchema, type Case, type Review } from '@shared/domain/other';
import { localDate } from '@shared/dates';
import { foldText } from '@shared/reviews/categories';
import type { KnownData, ReviewImportPlan } from '@shared/reviews/import-plan';
import { caseForReview, needsRecovery, ratingChange } from '@shared/reviews/recovery';
import { parseOrThrow } from '@shared/validation';
import { appDb, type TezgahDb } from './db';

export interface Deps {
  db?: TezgahDb;
  now?: () => number;
}

export type ReviewCategory = Review['categories'][number];

/** What the review form sends. */
export const reviewInputSchema = z
  .object({
    channel: z.enum(channels),
    rating: z
      .number('Rating must be a number')
      .int('Rating is a whole number of stars')
      .min(1, 'Rating is 1 to 5 stars')
      .max(5, 'Rating is 1 to 5 stars'),
    date: isoDateSchema,
    text: z.string().max(20_000, 'Text is too long').default(''),
    reviewer: z.string().trim().max(200, 'Name is too long').optional(),
    orderId: idSchema.optional(),
    customerId: idSchema.optional(),
    categories: z.array(z.enum(reviewCategories)).default([]),
    reply: z.string().max(20_000, 'Reply is too long').optional(),
    replyDate: isoDateSchema.optional(),
  })
  .superRefine((v, ctx) => {
    if (v.replyDate && v.replyDate < v.date) {
      ctx.addIssue({
        code: 'custom',
        path: ['replyDate'],
        message: 'The reply cannot come before the review',
      });
    }
  });
export type ReviewInput = z.input<typeof reviewInputSchema>;

/** A write refused for a reason other than a field's value. */
export class ReviewRefused extends Error {
  constructor(
    readonly reason: 'review-missing' | 'order-missing' | 'plan-stale',
    message: string,
  ) {
    super(message);
    this.name = 'ReviewRefused';
  }
}

const isOpen = (c: Case) => c.outcome === 'open';

async function casesOf(db: TezgahDb, reviewId: string) {
  return db.cases.where('reviewId').equals(reviewId).toArray();
}

function newCase(review: Review, t: number): Case {
  const draft = caseForReview(review, t);
  return parseOrThrow(caseSchema, { ...draft, id: newId(), createdAt: t, updatedAt: t }, 'case');
}

/**
 * The stored row for the input over `base`: the order (when picked) gives the customer and, on its own
 * channel, the external order id; a reply without a date is dated today, a blank reply drops its date.
 */
async function buildRow(
  db: TezgahDb,
  input: ReviewInput,
  base: Pick<Review, 'id' | 'createdAt' | 'ratingHistory'> &
    Partial<Pick<Review, 'sample' | 'externalOrderId'>>,
  t: number,
): Promise<Review> {
  const v = parseOrThrow(reviewInputSchema, input, 'review');
  const row: Review = {
    id: base.id,
    createdAt: base.createdAt,
    updatedAt: t,
    channel: v.channel,
    rating: v.rating,
    ratingHistory: base.ratingHistory,
    text: v.text,
    date: v.date,
    categories: [...new Set(v.categories)],
  };
  if (base.sample) row.sample = base.sample;
  if (v.reviewer) row.reviewer = v.reviewer;
  if (base.externalOrderId) row.externalOrderId = base.externalOrderId;
  if (v.orderId) {
    const order = await db.orders.get(v.orderId);
    if (!order) throw new ReviewRefused('order-missing', 'This order no longer exists');
    row.orderId = order.id;
    row.customerId = order.customerId;
    if (order.externalId && order.channel === v.channel) row.externalOrderId = order.externalId;
  } else if (v.customerId) {
    row.customerId = v.customerId;
  }
  const reply = v.reply?.trim();
  if (reply) {
    row.reply = reply;
    row.replyDate = v.replyDate ?? localDate(t);
  }
  return parseOrThrow(reviewSchema, row, 'review');
}

/** Stamps the first response on the review's cases that have none (the public reply was just recorded). */
async function stampResponse(db: TezgahDb, cases: Case[], t: number) {
  const unanswered = cases.filter((c) => c.firstResponseAt === undefined);
  if (unanswered.length === 0) return;
  await db.cases.bulkPut(unanswered.map((c) => ({ ...c, firstResponseAt: t, updatedAt: t })));
}

export interface ReviewWrite {
  review: Review;
  /** The case this write opened, if it opened one. */
  opened?: Case;
}

/** Adds a review; one of 3 stars or less opens its recovery case in the same transaction. */
export async function createReview(
  input: ReviewInput,
  { db = appDb(), now = Date.now }: Deps = {},
): Promise<ReviewWrite> {
  const t = now();
  return db.transaction('rw', [db.reviews, db.cases, db.orders], async () => {
    const review = await buildRow(db, input, { id: newId(), createdAt: t, ratingHistory: [] }, t);
    await db.reviews.add(review);
    if (!needsRecovery(review.rating)) return { review };
    const opened = newCase(review, t);
    if (review.reply) opened.firstResponseAt = t;
    await db.cases.add(opened);
    return { review, opened };
  });
}

/**
 * Saves the form over a review. A changed rating keeps the old one (with its date) in ratingHistory. A bad
 * rating opens a case when none is open and the review never had one, or when the change turned it bad.
 * A reply recorded now stamps the first response of the review's cases that have none.
 */
export async function updateReview(
  id: string,
  input: ReviewInput,
  { db = appDb(), now = Date.now }: Deps = {},
): Promise<ReviewWrite> {
  const t = now();
  return db.transaction('rw', [db.reviews, db.cases, db.orders], async () => {
    const old = await db.reviews.get(id);
    if (!old) throw new ReviewRefused('review-missing', 'This review no longer exists');
    const base = {
      id,
      createdAt: old.createdAt,
      ratingHistory: old.ratingHistory,
      ...(old.sample ? { sample: old.sample } : {}),
      ...(old.externalOrderId ? { externalOrderId: old.externalOrderId } : {}),
    };
    const review = await buildRow(db, input, base, t);
    if (review.rating !== old.rating) {
      review.ratingHistory = [...old.ratingHistory, { rating: old.rating, date: old.date }];
    }
    await db.reviews.put(review);
    const cases = await casesOf(db, id);
    // The case follows the review's link when the seller picks the order later.
    const relinked = cases.filter(
      (c) => isOpen(c) && (c.orderId !== review.orderId || c.customerId !== review.customerId),
    );
    for (const c of relinked) {
      const next: Case = { ...c, updatedAt: t };
      if (review.orderId) next.orderId = review.orderId;
      else delete next.orderId;
      if (review.customerId) next.customerId = review.customerId;
      else delete next.customerId;
      await db.cases.put(next);
    }
    let opened: Case | undefined;
    const turnedBad = ratingChange(old.rating, review.rating) === 'turned-bad';
    if (needsRecovery(review.rating) && !cases.some(isOpen) && (cases.length === 0 || turnedBad)) {
      opened = newCase(review, t);
      await db.cases.add(opened);
    }
    if (review.reply) await stampResponse(db, [...(await casesOf(db, id))], t);
    return opened ? { review, opened } : { review };
  });
}

/** Deletes a review and its cases together. Returns what was deleted. */
export async function deleteReview(id: string, { db = appDb() }: Deps = {}) {
  return db.transaction('rw', db.reviews, db.cases, async () => {
    const review = await db.reviews.get(id);
    if (!review) throw new ReviewRefused('review-missing', 'This review no longer exists');
    const cases = await casesOf(db, id);
    await db.cases.bulkDelete(cases.map((c) => c.id));
    await db.reviews.delete(id);
    return { review, cases };
  });
}

// ---- Etsy import ----

/** What planReviewImport needs about the file's orders, read by index (nothing else is read). */
export async function reviewImportKnown(
  records: readonly Pick<EtsyReview, 'externalOrderId'>[],
  { db = appDb() }: Deps = {},
): Promise<KnownData<Review>> {
  const externalIds = [...new Set(records.map((r) => r.externalOrderId))];
  return db.transaction('r', db.orders, db.reviews, async () => {
    const keys = externalIds.map((id) => channelKey('etsy', id)).filter((k): k is string => k !== undefined);
    const orders: Order[] = keys.length ? await db.orders.where('channelKey').anyOf(keys).toArray() : [];
    const [byExternal, byOrder] = await Promise.all([
      externalIds.length ? db.reviews.where('externalOrderId').anyOf(externalIds).toArray() : [],
      orders.length
        ? db.reviews
            .where('orderId')
            .anyOf(orders.map((o) => o.id))
            .toArray()
        : [],
    ]);
    const reviews = new Map<string, Review>();
    for (const r of [...byExternal, ...byOrder]) reviews.set(r.id, r);
    return {
      reviews: [...reviews.values()],
      orders: orders.map((o) => {
        const k: KnownData<Review>['orders'][number] = {
          id: o.id,
          customerId: o.customerId,
          channel: o.channel,
        };
        if (o.externalId) k.externalId = o.externalId;
        return k;
      }),
    };
  });
}

export interface ImportResult {
  created: number;
  updated: number;
  casesOpened: number;
}

/**
 * Writes an import plan: new reviews, changed reviews and the cases they open, in one transaction. Every row
 * is validated before anything is written. A plan made before another write (an import of the same file
 * finished meanwhile, a review edited) is refused whole (`plan-stale`): plan again.
 * A review recovered (bad to good) closes its open case as `review-revised`.
 */
export async function importEtsyReviews(
  plan: ReviewImportPlan<Review>,
  { db = appDb(), now = Date.now }: Deps = {},
): Promise<ImportResult> {
  const t = now();
  const created = plan.create.map(({ review, openCase }) => {
    const row = parseOrThrow(reviewSchema, { ...review, id: newId(), createdAt: t, updatedAt: t }, 'review');
    return { row, openCase };
  });
  const updated = plan.update.map((u) => ({
    ...u,
    row: parseOrThrow(reviewSchema, { ...u.after, updatedAt: t }, 'review'),
  }));
  const newCases = [
    ...created.filter((c) => c.openCase).map((c) => newCase(c.row, t)),
    ...updated.filter((u) => u.openCase).map((u) => newCase(u.row, t)),
  ];

  return db.transaction('rw', db.reviews, db.cases, async () => {
    // Nothing planned as new may exist by now, nothing planned as changed may have changed since.
    const externalIds = created.map((c) => c.row.externalOrderId).filter((e): e is string => !!e);
    const clash = externalIds.length
      ? await db.reviews.where('externalOrderId').anyOf(externalIds).first()
      : undefined;
    const current = await db.reviews.bulkGet(updated.map((u) => u.before.id));
    if (clash || current.some((r, i) => !r || r.updatedAt !== updated[i]!.before.updatedAt)) {
      throw new ReviewRefused('plan-stale', 'The reviews changed since this import was planned');
    }
    const recoveredIds = updated.filter((u) => u.recovered).map((u) => u.row.id);
    const existingCases =
      recoveredIds.length || newCases.length
        ? await db.cases
            .where('reviewId')
            .anyOf([...recoveredIds, ...updated.map((u) => u.row.id)])
            .toArray()
        : [];
    await db.reviews.bulkAdd(created.map((c) => c.row));
    await db.reviews.bulkPut(updated.map((u) => u.row));
    const recovered = new Set(recoveredIds);
    const closing = existingCases
      .filter((c) => isOpen(c) && c.reviewId !== undefined && recovered.has(c.reviewId))
      .map((c) => ({ ...c, outcome: 'review-revised' as const, updatedAt: t }));
    await db.cases.bulkPut(closing);
    const stillOpen = new Set(existingCases.filter((c) => isOpen(c)).map((c) => c.reviewId));
    const opening = newCases.filter((c) => !stillOpen.has(c.reviewId));
    await db.cases.bulkAdd(opening);
    return { created: created.length, updated: updated.length, casesOpened: opening.length };
  });
}

// ---- Reads ----

export interface ReviewFilter {
  ratings?: readonly number[];
  category?: ReviewCategory;
  channel?: Channel;
  /** Inclusive YYYY-MM-DD bounds. */
  from?: string;
  to?: string;
  /** 3 stars or less without a recorded reply. */
  needsReply?: boolean;
  /** Words in the text, the reviewer or the reply (accents and case ignored). */
  q?: string;
}

export function needsReply(r: Pick<Review, 'rating' | 'reply'>): boolean {
  return needsRecovery(r.rating) && !r.reply;
}

export function isFiltered(f: ReviewFilter): boolean {
  return (
    (f.ratings?.length ?? 0) > 0 ||
    !!f.category ||
    !!f.channel ||
    !!f.from ||
    !!f.to ||
    !!f.needsReply ||
    (f.q ?? '').trim() !== ''
  );
}

/** The ids of the reviews matching the filter, newest first (by the `date` index). */
export async function reviewIds(f: ReviewFilter = {}, { db = appDb() }: Deps = {}): Promise<string[]> {
  const lower = f.from ?? '';
  const upper = f.to ?? '\uffff';
  if (lower > upper) return [];
  const range = db.reviews.where('date').between(lower, upper, true, true).reverse();
  const words = foldText(f.q ?? '')
    .split(/\s+/)
    .filter(Boolean);
  const ratings = f.ratings?.length ? new Set(f.ratings) : undefined;
  if (!ratings && !f.category && !f.channel && !f.needsReply && words.length === 0) {
    return (await range.primaryKeys()) as string[];
  }
  const rows = await range.toArray();
  return rows
    .filter(
      (r) =>
        (!ratings || ratings.has(r.rating)) &&
        (!f.category || r.categories.includes(f.category)) &&
        (!f.channel || r.channel === f.channel) &&
        (!f.needsReply || needsReply(r)) &&
        (words.length === 0 ||
          ((hay) => words.every((w) => hay.includes(w)))(
            foldText(`${r.text}\n${r.reviewer ?? ''}\n${r.reply ?? ''}`),
          )),
    )
    .map((r) => r.id);
}

export interface ReviewRow extends Review {
  customerName?: string;
  /** The customer's note language, for reply templates. */
  customerLanguage?: Customer['preferences']['noteLanguage'];
  /** The review's latest case, if any. */
  case?: Case;
}

/** The rows of the given ids (the list's visible window), with customer names and cases. */
export async function reviewRows(ids: readonly string[], { db = appDb() }: Deps = {}): Promise<ReviewRow[]> {
  const reviews = (await db.reviews.bulkGet([...ids])).filter((r): r is Review => r !== undefined);
  const customerIds = [...new Set(reviews.map((r) => r.customerId).filter((c): c is string => !!c))];
  const [customers, cases] = await Promise.all([
    db.customers.bulkGet(customerIds),
    reviews.length
      ? db.cases
          .where('reviewId')
          .anyOf(reviews.map((r) => r.id))
          .toArray()
      : [],
  ]);
  const byCustomer = new Map(customers.filter((c) => c !== undefined).map((c) => [c.id, c]));
  const byReview = new Map<string, Case>();
  for (const c of cases.sort((a, b) => a.openedAt - b.openedAt)) if (c.reviewId) byReview.set(c.reviewId, c);
  return reviews.map((r) => {
    const row: ReviewRow = { ...r };
    const c = r.customerId ? byCustomer.get(r.customerId) : undefined;
    if (c) {
      row.customerName = c.name;
      row.customerLanguage = c.preferences.noteLanguage;
    }
    const kase = byReview.get(r.id);
    if (kase) row.case = kase;
    return row;
  });
}

export async function getReviewRow(id: string, deps: Deps = {}): Promise<ReviewRow | undefined> {
  return (await reviewRows([id], deps))[0];
}

/** Whether there is any review at all (the empty state), through the date index. */
export async function hasReviews({ db = appDb() }: Deps = {}): Promise<boolean> {
  return (await db.reviews.orderBy('date').first()) !== undefined;
}
