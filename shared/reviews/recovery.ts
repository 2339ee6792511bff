// Bad reviews and their recovery cases. A review of 3 stars or less opens a case; the seller's first
// response is due within 24 hours of the case opening (Star Seller counts first replies within 24 hours).
// Review dates are calendar days without a time, so the clock starts when the case opens (when the seller
// entered or imported the review), never at the review's date.
import type { Case, Review } from '../domain/other';

export const BAD_REVIEW_MAX_RATING = 3;
export const FIRST_RESPONSE_HOURS = 24;
const HOUR = 3_600_000;
export const FIRST_RESPONSE_MS = FIRST_RESPONSE_HOURS * HOUR;

/**
 * An imported bad review older than this opens no case: it is history (the chance to answer it within a day
 * is long gone) and a first import would otherwise bury the seller in overdue cases. The seller can still open
 * one by hand.
 */
export const CASE_LOOKBACK_DAYS = 30;

export function needsRecovery(rating: number): boolean {
  return rating <= BAD_REVIEW_MAX_RATING;
}

/** Once 3 stars or less, now 4 or 5: the buyer revised the review after the seller put things right. */
export function isRecovered(r: Pick<Review, 'rating' | 'ratingHistory'>): boolean {
  return !needsRecovery(r.rating) && r.ratingHistory.some((h) => needsRecovery(h.rating));
}

/** Whether a rating change turns a bad review good (1 → 5) or a good one bad (5 → 2). */
export function ratingChange(before: number, after: number): 'recovered' | 'turned-bad' | 'same-side' {
  if (needsRecovery(before) && !needsRecovery(after)) return 'recovered';
  if (!needsRecovery(before) && needsRecovery(after)) return 'turned-bad';
  return 'same-side';
}

/** The case a bad review opens; the repository gives it an id and timestamps. */
export type CaseDraft = Pick<Case, 'kind' | 'openedAt' | 'offered' | 'outcome'> &
  Partial<Pick<Case, 'reviewId' | 'orderId' | 'customerId' | 'sample'>>;

export function caseForReview(
  review: Partial<Pick<Review, 'id' | 'orderId' | 'customerId' | 'sample'>>,
  openedAt: number,
): CaseDraft {
  const c: CaseDraft = { kind: 'bad-review', openedAt, offered: [], outcome: 'open' };
  if (review.id !== undefined) c.reviewId = review.id;
  if (review.orderId !== undefined) c.orderId = review.orderId;
  if (review.customerId !== undefined) c.customerId = review.customerId;
  if (review.sample !== undefined) c.sample = review.sample;
  return c;
}

export function firstResponseDeadline(openedAt: number): number {
  return openedAt + FIRST_RESPONSE_MS;
}

/**
 * Where a case's first response stands at `now`:
 * - answered: on time when it came at most 24 hours after opening (exactly 24 h is on time);
 * - due: unanswered, the deadline not passed; `hoursLeft` rounds up (59 minutes left is "due in 1h"),
 *   0 only at the deadline itself;
 * - overdue: unanswered after the deadline; `hoursOver` rounds down (23 minutes over is 0h over);
 * - closed: the case was closed without a recorded response (no clock any more).
 */
export type ResponseState =
  | { state: 'answered'; onTime: boolean; tookMs: number }
  | { state: 'due'; msLeft: number; hoursLeft: number }
  | { state: 'overdue'; msOver: number; hoursOver: number }
  | { state: 'closed' };

export function responseState(
  c: Pick<Case, 'openedAt' | 'firstResponseAt'> & Partial<Pick<Case, 'outcome'>>,
  now: number,
): ResponseState {
  if (c.firstResponseAt !== undefined) {
    // A response stamped before the opening (a clock set wrong) took no time, not negative time.
    const tookMs = Math.max(0, c.firstResponseAt - c.openedAt);
    return { state: 'answered', onTime: tookMs <= FIRST_RESPONSE_MS, tookMs };
  }
  if (c.outcome !== undefined && c.outcome !== 'open') return { state: 'closed' };
  const deadline = firstResponseDeadline(c.openedAt);
  if (now <= deadline) {
    // Never more than the full day, even when `now` is before the opening.
    const msLeft = Math.min(deadline - now, FIRST_RESPONSE_MS);
    return { state: 'due', msLeft, hoursLeft: Math.ceil(msLeft / HOUR) };
  }
  const msOver = now - deadline;
  return { state: 'overdue', msOver, hoursOver: Math.floor(msOver / HOUR) };
}
