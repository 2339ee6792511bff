// The shop rating as Etsy computes it, over time.
//
// Definition used here (Etsy: "Shop rating = average of the last 12 months"): the shop rating on a day D is
// the plain mean of the current star ratings of every review dated after the same date 12 months earlier, up
// to and including D (2025-03-16 .. 2026-03-15 for D = 2026-03-15); on a month's last day, the 12 calendar
// months ending with that month (2025-04-01 .. 2026-03-31 for D = 2026-03-31).
// A chart point is the rating on the last day of its period, so a monthly point is the mean over that calendar
// month and the 11 before it; the last point stops at the range's end (a range ending today ends on today's
// rating). A month with no reviews of its own still has the rating of its trailing window; a point whose
// whole window holds no review has no rating (average and starSeller null, drawn as a gap), never 0.
// Reviews from before the range count for the first points: pass all reviews, not only the range's.
// Each review counts once, with its current rating, on its `date`. Pass one channel's reviews (Etsy's), or its
// day rows (the `...FromDays` forms).
import type { Review } from '../domain/other';
import { addDays } from '../dates';
import { addMonths, pickGranularity, periodsIn, type DateRange, type Granularity } from './periods';
import { starDayOf, type StarDay } from './ratings';

export const SHOP_RATING_MONTHS = 12;
/** Star Seller asks for an average rating of 4.8 or more (4.8 itself qualifies). */
export const STAR_SELLER_RATING = 4.8;

export interface ShopRatingPoint {
  period: string;
  /** The window: its first and last day. */
  from: string;
  to: string;
  count: number;
  sum: number;
  average: number | null;
  /** Whether the average reaches 4.8; null without reviews. */
  starSeller: boolean | null;
}

/** The first day of the trailing 12-month window that ends on `to`. */
export function shopRatingWindowStart(to: string): string {
  // A month's last day closes 12 whole calendar months (Feb 2025 back to Mar 2024, not to 29 Feb 2024).
  if (addDays(to, 1).endsWith('-01')) return addMonths(`${to.slice(0, 7)}-01`, 1 - SHOP_RATING_MONTHS);
  return addDays(addMonths(to, -SHOP_RATING_MONTHS), 1);
}

export function meetsStarSellerRating(sum: number, count: number): boolean {
  // In whole numbers (4.8 = 48 tenths), so 24 stars over 5 reviews is exactly 4.8, free of floating point.
  return count > 0 && sum * 10 >= 48 * count;
}

/** The shop rating on one day (for a KPI card: pass today). */
export function shopRatingOn(
  reviews: readonly Pick<Review, 'rating' | 'date'>[],
  day: string,
): ShopRatingPoint {
  return shopRatingOnFromDays(reviews.map(starDayOf), day);
}

export function shopRatingOnFromDays(days: readonly StarDay[], day: string): ShopRatingPoint {
  return rollingShopRatingFromDays(days, { from: day, to: day }, 'day').rows[0] as ShopRatingPoint;
}

/** One point per period of the range (the granularity is made coarser past 400 points). */
export function rollingShopRating(
  reviews: readonly Pick<Review, 'rating' | 'date'>[],
  range: DateRange,
  granularity: Granularity = 'month',
): { granularity: Granularity; rows: ShopRatingPoint[] } {
  return rollingShopRatingFromDays(reviews.map(starDayOf), range, granularity);
}

/** As rollingShopRating, from day rows (of one channel: Etsy's). */
export function rollingShopRatingFromDays(
  days: readonly StarDay[],
  range: DateRange,
  granularity: Granularity = 'month',
): { granularity: Granularity; rows: ShopRatingPoint[] } {
  const used = pickGranularity(range, granularity);
  // Sorted dates with running counts and sums: each window is two binary searches, whatever the number of days.
  const sorted = [...days].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const dates = sorted.map((d) => d.date);
  const counts = [0];
  const sums = [0];
  for (const d of sorted) {
    const [s1, s2, s3, s4, s5] = d.stars;
    counts.push((counts[counts.length - 1] as number) + s1 + s2 + s3 + s4 + s5);
    sums.push((sums[sums.length - 1] as number) + s1 + 2 * s2 + 3 * s3 + 4 * s4 + 5 * s5);
  }
  const rows = periodsIn(range, used).map((p): ShopRatingPoint => {
    // The last point stops at the range's end, so on a range ending today it is today's rating.
    const to = p.end < range.to ? p.end : range.to;
    const from = shopRatingWindowStart(to);
    const lo = firstIndexAtOrAfter(dates, from);
    const hi = firstIndexAfter(dates, to);
    const count = (counts[hi] as number) - (counts[lo] as number);
    const sum = (sums[hi] as number) - (sums[lo] as number);
    return {
      period: p.key,
      from,
      to,
      count,
      sum,
      average: count > 0 ? sum / count : null,
      starSeller: count > 0 ? meetsStarSellerRating(sum, count) : null,
    };
  });
  return { granularity: used, rows };
}

function firstIndexAtOrAfter(dates: readonly string[], d: string): number {
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((dates[mid] as string) < d) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function firstIndexAfter(dates: readonly string[], d: string): number {
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((dates[mid] as string) <= d) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
