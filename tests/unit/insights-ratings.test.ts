import { describe, expect, it } from 'vitest';
import type { Review } from '@shared/domain/other';
import { ratingsByPeriod, ratingSummary, recoveredCount, reviewsByCategory } from '@shared/insights/ratings';
import {
  meetsStarSellerRating,
  rollingShopRating,
  shopRatingOn,
  shopRatingWindowStart,
  STAR_SELLER_RATING,
} from '@shared/insights/shop-rating';

const rv = (date: string, rating: number) => ({ date, rating });

describe('ratings per month', () => {
  const reviews = [
    rv('2025-01-10', 5),
    rv('2025-01-31', 4),
    rv('2025-02-01', 1),
    rv('2025-04-15', 3),
    rv('2025-04-30', 5),
  ];
  const range = { from: '2025-01-01', to: '2025-04-30' };

  it('gives the average, count and star distribution of each month, months without reviews included', () => {
    const { granularity, rows } = ratingsByPeriod(reviews, range);
    expect(granularity).toBe('month');
    expect(rows).toEqual([
      {
        period: '2025-01',
        start: '2025-01-01',
        end: '2025-01-31',
        count: 2,
        sum: 9,
        average: 4.5,
        stars: [0, 0, 0, 1, 1],
        low: 0,
      },
      {
        period: '2025-02',
        start: '2025-02-01',
        end: '2025-02-28',
        count: 1,
        sum: 1,
        average: 1,
        stars: [1, 0, 0, 0, 0],
        low: 1,
      },
      {
        period: '2025-03',
        start: '2025-03-01',
        end: '2025-03-31',
        count: 0,
        sum: 0,
        average: null,
        stars: [0, 0, 0, 0, 0],
        low: 0,
      },
      {
        period: '2025-04',
        start: '2025-04-01',
        end: '2025-04-30',
        count: 2,
        sum: 8,
        average: 4,
        stars: [0, 0, 1, 0, 1],
        low: 1,
      },
    ]);
  });

  it('counts a review on the range’s first and last day, not the day before', () => {
    const rows = ratingsByPeriod(reviews, { from: '2025-01-31', to: '2025-02-01' }).rows;
    expect(rows.map((r) => [r.period, r.count])).toEqual([
      ['2025-01', 1],
      ['2025-02', 1],
    ]);
  });

  it('sums the range: average, stars and the share of 3 stars or less', () => {
    expect(ratingSummary(reviews, range)).toEqual({
      count: 5,
      sum: 18,
      average: 3.6,
      stars: [1, 0, 1, 1, 2],
      low: 2,
      lowShare: 0.4,
    });
  });

  it('has no average and no share without reviews, and exact ones with one', () => {
    expect(ratingSummary([], range)).toEqual({
      count: 0,
      sum: 0,
      average: null,
      stars: [0, 0, 0, 0, 0],
      low: 0,
      lowShare: null,
    });
    expect(ratingSummary([rv('2025-02-02', 3)], range)).toMatchObject({
      count: 1,
      average: 3,
      low: 1,
      lowShare: 1,
    });
    expect(ratingsByPeriod([], range).rows.every((r) => r.average === null && r.count === 0)).toBe(true);
  });
});

describe('reviews by category', () => {
  const range = { from: '2026-01-01', to: '2026-01-31' };
  const c = (date: string, categories: Review['categories']) => ({ date, categories });

  it('counts each category once per review, every category listed, uncategorised apart', () => {
    const out = reviewsByCategory(
      [
        c('2026-01-02', ['damaged-in-shipping', 'late']),
        c('2026-01-03', ['late', 'late']),
        c('2026-01-04', []),
        c('2026-01-05', ['print-defect']),
        c('2026-02-01', ['price']),
      ],
      range,
    );
    expect(out.categorised).toBe(3);
    expect(out.uncategorised).toBe(1);
    expect(out.rows.map((r) => [r.category, r.count, r.share])).toEqual([
      ['product-quality', 0, 0],
      ['print-defect', 1, 1 / 3],
      ['damaged-in-shipping', 1, 1 / 3],
      ['late', 2, 2 / 3],
      ['wrong-item', 0, 0],
      ['communication', 0, 0],
      ['packaging', 0, 0],
      ['price', 0, 0],
      ['other', 0, 0],
    ]);
  });

  it('has no shares when nothing is categorised', () => {
    const out = reviewsByCategory([c('2026-01-04', [])], range);
    expect(out.rows.every((r) => r.count === 0 && r.share === null)).toBe(true);
  });
});

describe('recovered reviews', () => {
  it('counts the reviews turned good among those that were ever bad', () => {
    const range = { from: '2026-01-01', to: '2026-12-31' };
    const h = (rating: number) => [{ rating, date: '2026-01-01' }];
    expect(
      recoveredCount(
        [
          { date: '2026-01-05', rating: 5, ratingHistory: h(1) },
          { date: '2026-01-06', rating: 2, ratingHistory: [] },
          { date: '2026-01-07', rating: 3, ratingHistory: h(1) },
          { date: '2026-01-08', rating: 5, ratingHistory: h(4) },
          { date: '2025-12-31', rating: 5, ratingHistory: h(1) },
        ],
        range,
      ),
    ).toEqual({ recovered: 1, everBad: 3 });
  });
});

describe('the shop rating (12 months trailing)', () => {
  const reviews = [rv('2024-03-31', 1), rv('2024-04-01', 5), rv('2024-06-10', 4), rv('2025-03-31', 5)];

  it('closes a month’s window on 12 whole calendar months, and a day’s on the day a year before', () => {
    expect(shopRatingWindowStart('2025-03-31')).toBe('2024-04-01');
    expect(shopRatingWindowStart('2025-02-28')).toBe('2024-03-01');
    expect(shopRatingWindowStart('2024-02-29')).toBe('2023-03-01');
    expect(shopRatingWindowStart('2025-03-15')).toBe('2024-03-16');
    expect(shopRatingWindowStart('2024-02-28')).toBe('2023-03-01');
  });

  it('carries the trailing window through months without reviews', () => {
    const { granularity, rows } = rollingShopRating(reviews, { from: '2025-01-01', to: '2025-05-31' });
    expect(granularity).toBe('month');
    expect(rows.map((r) => [r.period, r.from, r.to, r.count, r.sum])).toEqual([
      ['2025-01', '2024-02-01', '2025-01-31', 3, 10],
      ['2025-02', '2024-03-01', '2025-02-28', 3, 10],
      // The 1-star review of 31 March 2024 leaves the window at the end of March 2025.
      ['2025-03', '2024-04-01', '2025-03-31', 3, 14],
      ['2025-04', '2024-05-01', '2025-04-30', 2, 9],
      ['2025-05', '2024-06-01', '2025-05-31', 2, 9],
    ]);
    expect(rows[0]?.average).toBeCloseTo(10 / 3, 12);
    expect(rows[2]?.average).toBeCloseTo(14 / 3, 12);
    expect(rows[3]?.average).toBe(4.5);
    expect(rows.map((r) => r.starSeller)).toEqual([false, false, false, false, false]);
  });

  it('has no rating (not 0) where the whole window has no review', () => {
    const rows = rollingShopRating(reviews, { from: '2026-05-01', to: '2026-07-31' }).rows;
    expect(rows.map((r) => [r.period, r.count, r.average, r.starSeller])).toEqual([
      ['2026-05', 0, null, null],
      ['2026-06', 0, null, null],
      ['2026-07', 0, null, null],
    ]);
    expect(rollingShopRating([], { from: '2026-01-01', to: '2026-01-31' }).rows[0]?.average).toBeNull();
  });

  it('ends the last point on the range’s end, so it matches the rating of that day', () => {
    const rows = rollingShopRating(reviews, { from: '2025-02-01', to: '2025-03-15' }).rows;
    expect(rows[1]).toEqual({
      period: '2025-03',
      from: '2024-03-16',
      to: '2025-03-15',
      // The 1-star review of 31 March 2024 is still inside this window (it leaves it on 1 April 2025).
      count: 3,
      sum: 10,
      average: 10 / 3,
      starSeller: false,
    });
    expect(shopRatingOn(reviews, '2025-03-15')).toEqual({ ...rows[1], period: '2025-03-15' });
    expect(shopRatingOn(reviews, '2025-03-31')).toMatchObject({ count: 3, sum: 14 });
  });

  it('counts one review on its own', () => {
    expect(shopRatingOn([rv('2026-01-10', 4)], '2026-01-10')).toMatchObject({ count: 1, average: 4 });
    expect(shopRatingOn([rv('2026-01-10', 4)], '2026-01-09')).toMatchObject({ count: 0, average: null });
  });

  it('meets the Star Seller line at exactly 4.8', () => {
    expect(STAR_SELLER_RATING).toBe(4.8);
    expect(meetsStarSellerRating(24, 5)).toBe(true);
    expect(meetsStarSellerRating(48, 10)).toBe(true);
    expect(meetsStarSellerRating(479, 100)).toBe(false);
    expect(meetsStarSellerRating(0, 0)).toBe(false);
    const fours = [5, 5, 5, 5, 4].map((r, i) => rv(`2026-01-0${i + 1}`, r));
    expect(shopRatingOn(fours, '2026-01-31')).toMatchObject({ average: 4.8, starSeller: true });
  });

  it('takes quarterly points, each on its quarter’s last day, when asked', () => {
    const rows = rollingShopRating(reviews, { from: '2024-01-01', to: '2025-06-30' }, 'quarter').rows;
    expect(rows.map((r) => [r.period, r.to, r.count])).toEqual([
      ['2024-Q1', '2024-03-31', 1],
      ['2024-Q2', '2024-06-30', 3],
      ['2024-Q3', '2024-09-30', 3],
      ['2024-Q4', '2024-12-31', 3],
      ['2025-Q1', '2025-03-31', 3],
      ['2025-Q2', '2025-06-30', 1],
    ]);
  });
});
