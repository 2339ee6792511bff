// The reads of the insights screen, by index and as few as the figures need.
//
// The main section (ratings, shop rating, surveys, service, review requests) reads:
// - reviews by the `date` index, from 12 months before the range's start (the rolling shop rating's first
//   points need their trailing window) to its end;
// - surveys by the `date` index, in the range;
// - the cases of the loaded reviews that are or were bad, by the `reviewId` index (bad-review cases only);
// - review-request reminders by the `kind` index, and the reviews of their orders by the `orderId` index (a
//   review may come after the range's end, or be dated before the loaded window).
// The notes & surprises section needs every order (a repeat purchase may come any time later), gifts, notes
// and the order-linked reviews: a separate, later read (notesSurprisesData) so the main charts do not wait.
import type { Case, Review, Survey } from '@shared/domain/other';
import type { ExtrasInput } from '@shared/insights/notes-surprises';
import { addMonths, type DateRange } from '@shared/insights/periods';
import { dateRange, type RangeChoice } from '@shared/insights/range';
import {
  requestsFromReminders,
  type ReviewRequest,
  type ReviewedOrder,
} from '@shared/insights/review-requests';
import { needsRecovery } from '@shared/reviews/recovery';
import { appDb, type TezgahDb } from './db';

export interface Deps {
  db?: TezgahDb;
}

export type InsightsReview = Pick<
  Review,
  'id' | 'rating' | 'date' | 'channel' | 'categories' | 'orderId' | 'ratingHistory'
>;

export interface InsightsData {
  range: DateRange;
  /** Whether there is any review or survey at all (the empty state). */
  any: boolean;
  /** Reviews dated from 12 months before range.from to range.to. */
  reviews: InsightsReview[];
  surveys: Pick<Survey, 'kind' | 'score' | 'date'>[];
  cases: Pick<Case, 'kind' | 'openedAt' | 'firstResponseAt' | 'outcome'>[];
  requests: ReviewRequest[];
  /** The reviews of the requested orders (first review date per order). */
  requestedReviews: ReviewedOrder[];
}

/** The first day the reviews of a range are read from (the shop rating's 12-month trailing window). */
export function reviewWindowStart(range: DateRange): string {
  return addMonths(range.from, -12);
}

export async function insightsData(
  choice: RangeChoice,
  today: string,
  { db = appDb() }: Deps = {},
): Promise<InsightsData> {
  return db.transaction('r', [db.reviews, db.surveys, db.cases, db.reminders], async () => {
    const [firstReview, firstSurvey] = await Promise.all([
      db.reviews.orderBy('date').first(),
      db.surveys.orderBy('date').first(),
    ]);
    const earliest = [firstReview?.date, firstSurvey?.date]
      .filter((d): d is string => d !== undefined)
      .sort()[0];
    const range = dateRange(choice, today, earliest);
    const any = firstReview !== undefined || firstSurvey !== undefined;
    if (!any) {
      return { range, any, reviews: [], surveys: [], cases: [], requests: [], requestedReviews: [] };
    }
    const [rows, surveys, reminders] = await Promise.all([
      db.reviews.where('date').between(reviewWindowStart(range), range.to, true, true).toArray(),
      db.surveys.where('date').between(range.from, range.to, true, true).toArray(),
      db.reminders.where('kind').equals('review-request').toArray(),
    ]);
    const reviews: InsightsReview[] = rows.map((r) => ({
      id: r.id,
      rating: r.rating,
      date: r.date,
      channel: r.channel,
      categories: r.categories,
      orderId: r.orderId,
      ratingHistory: r.ratingHistory,
    }));
    const badIds = rows
      .filter((r) => needsRecovery(r.rating) || r.ratingHistory.some((h) => needsRecovery(h.rating)))
      .map((r) => r.id);
    const requests = requestsFromReminders(reminders).filter(
      (r) => r.date >= range.from && r.date <= range.to,
    );
    const requestedOrders = [...new Set(requests.map((r) => r.orderId))];
    const [cases, requestedReviews] = await Promise.all([
      badIds.length ? db.cases.where('reviewId').anyOf(badIds).toArray() : [],
      requestedOrders.length ? db.reviews.where('orderId').anyOf(requestedOrders).toArray() : [],
    ]);
    return {
      range,
      any,
      reviews,
      surveys: surveys.map((s) => ({ kind: s.kind, score: s.score, date: s.date })),
      cases: cases
        .filter((c) => c.kind === 'bad-review')
        .map((c) => ({
          kind: c.kind,
          openedAt: c.openedAt,
          firstResponseAt: c.firstResponseAt,
          outcome: c.outcome,
        })),
      requests,
      requestedReviews: requestedReviews.map((r) => ({
        orderId: r.orderId,
        date: r.date,
        ratingHistory: r.ratingHistory,
      })),
    };
  });
}

/** Everything the notes & surprises table needs (every order: repeat purchases come any time later). */
export async function notesSurprisesData({ db = appDb() }: Deps = {}): Promise<ExtrasInput> {
  return db.transaction('r', [db.orders, db.reviews, db.surpriseGifts, db.surprises, db.notes], async () => {
    const [orders, reviews, gifts, surprises, notes] = await Promise.all([
      db.orders.toArray(),
      db.reviews.where('orderId').above('').toArray(),
      db.surpriseGifts.toArray(),
      db.surprises.toArray(),
      db.notes.toArray(),
    ]);
    return {
      orders: orders.map((o) => ({
        id: o.id,
        customerId: o.customerId,
        orderedDate: o.orderedDate,
        status: o.status,
      })),
      reviews: reviews.map((r) => ({ orderId: r.orderId, rating: r.rating })),
      gifts: gifts.map((g) => ({ orderId: g.orderId, surpriseId: g.surpriseId })),
      surprises: surprises.map((s) => ({ id: s.id, kind: s.kind })),
      notes: notes.map((n) => ({
        orderId: n.orderId,
        mode: n.mode,
        written: n.written,
        printedAt: n.printedAt,
      })),
    };
  });
}
