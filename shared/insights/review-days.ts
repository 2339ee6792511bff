// Reviews summed per day and channel (the `reviewDays` table): everything the rating, category and recovery
// figures need, so the insights screen never reads the reviews themselves. A review counts once, with its
// current rating, on its `date`, exactly as the review-array functions count it.
import type { Channel } from '../domain/order';
import type { Review } from '../domain/other';
import { isRecovered, needsRecovery } from '../reviews/recovery';
import { dayKey, type DayAggregate, type DayRow } from './day-rows';

/** Reviews per star: index 0 holds the 1-star reviews, index 4 the 5-star ones. */
export type StarCounts = [number, number, number, number, number];
export type ReviewCategory = Review['categories'][number];

export type DayReview = Pick<Review, 'date' | 'channel' | 'rating' | 'ratingHistory' | 'categories'>;

export interface ReviewDay extends DayRow {
  channel: Channel;
  stars: StarCounts;
  /** Reviews per category, each distinct category of a review once; categories at 0 are left out. */
  categories: Partial<Record<ReviewCategory, number>>;
  categorised: number;
  uncategorised: number;
  /** Reviews that are, or once were, 3 stars or less. */
  everBad: number;
  /** Reviews once 3 stars or less, now 4 or 5. */
  recovered: number;
}

/** One review's stars as counts (the review-array functions count through these too). */
export function starsOf(rating: number): StarCounts {
  const stars: StarCounts = [0, 0, 0, 0, 0];
  stars[rating - 1]++;
  return stars;
}

/** One review's categories as counts: each distinct category once. */
export function categoriesOf(
  categories: readonly ReviewCategory[],
): Pick<ReviewDay, 'categories' | 'categorised' | 'uncategorised'> {
  const unique = new Set(categories);
  const counts: ReviewDay['categories'] = {};
  for (const c of unique) counts[c] = 1;
  return { categories: counts, categorised: unique.size > 0 ? 1 : 0, uncategorised: unique.size > 0 ? 0 : 1 };
}

export function recoveryOf(
  r: Pick<Review, 'rating' | 'ratingHistory'>,
): Pick<ReviewDay, 'everBad' | 'recovered'> {
  const everBad = needsRecovery(r.rating) || r.ratingHistory.some((h) => needsRecovery(h.rating));
  return { everBad: everBad ? 1 : 0, recovered: isRecovered(r) ? 1 : 0 };
}

export const reviewDays: DayAggregate<DayReview, ReviewDay> = {
  keyOf: (r) => dayKey(r.date, r.channel),
  empty: (r) => ({
    key: dayKey(r.date, r.channel),
    date: r.date,
    channel: r.channel,
    stars: [0, 0, 0, 0, 0],
    categories: {},
    categorised: 0,
    uncategorised: 0,
    everBad: 0,
    recovered: 0,
  }),
  clone: (d) => ({ ...d, stars: [...d.stars], categories: { ...d.categories } }),
  add(day, r, sign) {
    // Rows stored by hand or by older code may lack the arrays zod defaults; they count as empty.
    const review = { ...r, ratingHistory: r.ratingHistory ?? [], categories: r.categories ?? [] };
    if (Number.isInteger(review.rating) && review.rating >= 1 && review.rating <= 5)
      day.stars[review.rating - 1] += sign;
    const c = categoriesOf(review.categories);
    for (const category of Object.keys(c.categories) as ReviewCategory[]) {
      const n = (day.categories[category] ?? 0) + sign;
      if (n === 0) delete day.categories[category];
      else day.categories[category] = n;
    }
    day.categorised += sign * c.categorised;
    day.uncategorised += sign * c.uncategorised;
    const rec = recoveryOf(review);
    day.everBad += sign * rec.everBad;
    day.recovered += sign * rec.recovered;
  },
  isEmpty: (d) =>
    d.stars.every((n) => n === 0) &&
    d.categorised === 0 &&
    d.uncategorised === 0 &&
    d.everBad === 0 &&
    d.recovered === 0 &&
    Object.keys(d.categories).length === 0,
};
