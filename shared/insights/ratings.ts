// Review figures per period and for a whole range: average, count, the 1–5 star distribution, the share of
// bad reviews (3 stars or less), reviews by category and recovered reviews. A review counts once, with its
// current rating, on its `date`.
import { reviewCategories, type Review } from '../domain/other';
import { isRecovered, needsRecovery } from '../reviews/recovery';
import { bucket, inRange, type DateRange, type Granularity } from './periods';
import { ratio } from './stats';

export type RatedReview = Pick<Review, 'rating' | 'date'>;

/** Reviews per star: index 0 holds the 1-star reviews, index 4 the 5-star ones. */
export type StarCounts = [number, number, number, number, number];

export interface RatingPeriod {
  period: string;
  start: string;
  end: string;
  count: number;
  sum: number;
  /** null for a period without reviews. */
  average: number | null;
  stars: StarCounts;
  /** Reviews of 3 stars or less. */
  low: number;
}

export function ratingsByPeriod(
  reviews: readonly RatedReview[],
  range: DateRange,
  granularity: Granularity = 'month',
): { granularity: Granularity; rows: RatingPeriod[] } {
  const b = bucket(reviews, (r) => r.date, range, granularity);
  return {
    granularity: b.granularity,
    rows: b.periods.map((p) => {
      const s = summarise(p.items);
      return { period: p.key, start: p.start, end: p.end, ...s };
    }),
  };
}

/** The range as one figure: count, average, stars and the share of reviews of 3 stars or less. */
export function ratingSummary(
  reviews: readonly RatedReview[],
  range: DateRange,
): Omit<RatingPeriod, 'period' | 'start' | 'end'> & { lowShare: number | null } {
  const s = summarise(reviews.filter((r) => inRange(r.date, range)));
  return { ...s, lowShare: ratio(s.low, s.count) };
}

export interface CategoryCount {
  category: Review['categories'][number];
  count: number;
  /** Of the categorised reviews in the range; a review with two categories counts in both. */
  share: number | null;
}

/** Reviews per category, in the fixed category order (every category listed, also at 0). */
export function reviewsByCategory(
  reviews: readonly Pick<Review, 'categories' | 'date'>[],
  range: DateRange,
): { rows: CategoryCount[]; categorised: number; uncategorised: number } {
  const counts = new Map<string, number>();
  let categorised = 0;
  let uncategorised = 0;
  for (const r of reviews) {
    if (!inRange(r.date, range)) continue;
    const unique = new Set(r.categories);
    if (unique.size === 0) uncategorised++;
    else categorised++;
    for (const c of unique) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  const rows = reviewCategories.map((category) => {
    const count = counts.get(category) ?? 0;
    return { category, count, share: ratio(count, categorised) };
  });
  return { rows, categorised, uncategorised };
}

/** Reviews in the range that were once 3 stars or less and are now 4 or 5 (see isRecovered). */
export function recoveredCount(
  reviews: readonly Pick<Review, 'rating' | 'ratingHistory' | 'date'>[],
  range: DateRange,
): { recovered: number; everBad: number } {
  let recovered = 0;
  let everBad = 0;
  for (const r of reviews) {
    if (!inRange(r.date, range)) continue;
    if (needsRecovery(r.rating) || r.ratingHistory.some((h) => needsRecovery(h.rating))) everBad++;
    if (isRecovered(r)) recovered++;
  }
  return { recovered, everBad };
}

function summarise(reviews: readonly RatedReview[]): Omit<RatingPeriod, 'period' | 'start' | 'end'> {
  const stars: StarCounts = [0, 0, 0, 0, 0];
  let sum = 0;
  for (const r of reviews) {
    stars[r.rating - 1]++;
    sum += r.rating;
  }
  const count = reviews.length;
  const low = stars[0] + stars[1] + stars[2];
  return { count, sum, average: count > 0 ? sum / count : null, stars, low };
}
