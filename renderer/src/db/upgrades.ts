// Upgrade functions, one per schema version that needs its rows rewritten or derived (see schema.ts).
import Dexie, { type Transaction } from 'dexie';
import { orderStatuses } from '@shared/domain/order-rules';
import { caseDays } from '@shared/insights/case-days';
import { daysFrom, packedByMonth, type DayAggregate, type DayRow } from '@shared/insights/day-rows';
import { reviewDays } from '@shared/insights/review-days';
import { surveyDays } from '@shared/insights/survey-days';

/** v1 → v2: the day rows of every review, survey answer and case already stored; orders per status. */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  await build(tx, 'reviews', 'reviewMonths', reviewDays);
  await build(tx, 'surveys', 'surveyMonths', surveyDays);
  await build(tx, 'cases', 'caseMonths', caseDays);
  // Counted through the status index: no order is read.
  const counts = await Promise.all(
    orderStatuses.map(async (status) => ({
      key: status,
      count: await tx
        .table('orders')
        .where('[status+orderedDate]')
        .between([status, Dexie.minKey], [status, Dexie.maxKey])
        .count(),
    })),
  );
  await tx.table('orderCounts').bulkAdd(counts.filter((c) => c.count > 0));
}

async function build<R, D extends DayRow>(
  tx: Transaction,
  source: string,
  target: string,
  agg: DayAggregate<R, D>,
): Promise<void> {
  const rows = await tx.table<R>(source).toArray();
  await tx.table(target).bulkAdd(daysFrom(packedByMonth(agg), rows));
}
