import { describe, expect, it } from 'vitest';
import { addDays } from '@shared/dates';
import { reviewCategories } from '@shared/domain/other';
import { caseDays, caseTimes, type DayCase } from '@shared/insights/case-days';
import {
  applyChanges,
  daysFrom,
  packedByMonth,
  unpack,
  type DayAggregate,
  type DayRow,
  type MonthPack,
} from '@shared/insights/day-rows';
import {
  ratingsByPeriod,
  ratingsByPeriodFromDays,
  ratingSummary,
  ratingSummaryFromDays,
  recoveredCount,
  recoveredCountFromDays,
  reviewsByCategory,
  reviewsByCategoryFromDays,
} from '@shared/insights/ratings';
import { reviewDays, type DayReview, type ReviewDay } from '@shared/insights/review-days';
import {
  rollingShopRating,
  rollingShopRatingFromDays,
  shopRatingOn,
  shopRatingOnFromDays,
} from '@shared/insights/shop-rating';
import { surveyDays, type DaySurvey, type SurveyDay } from '@shared/insights/survey-days';
import {
  csatByPeriod,
  csatByPeriodFromDays,
  csatFor,
  csatFromDays,
  npsByPeriod,
  npsByPeriodFromDays,
  npsFor,
  npsFromDays,
} from '@shared/insights/surveys';
import { Rng } from '@shared/sample/random';

const r = (over: Partial<DayReview> = {}): DayReview => ({
  date: '2026-03-01',
  channel: 'etsy',
  rating: 5,
  ratingHistory: [],
  categories: [],
  ...over,
});

/** Applies a write to a map of stored rows, as the database does. */
function writeTo<R, D extends DayRow>(
  agg: DayAggregate<R, D>,
  stored: Map<string, D>,
  removed: R[],
  added: R[],
): Map<string, D> {
  const { put, remove } = applyChanges(agg, stored, removed, added);
  const next = new Map(stored);
  for (const d of put) next.set(d.key, d);
  for (const k of remove) next.delete(k);
  return next;
}

const packedReviews = packedByMonth(reviewDays);
const write = (stored: Map<string, ReviewDay>, removed: DayReview[], added: DayReview[]) =>
  writeTo(reviewDays, stored, removed, added);

describe('review day rows', () => {
  it('counts a review on its day and channel: stars, distinct categories, recovery', () => {
    const [day] = daysFrom(reviewDays, [
      r({
        rating: 4,
        categories: ['late', 'late', 'packaging'],
        ratingHistory: [{ rating: 2, date: '2026-02-01' }],
      }),
    ]);
    expect(day).toEqual({
      key: '2026-03-01|etsy',
      date: '2026-03-01',
      channel: 'etsy',
      stars: [0, 0, 0, 1, 0],
      categories: { late: 1, packaging: 1 },
      categorised: 1,
      uncategorised: 0,
      everBad: 1,
      recovered: 1,
    });
  });

  it('keeps one row per day and channel, oldest first', () => {
    const days = daysFrom(reviewDays, [
      r({ date: '2026-03-02' }),
      r({ channel: 'shopify', rating: 1 }),
      r({ rating: 3, categories: ['late'] }),
    ]);
    expect(days.map((d) => [d.key, d.stars, d.uncategorised, d.everBad])).toEqual([
      ['2026-03-01|etsy', [0, 0, 1, 0, 0], 0, 1],
      ['2026-03-01|shopify', [1, 0, 0, 0, 0], 1, 1],
      ['2026-03-02|etsy', [0, 0, 0, 0, 1], 1, 0],
    ]);
  });

  it('an edit takes the old row out and puts the new one in; a day left empty is deleted', () => {
    const before = r({ rating: 1, categories: ['late'] });
    const after = r({
      rating: 5,
      date: '2026-03-05',
      categories: ['late'],
      ratingHistory: [{ rating: 1, date: '2026-03-01' }],
    });
    let stored = write(new Map(), [], [before, r({ rating: 4 })]);
    expect(stored.get('2026-03-01|etsy')?.stars).toEqual([1, 0, 0, 1, 0]);
    stored = write(stored, [before], [after]);
    expect(stored.get('2026-03-01|etsy')).toMatchObject({
      stars: [0, 0, 0, 1, 0],
      categories: {},
      everBad: 0,
      uncategorised: 1,
    });
    expect(stored.get('2026-03-05|etsy')).toMatchObject({ stars: [0, 0, 0, 0, 1], everBad: 1, recovered: 1 });
    stored = write(stored, [after], []);
    expect([...stored.keys()]).toEqual(['2026-03-01|etsy']);
    const { put, remove } = applyChanges(reviewDays, stored, [r({ rating: 4 })], []);
    expect(put).toEqual([]);
    expect(remove).toEqual(['2026-03-01|etsy']);
  });

  it('does not change the stored rows it is given', () => {
    const stored = write(new Map(), [], [r({ categories: ['late'] })]);
    const copy = structuredClone([...stored.values()]);
    applyChanges(reviewDays, stored, [r({ categories: ['late'] })], [r({ rating: 1 })]);
    expect([...stored.values()]).toEqual(copy);
  });
});

describe('survey day rows', () => {
  it('counts answers per score on their day and kind, and forgets a score at 0', () => {
    const s = (score: number, kind: DaySurvey['kind'] = 'nps'): DaySurvey => ({
      date: '2026-03-01',
      kind,
      score,
    });
    expect(daysFrom(surveyDays, [s(9), s(9), s(3), s(4, 'csat')])).toEqual([
      { key: '2026-03-01|csat', date: '2026-03-01', kind: 'csat', scores: { 4: 1 } },
      { key: '2026-03-01|nps', date: '2026-03-01', kind: 'nps', scores: { 3: 1, 9: 2 } },
    ]);
    const stored = new Map(daysFrom(surveyDays, [s(9), s(3)]).map((d) => [d.key, d]));
    expect(applyChanges(surveyDays, stored, [s(3)], [s(10)]).put[0]?.scores).toEqual({ 9: 1, 10: 1 });
  });
});

// The same figures from day rows as from the raw rows, on random data (fixed seed), through a history of
// writes: adds, rating edits that keep their history, date and category edits, deletes.
describe('day rows give the figures of the raw rows', () => {
  const rng = new Rng(20261207);
  const channels = ['etsy', 'shopify', 'direct'] as const;
  const dateIn = () => addDays('2024-01-01', rng.int(0, 3 * 365));
  const newReview = (): DayReview => ({
    date: dateIn(),
    channel: rng.pick(channels),
    rating: rng.int(1, 5),
    ratingHistory: [],
    categories: Array.from({ length: rng.int(0, 3) }, () => rng.pick(reviewCategories)),
  });

  function history() {
    const rows = new Map<number, DayReview>();
    let stored = new Map<string, ReviewDay>();
    let packs = new Map<string, MonthPack<ReviewDay>>();
    const both = (removed: DayReview[], added: DayReview[]) => {
      stored = write(stored, removed, added);
      packs = writeTo(packedReviews, packs, removed, added);
    };
    let next = 0;
    for (let step = 0; step < 3000; step++) {
      const ids = [...rows.keys()];
      const roll = rng.next();
      if (roll < 0.6 || ids.length === 0) {
        const added = Array.from({ length: rng.int(1, 4) }, newReview);
        for (const a of added) rows.set(next++, a);
        both([], added);
      } else if (roll < 0.85) {
        const id = rng.pick(ids);
        const old = rows.get(id) as DayReview;
        const rating = rng.int(1, 5);
        const edited: DayReview = {
          ...old,
          rating,
          ratingHistory:
            rating === old.rating
              ? old.ratingHistory
              : [...old.ratingHistory, { rating: old.rating, date: old.date }],
          date: rng.chance(0.3) ? dateIn() : old.date,
          categories: rng.chance(0.3) ? [rng.pick(reviewCategories)] : old.categories,
        };
        rows.set(id, edited);
        both([old], [edited]);
      } else {
        const id = rng.pick(ids);
        both([rows.get(id) as DayReview], []);
        rows.delete(id);
      }
    }
    return { reviews: [...rows.values()], days: [...stored.values()], packs: [...packs.values()] };
  }

  it('review figures', () => {
    const { reviews, days, packs } = history();
    expect(reviews.length).toBeGreaterThan(2000);
    expect(days.sort((a, b) => (a.key < b.key ? -1 : 1))).toEqual(daysFrom(reviewDays, reviews));
    // Packed by month: the same day rows, in far fewer records.
    expect(unpack(packs)).toEqual(daysFrom(reviewDays, reviews));
    expect(packs.length).toBeLessThan(150);
    const etsyReviews = reviews.filter((x) => x.channel === 'etsy');
    const etsyDays = days.filter((d) => d.channel === 'etsy');
    for (const range of [
      { from: '2024-01-01', to: '2026-12-31' },
      { from: '2025-02-17', to: '2025-05-16' },
      { from: '2026-03-01', to: '2026-03-01' },
    ]) {
      for (const g of ['day', 'week', 'month', 'quarter'] as const) {
        expect(ratingsByPeriodFromDays(days, range, g)).toEqual(ratingsByPeriod(reviews, range, g));
        expect(rollingShopRatingFromDays(etsyDays, range, g)).toEqual(
          rollingShopRating(etsyReviews, range, g),
        );
      }
      expect(ratingSummaryFromDays(days, range)).toEqual(ratingSummary(reviews, range));
      expect(reviewsByCategoryFromDays(days, range)).toEqual(reviewsByCategory(reviews, range));
      expect(recoveredCountFromDays(days, range)).toEqual(recoveredCount(reviews, range));
      expect(shopRatingOnFromDays(etsyDays, range.to)).toEqual(shopRatingOn(etsyReviews, range.to));
    }
  });

  it('survey figures', () => {
    const surveys: DaySurvey[] = Array.from({ length: 3000 }, () => {
      const kind = rng.chance(0.6) ? 'nps' : 'csat';
      return { date: dateIn(), kind, score: kind === 'nps' ? rng.int(0, 10) : rng.int(0, 6) };
    });
    const kept = surveys.filter(() => rng.chance(0.8));
    const { put } = applyChanges(surveyDays, new Map(), [], surveys);
    const stored = new Map<string, SurveyDay>(put.map((d) => [d.key, d]));
    const gone = surveys.filter((s) => !kept.includes(s));
    const after = applyChanges(surveyDays, stored, gone, []);
    for (const d of after.put) stored.set(d.key, d);
    for (const k of after.remove) stored.delete(k);
    const days = [...stored.values()];
    const range = { from: '2024-06-01', to: '2026-05-31' };
    expect(npsFromDays(days, range)).toEqual(npsFor(kept, range));
    expect(csatFromDays(days, range)).toEqual(csatFor(kept, range));
    expect(npsByPeriodFromDays(days, range, 'week')).toEqual(npsByPeriod(kept, range, 'week'));
    expect(csatByPeriodFromDays(days, range, 'month')).toEqual(csatByPeriod(kept, range, 'month'));
  });
});

describe('case day rows', () => {
  const c = (id: string, over: Partial<DayCase> = {}): DayCase => ({
    id,
    kind: 'bad-review',
    openedAt: Date.UTC(2026, 2, 1, 23, 30),
    outcome: 'open',
    ...over,
  });

  it('keep each case by id on its UTC day and kind; an edit replaces it, a delete removes it', () => {
    const packed = packedByMonth(caseDays);
    let stored = writeTo(packed, new Map(), [], [c('a'), c('b', { kind: 'complaint' }), c('c')]);
    expect([...stored.keys()]).toEqual(['2026-03|bad-review', '2026-03|complaint']);
    const answered = c('a', { firstResponseAt: Date.UTC(2026, 2, 2, 1), outcome: 'review-revised' });
    stored = writeTo(packed, stored, [c('a')], [answered]);
    stored = writeTo(packed, stored, [c('b', { kind: 'complaint' })], []);
    expect([...stored.keys()]).toEqual(['2026-03|bad-review']);
    const times = caseTimes(unpack([...stored.values()]));
    expect(times).toHaveLength(2);
    expect(times).toEqual(
      expect.arrayContaining([
        {
          kind: 'bad-review',
          openedAt: answered.openedAt,
          firstResponseAt: answered.firstResponseAt,
          outcome: 'review-revised',
        },
        { kind: 'bad-review', openedAt: c('c').openedAt, outcome: 'open' },
      ]),
    );
  });
});
