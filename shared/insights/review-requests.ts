// Review requests: of the orders the seller asked to review, how many were reviewed within 100 days of the
// request (Etsy's review window is 100 days).
// - A request counts in the range (and period) of its date; an order asked twice counts once, from the first.
// - The review's date is its first one (the oldest in its rating history): an edit is not a new review.
// - A review dated before the request was not brought by it: `alreadyReviewed`, left out of the share.
// - share = reviewed / (requested − alreadyReviewed), "so far": a request still inside its 100 days and not
//   yet reviewed counts as not reviewed (`waiting` says how many could still turn), so recent periods read low
//   rather than high.
import { addDays, localDate } from '../dates';
import type { Reminder, Review } from '../domain/other';
import { REVIEW_WINDOW_DAYS } from '../reminders/settings';
import { bucket, inRange, type DateRange, type Granularity } from './periods';
import { ratio } from './stats';

export interface ReviewRequest {
  orderId: string;
  /** The local date the request went out. */
  date: string;
}

export type ReviewedOrder = Pick<Review, 'orderId' | 'date'> & Partial<Pick<Review, 'ratingHistory'>>;

export interface RequestFigures {
  requested: number;
  reviewed: number;
  alreadyReviewed: number;
  /** Not reviewed yet, still inside the 100 days. */
  waiting: number;
  share: number | null;
}

/**
 * The requests the seller sent: review-request reminders marked done, dated by when they were closed (the
 * reminder's last change; the seller ticks it when the message went out).
 */
export function requestsFromReminders(
  reminders: readonly Pick<Reminder, 'kind' | 'state' | 'orderId' | 'updatedAt'>[],
): ReviewRequest[] {
  const out: ReviewRequest[] = [];
  for (const r of reminders) {
    if (r.kind === 'review-request' && r.state === 'done' && r.orderId !== undefined) {
      out.push({ orderId: r.orderId, date: localDate(r.updatedAt) });
    }
  }
  return out;
}

export function requestConversion(
  requests: readonly ReviewRequest[],
  reviews: readonly ReviewedOrder[],
  range: DateRange,
  today: string,
): RequestFigures {
  const firstReview = firstReviewDates(reviews);
  return figures(
    firstRequests(requests).filter((r) => inRange(r.date, range)),
    firstReview,
    today,
  );
}

export function requestConversionByPeriod(
  requests: readonly ReviewRequest[],
  reviews: readonly ReviewedOrder[],
  range: DateRange,
  today: string,
  granularity: Granularity = 'month',
): { granularity: Granularity; rows: (RequestFigures & { period: string })[] } {
  const firstReview = firstReviewDates(reviews);
  const b = bucket(firstRequests(requests), (r) => r.date, range, granularity);
  return {
    granularity: b.granularity,
    rows: b.periods.map((p) => ({ period: p.key, ...figures(p.items, firstReview, today) })),
  };
}

function figures(
  requests: readonly ReviewRequest[],
  firstReview: ReadonlyMap<string, string>,
  today: string,
): RequestFigures {
  let reviewed = 0;
  let alreadyReviewed = 0;
  let waiting = 0;
  for (const r of requests) {
    const windowEnd = addDays(r.date, REVIEW_WINDOW_DAYS);
    const reviewDate = firstReview.get(r.orderId);
    if (reviewDate !== undefined && reviewDate < r.date) alreadyReviewed++;
    else if (reviewDate !== undefined && reviewDate <= windowEnd) reviewed++;
    else if (today <= windowEnd) waiting++;
  }
  return {
    requested: requests.length,
    reviewed,
    alreadyReviewed,
    waiting,
    share: ratio(reviewed, requests.length - alreadyReviewed),
  };
}

function firstRequests(requests: readonly ReviewRequest[]): ReviewRequest[] {
  const first = new Map<string, ReviewRequest>();
  for (const r of requests) {
    const seen = first.get(r.orderId);
    if (!seen || r.date < seen.date) first.set(r.orderId, r);
  }
  return [...first.values()];
}

function firstReviewDates(reviews: readonly ReviewedOrder[]): Map<string, string> {
  const first = new Map<string, string>();
  for (const r of reviews) {
    if (r.orderId === undefined) continue;
    const date = r.ratingHistory?.[0]?.date ?? r.date;
    const seen = first.get(r.orderId);
    if (seen === undefined || date < seen) first.set(r.orderId, date);
  }
  return first;
}
