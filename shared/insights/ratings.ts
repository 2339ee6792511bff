// Review figures per period and for a whole range: average, count, the 1–5 star distribution, the share of
// bad reviews (3 stars or less), reviews by category and recovered reviews. A review counts once, with its
// current rating, on its `date`.
// Each figure is computed from day rows (`...FromDays`, what the insights screen reads: see review-days); the
// review-array forms count every review as a day row of one.
import { reviewCategories, type Review } from '../domain/other';
import { bucket, inRange, type DateRange, type Granularity } from './periods';
import { categoriesOf, recoveryOf, starsOf, type ReviewDay, type StarCounts } from './review-days';
import { ratio } from './stats';

export type { StarCounts } from './review-days';
export type RatedReview = Pick<Review, 'rating' | 'date'>;

/** Day rows with only the stars (a review is a day row of one). */
export type StarDay = Pick<ReviewDay, 'date' | 'stars'>;
export type CategoryDay = Pick<ReviewDay, 'date' | 'categories' | 'categorised' | 'uncategorised'>;
export type RecoveryDay = Pick<ReviewDay, 'date' | 'everBad' | 'recovered'>;

export const starDayOf = (r: RatedReview): StarDay => ({ date: r.date, stars: starsOf(r.rating) });

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
  return ratingsByPeriodFromDays(reviews.map(starDayOf), range, granularity);
}

export function ratingsByPeriodFromDays(
  days: readonly StarDay[],
  range: DateRange,
  granularity: Granularity = 'month',
): { granularity: Granularity; rows: RatingPeriod[] } {
  const b = bucket(days, (d) => d.date, range, granularity);
  return {
    granularity: b.granularity,
    rows: b.periods.map((p) => {
      const s = summarise(p.items);
      return { period: p.key, start: p.start, end: p.end, ...s };
    }),
  };
}

export type RatingSummary = Omit<RatingPeriod, 'period' | 'start' | 'end'> & { lowShare: number | null };

/** The range as one figure: count, average, stars and the share of reviews of 3 stars or less. */
export function ratingSummary(reviews: readonly RatedReview[], range: DateRange): RatingSummary {
  return ratingSummaryFromDays(reviews.map(starDayOf), range);
}

export function ratingSummaryFromDays(days: readonly StarDay[], range: DateRange): RatingSummary {
  const s = summarise(days.filter((d) => inRange(d.date, range)));
  return { ...s, lowShare: ratio(s.low, s.count) };
}

export interface CategoryCount {
  category: Review['categories'][number];
  count: number;
  /** Of the categorised reviews in the range; a review with two categories counts in both. */
  share: number | null;
}

export interface CategoryFigures {
  rows: CategoryCount[];
  categorised: number;
  uncategorised: number;
}

/** Reviews per category, in the fixed category order (every category listed, also at 0). */
export function reviewsByCategory(
  reviews: readonly Pick<Review, 'categories' | 'date'>[],
  range: DateRange,
): CategoryFigures {
  return reviewsByCategoryFromDays(
    reviews.map((r) => ({ date: r.date, ...categoriesOf(r.categories) })),
    range,
  );
}

export function reviewsByCategoryFromDays(days: readonly CategoryDay[], range: DateRange): CategoryFigures {
  const counts = new Map<string, number>();
  let categorised = 0;
  let uncategorised = 0;
  for (const d of days) {
    if (!inRange(d.date, range)) continue;
    categorised += d.categorised;
    uncategorised += d.uncategorised;
    for (const [c, n] of Object.entries(d.categories)) counts.set(c, (counts.get(c) ?? 0) + n);
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
  return recoveredCountFromDays(
    reviews.map((r) => ({ date: r.date, ...recoveryOf(r) })),
    range,
  );
}

export function recoveredCountFromDays(
  days: readonly RecoveryDay[],
  range: DateRange,
): { recovered: number; everBad: number } {
  let recovered = 0;
  let everBad = 0;
  for (const d of days) {
    if (!inRange(d.date, range)) continue;
    everBad += d.everBad;
    recovered += d.recovered;
  }
  return { recovered, everBad };
}

function summarise(days: readonly StarDay[]): Omit<RatingPeriod, 'period' | 'start' | 'end'> {
  const stars: StarCounts = [0, 0, 0, 0, 0];
  let sum = 0;
  let count = 0;
  for (const d of days) {
    for (const i of [0, 1, 2, 3, 4] as const) {
      const n = d.stars[i];
      stars[i] += n;
      sum += n * (i + 1);
      count += n;
    }
  }
  const low = stars[0] + stars[1] + stars[2];
  return { count, sum, average: count > 0 ? sum / count : null, stars, low };
}
