// Upgrade functions, one per schema version that needs its rows rewritten or derived (see schema.ts).
import type { Transaction } from 'dexie';
import { daysFrom } from '@shared/insights/day-rows';
import { reviewDays, type DayReview } from '@shared/insights/review-days';
import { surveyDays, type DaySurvey } from '@shared/insights/survey-days';

/** v1 → v2: the day rows of every review and survey answer already stored. */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  const [reviews, surveys] = await Promise.all([
    tx.table<DayReview>('reviews').toArray(),
    tx.table<DaySurvey>('surveys').toArray(),
  ]);
  await tx.table('reviewDays').bulkAdd(daysFrom(reviewDays, reviews));
  await tx.table('surveyDays').bulkAdd(daysFrom(surveyDays, surveys));
}
