// What importing Etsy reviews would write, decided before anything is written (the preview shows it, then
// the repository writes it in one transaction). Pure: the existing reviews and orders and today are passed in.
//
// - Duplicates collapse to one review per order (Etsy repeats a review once per item). The one kept is the
//   latest by date_reviewed; on the same date the lowest rating (a complaint about one item is not hidden
//   by praise of another), then the longest message, then the first in the file.
// - A review matches an existing Etsy review by order id (externalOrderId), else by the linked order
//   (a review typed in by hand against that order).
// - Each review is linked to its order and customer when an Etsy order with that id is known; one imported
//   earlier without its order is linked once the order is known ("changed", change `link`).
// - A changed rating keeps its history: the old rating and date go to ratingHistory. From 3 stars or less to
//   4 or more is "recovered".
// - An older export never undoes a newer one: a record dated before the stored review, or equal to a rating
//   already in its history, is left alone (`stale`).
// - A bad review (3 stars or less) opens a recovery case when new, or when an edit turns a good review bad,
//   if it is dated within CASE_LOOKBACK_DAYS of today.
// - Idempotent: after the plan is applied, planning the same file again gives nothing to write.
import { addDays } from '../dates';
import type { Order } from '../domain/order';
import type { Review } from '../domain/other';
import type { EtsyReview } from './etsy-import';
import { CASE_LOOKBACK_DAYS, needsRecovery, ratingChange } from './recovery';

export type KnownReview = Pick<
  Review,
  | 'id'
  | 'channel'
  | 'rating'
  | 'ratingHistory'
  | 'date'
  | 'text'
  | 'reviewer'
  | 'orderId'
  | 'customerId'
  | 'externalOrderId'
>;
export type KnownOrder = Pick<Order, 'id' | 'customerId' | 'channel' | 'externalId'>;

/** A review to add; the repository gives it an id and timestamps. */
export type ReviewDraft = Omit<Review, 'id' | 'createdAt' | 'updatedAt'>;

export type ReviewChange = 'rating' | 'date' | 'text' | 'reviewer' | 'order-id' | 'link';

export interface PlannedRow {
  externalOrderId: string;
  /** The file's item number of the record kept. */
  item: number;
  status: 'new' | 'unchanged' | 'changed';
  /** Linked to an order (and so to a customer). */
  linked: boolean;
  rating: number;
  /** The stored rating, when the import changes it. */
  previousRating?: number;
  changes: ReviewChange[];
  /** Left alone because the file is older than what is stored. */
  stale: boolean;
  recovered: boolean;
  openCase: boolean;
  /** Records of the file folded into this one. */
  duplicates: number;
}

export interface ReviewImportPlan<R extends KnownReview = KnownReview> {
  create: { review: ReviewDraft; openCase: boolean }[];
  /** Whole rows after the change (the repository stamps updatedAt). */
  update: { before: R; after: R; openCase: boolean; recovered: boolean }[];
  /** One row per order in the file, in file order: the preview. */
  rows: PlannedRow[];
  counts: {
    records: number;
    duplicates: number;
    new: number;
    unchanged: number;
    changed: number;
    stale: number;
    /** Reviews (new or known) whose order is not known: imported without a customer. */
    unlinked: number;
    /** Known reviews linked to their order by this import. */
    linked: number;
    recovered: number;
    cases: number;
  };
}

export interface KnownData<R extends KnownReview> {
  /** Stored reviews; only Etsy ones are matched. */
  reviews: readonly R[];
  /** Stored orders; only Etsy ones with an external id are linked. */
  orders: readonly KnownOrder[];
}

export function planReviewImport<R extends KnownReview>(
  records: readonly EtsyReview[],
  known: KnownData<R>,
  options: { today: string },
): ReviewImportPlan<R> {
  const caseSince = addDays(options.today, -CASE_LOOKBACK_DAYS);
  const orders = new Map<string, KnownOrder>();
  for (const o of known.orders) if (o.channel === 'etsy' && o.externalId) orders.set(o.externalId, o);
  const byExternal = new Map<string, R>();
  const byOrder = new Map<string, R>();
  for (const r of known.reviews) {
    if (r.channel !== 'etsy') continue;
    if (r.externalOrderId && !byExternal.has(r.externalOrderId)) byExternal.set(r.externalOrderId, r);
    if (r.orderId && !byOrder.has(r.orderId)) byOrder.set(r.orderId, r);
  }

  const { kept, duplicates } = collapseDuplicates(records);
  const plan: ReviewImportPlan<R> = {
    create: [],
    update: [],
    rows: [],
    counts: {
      records: records.length,
      duplicates: records.length - kept.length,
      new: 0,
      unchanged: 0,
      changed: 0,
      stale: 0,
      unlinked: 0,
      linked: 0,
      recovered: 0,
      cases: 0,
    },
  };

  for (const rec of kept) {
    const order = orders.get(rec.externalOrderId);
    const existing = byExternal.get(rec.externalOrderId) ?? (order ? byOrder.get(order.id) : undefined);
    const row: PlannedRow = {
      externalOrderId: rec.externalOrderId,
      item: rec.item,
      status: 'new',
      linked: false,
      rating: rec.rating,
      changes: [],
      stale: false,
      recovered: false,
      openCase: false,
      duplicates: duplicates.get(rec.externalOrderId) ?? 0,
    };
    const recent = rec.date >= caseSince;

    if (!existing) {
      const review: ReviewDraft = {
        channel: 'etsy',
        rating: rec.rating,
        ratingHistory: [],
        text: rec.text,
        date: rec.date,
        externalOrderId: rec.externalOrderId,
        categories: [],
      };
      if (rec.reviewer !== undefined) review.reviewer = rec.reviewer;
      if (order) {
        review.orderId = order.id;
        review.customerId = order.customerId;
      }
      row.linked = order !== undefined;
      row.openCase = needsRecovery(rec.rating) && recent;
      plan.create.push({ review, openCase: row.openCase });
    } else {
      const { after, changes, stale } = merge(existing, rec, order);
      row.stale = stale;
      row.changes = changes;
      row.linked = after.orderId !== undefined;
      row.rating = after.rating;
      if (changes.length === 0) row.status = 'unchanged';
      else {
        row.status = 'changed';
        if (changes.includes('rating')) {
          row.previousRating = existing.rating;
          const turn = ratingChange(existing.rating, after.rating);
          row.recovered = turn === 'recovered';
          row.openCase = turn === 'turned-bad' && recent;
        }
        plan.update.push({ before: existing, after, openCase: row.openCase, recovered: row.recovered });
      }
    }

    const c = plan.counts;
    c[row.status]++;
    if (row.stale) c.stale++;
    if (!row.linked) c.unlinked++;
    if (row.changes.includes('link')) c.linked++;
    if (row.recovered) c.recovered++;
    if (row.openCase) c.cases++;
    plan.rows.push(row);
  }
  return plan;
}

/** One record per order (see the rule at the top), in file order of the records kept. */
export function collapseDuplicates(records: readonly EtsyReview[]): {
  kept: EtsyReview[];
  /** Per order id, how many records were folded away. */
  duplicates: Map<string, number>;
} {
  const best = new Map<string, EtsyReview>();
  const duplicates = new Map<string, number>();
  for (const r of records) {
    const seen = best.get(r.externalOrderId);
    if (!seen) {
      best.set(r.externalOrderId, r);
      continue;
    }
    duplicates.set(r.externalOrderId, (duplicates.get(r.externalOrderId) ?? 0) + 1);
    if (beats(r, seen)) best.set(r.externalOrderId, r);
  }
  const kept = [...best.values()].sort((a, b) => a.item - b.item);
  return { kept, duplicates };
}

function beats(a: EtsyReview, b: EtsyReview): boolean {
  if (a.date !== b.date) return a.date > b.date;
  if (a.rating !== b.rating) return a.rating < b.rating;
  if (a.text.length !== b.text.length) return a.text.length > b.text.length;
  return a.item < b.item;
}

function merge<R extends KnownReview>(
  existing: R,
  rec: EtsyReview,
  order: KnownOrder | undefined,
): { after: R; changes: ReviewChange[]; stale: boolean } {
  const after: R = { ...existing };
  const changes: ReviewChange[] = [];
  const stale =
    rec.date < existing.date ||
    (rec.rating !== existing.rating &&
      existing.ratingHistory.some((h) => h.rating === rec.rating && h.date === rec.date));

  if (!stale) {
    if (rec.rating !== existing.rating) {
      after.ratingHistory = [...existing.ratingHistory, { rating: existing.rating, date: existing.date }];
      after.rating = rec.rating;
      changes.push('rating');
    }
    if (rec.date !== existing.date) {
      after.date = rec.date;
      changes.push('date');
    }
    if (rec.text !== existing.text) {
      after.text = rec.text;
      changes.push('text');
    }
    if (rec.reviewer !== (existing.reviewer || undefined)) {
      if (rec.reviewer === undefined) delete after.reviewer;
      else after.reviewer = rec.reviewer;
      changes.push('reviewer');
    }
  }
  // Filled in whatever the dates say: they are facts about the order, not the buyer's words.
  if (existing.externalOrderId !== rec.externalOrderId) {
    after.externalOrderId = rec.externalOrderId;
    changes.push('order-id');
  }
  if (existing.orderId === undefined && order) {
    after.orderId = order.id;
    after.customerId = order.customerId;
    changes.push('link');
  }
  return { after, changes, stale };
}
