import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TezgahDb } from '@/db/db';
import { insightsData } from '@/db/insights-reads';
import { createReview } from '@/db/reviews';
import { addSurvey } from '@/db/surveys';
import { freshDb } from './db';

let db: TezgahDb;
const NOW = new Date(2026, 11, 7, 12).getTime();
const deps = () => ({ db, now: () => NOW });
const today = '2026-12-07';

beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('insights reads', () => {
  it('nothing at all: the empty state', async () => {
    const data = await insightsData({ preset: 'all' }, today, { db });
    expect(data).toMatchObject({ any: false, range: { from: today, to: today }, reviewDays: [] });
  });

  it('"all" starts at the earliest review or answer; a short range keeps the 12 months before it', async () => {
    await createReview({ channel: 'etsy', rating: 2, date: '2025-01-15' }, deps());
    await createReview({ channel: 'shopify', rating: 5, date: '2026-12-01' }, deps());
    await addSurvey({ kind: 'nps', score: 9, date: '2024-11-30' }, deps());
    const all = await insightsData({ preset: 'all' }, today, { db });
    expect(all.range).toEqual({ from: '2024-11-30', to: today });
    expect(all.reviewDays.map((d) => d.key)).toEqual(['2025-01-15|etsy', '2026-12-01|shopify']);
    expect(all.surveyDays.map((d) => d.key)).toEqual(['2024-11-30|nps']);
    // The bad review's case opened now (2026-12-07), not on the review's date.
    expect(all.cases).toHaveLength(1);

    const month = await insightsData({ preset: '30d' }, today, { db });
    expect(month.any).toBe(true);
    expect(month.range).toEqual({ from: '2026-11-08', to: today });
    // From 12 months before the range (whole months are read; the figures keep their own dates).
    expect(month.reviewDays.map((d) => d.key)).toEqual(['2026-12-01|shopify']);
    expect(month.surveyDays).toEqual([]);
    expect(month.cases).toHaveLength(1);
  });
});
