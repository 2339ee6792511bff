// The reads of the insights screen, by index and as few as the figures need.
//
// The main section (ratings, shop rating, surveys, service, review requests) reads:
// - review day rows (reviewMonths: kept at write time, see aggregates.ts) by the `date` index, the months from
//   12 months before the range's start (the rolling shop rating's first points need their trailing window) to
//   its end; never the reviews themselves (20k of them cost ~300 ms to read, a year of their day rows ~8 ms);
// - survey day rows (surveyMonths) of the range's months;
// - case response times (caseMonths) of the months around the range (by UTC day of opening: a day of margin
//   each side for the time zone; the service figures keep the cases opened on a local date in the range);
// - review-request reminders by the `kind` index, and the reviews of the requested orders of the range by the
//   `orderId` index, one lookup per order (a review may come after the range's end, or be dated before the
//   loaded window).
// The notes & surprises section needs every order (a repeat purchase may come any time later), gifts, notes
// and the order-linked reviews: a separate, later read (notesSurprisesData) so the main charts do not wait.
import { caseTimes, utcDate, type CaseDay } from '@shared/insights/case-days';
import { unpack, type DayRow, type MonthPack } from '@shared/insights/day-rows';
import type { ExtrasInput } from '@shared/insights/notes-surprises';
import { addMonths, inRange, type DateRange } from '@shared/insights/periods';
import { dateRange, earliestDate, type RangeChoice } from '@shared/insights/range';
import type { CaseTimes } from '@shared/insights/service';
import {
  requestsFromReminders,
  type ReviewRequest,
  type ReviewedOrder,
} from '@shared/insights/review-requests';
import type { ReviewDay } from '@shared/insights/review-days';
import type { SurveyDay } from '@shared/insights/survey-days';
import { appDb, type TezgahDb } from './db';

export interface Deps {
  db?: TezgahDb;
}

export interface InsightsData {
  range: DateRange;
  /** Whether there is any review or survey at all (the empty state). */
  any: boolean;
  /** Review day rows of the months from 12 months before range.from to range.to. */
  reviewDays: ReviewDay[];
  /** Survey day rows of the range's months. */
  surveyDays: SurveyDay[];
  /** Bad-review cases opened around the range. */
  cases: CaseTimes[];
  requests: ReviewRequest[];
  /** The reviews of the requested orders (first review date per order). */
  requestedReviews: ReviewedOrder[];
}

/** The first day the reviews of a range are read from (the shop rating's 12-month trailing window). */
export function reviewWindowStart(range: DateRange): string {
  return addMonths(range.from, -12);
}

const DAY_MS = 86_400_000;

/** UTC days that hold every moment of the range's local dates, whatever the time zone (UTC±14). */
function utcDaysAround(range: DateRange): [string, string] {
  const from = Date.parse(`${range.from}T00:00:00Z`) - DAY_MS;
  return [utcDate(from), utcDate(Date.parse(`${range.to}T00:00:00Z`) + DAY_MS)];
}

const month = (date: string) => date.slice(0, 7);

type MonthTable = 'reviewMonths' | 'surveyMonths' | 'caseMonths';

/** The day rows of the months from `from`'s to `to`'s. */
function months<D extends DayRow>(db: TezgahDb, table: MonthTable, from: string, to: string): Promise<D[]> {
  return db
    .table<MonthPack<D>, string>(table)
    .where('date')
    .between(month(from), month(to), true, true)
    .toArray()
    .then(unpack);
}

/** The earliest day row of a month table. */
async function firstDay(db: TezgahDb, table: MonthTable): Promise<DayRow | undefined> {
  const pack = await db.table<MonthPack<DayRow>, string>(table).orderBy('date').first();
  return pack ? unpack([pack])[0] : undefined;
}

export async function insightsData(
  choice: RangeChoice,
  today: string,
  { db = appDb() }: Deps = {},
): Promise<InsightsData> {
  const tables = [db.reviewMonths, db.surveyMonths, db.caseMonths, db.reminders, db.reviews];
  return db.transaction('r', tables, async () => {
    const firsts = Promise.all([firstDay(db, 'reviewMonths'), firstDay(db, 'surveyMonths')]);
    // Only "all" needs the earliest date for its range; the other ranges read everything at once.
    const range =
      choice.preset === 'all'
        ? dateRange(choice, today, earliestDate(dateOf(await firsts)))
        : dateRange(choice, today);
    const [first, figures] = await Promise.all([firsts, rangeData(db, range)]);
    const any = dateOf(first).length > 0;
    if (!any) {
      return { range, any, reviewDays: [], surveyDays: [], cases: [], requests: [], requestedReviews: [] };
    }
    return { range, any, ...figures };
  });
}

const dateOf = (rows: readonly ({ date: string } | undefined)[]) => rows.flatMap((r) => (r ? [r.date] : []));

async function rangeData(db: TezgahDb, range: DateRange) {
  const [lo, hi] = utcDaysAround(range);
  // Issued first, so the requested orders' reviews are asked for while the other reads are still running.
  const requested = db.reminders
    .where('kind')
    .equals('review-request')
    .toArray()
    .then(async (reminders) => {
      const requests = requestsFromReminders(reminders).filter((r) => inRange(r.date, range));
      const orders = [...new Set(requests.map((r) => r.orderId))];
      // One getAll per order: a cursor hopping the orderId index (anyOf) took 4x as long for ~70 orders.
      const perOrder = await Promise.all(orders.map((o) => db.reviews.where('orderId').equals(o).toArray()));
      const reviews = perOrder.flat();
      const requestedReviews: ReviewedOrder[] = reviews.map((r) => ({
        orderId: r.orderId,
        date: r.date,
        ratingHistory: r.ratingHistory,
      }));
      return { requests, requestedReviews };
    });
  const [reviewDays, surveyDays, cases, requests] = await Promise.all([
    months<ReviewDay>(db, 'reviewMonths', reviewWindowStart(range), range.to),
    months<SurveyDay>(db, 'surveyMonths', range.from, range.to),
    months<CaseDay>(db, 'caseMonths', lo, hi),
    requested,
  ]);
  return {
    reviewDays,
    surveyDays,
    cases: caseTimes(cases.filter((d) => d.kind === 'bad-review')),
    ...requests,
  };
}

/** Everything the notes & surprises table needs (every order: repeat purchases come any time later). */
export async function notesSurprisesData({ db = appDb() }: Deps = {}): Promise<ExtrasInput> {
  return db.transaction('r', [db.orders, db.reviews, db.surpriseGifts, db.surprises, db.notes], async () => {
    const [orders, reviews, gifts, surprises, notes] = await Promise.all([
      db.orders.toArray(),
      db.reviews.where('orderId').above('').toArray(),
      db.surpriseGifts.toArray(),
      db.surprises.toArray(),
      db.notes.toArray(),
    ]);
    return {
      orders: orders.map((o) => ({
        id: o.id,
        customerId: o.customerId,
        orderedDate: o.orderedDate,
        status: o.status,
      })),
      reviews: reviews.map((r) => ({ orderId: r.orderId, rating: r.rating })),
      gifts: gifts.map((g) => ({ orderId: g.orderId, surpriseId: g.surpriseId })),
      surprises: surprises.map((s) => ({ id: s.id, kind: s.kind })),
      notes: notes.map((n) => ({
        orderId: n.orderId,
        mode: n.mode,
        written: n.written,
        printedAt: n.printedAt,
      })),
    };
  });
}
