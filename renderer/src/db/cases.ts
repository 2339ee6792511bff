// Recovery cases (opened by reviews of 3 stars or less, see ./reviews): the seller's first response, what was
// offered to put things right and how it ended.
//
// Every write is validated through zod (caseSchema) and touches only the cases table. The Today card reads the
// open cases through the `outcome` index ('open'), never the whole table.
import { z } from 'zod';
import { caseSchema, type Case, type Review } from '@shared/domain/other';
import { firstResponseDeadline, responseState, type ResponseState } from '@shared/reviews/recovery';
import { parseOrThrow } from '@shared/validation';
import { appDb, type TezgahDb } from './db';

export interface Deps {
  db?: TezgahDb;
  now?: () => number;
}

export type Offer = Case['offered'][number];
export type Outcome = Case['outcome'];

/** What the case panel offers (and in this order). */
export const offers = [
  'refund',
  'reprint',
  'reship',
  'discount',
  'other',
] as const satisfies readonly Offer[];
export const outcomes = [
  'open',
  'review-revised',
  'bought-again',
  'no-change',
  'closed',
] as const satisfies readonly Outcome[];

const offeredSchema = z.array(z.enum(offers));
const outcomeSchema = z.enum(outcomes);

/** A write refused because the case is gone (deleted with its review meanwhile). */
export class CaseRefused extends Error {
  constructor(readonly reason: 'case-missing') {
    super('This case no longer exists');
    this.name = 'CaseRefused';
  }
}

async function update(db: TezgahDb, caseId: string, change: (c: Case) => Case | undefined): Promise<Case> {
  return db.transaction('rw', db.cases, async () => {
    const old = await db.cases.get(caseId);
    if (!old) throw new CaseRefused('case-missing');
    const next = change(old);
    if (!next) return old;
    const row = parseOrThrow(caseSchema, next, 'case');
    await db.cases.put(row);
    return row;
  });
}

/**
 * "I've answered": stamps the first response (a public reply or a private message) now. Only the first one
 * counts: a case already answered keeps its time.
 */
export async function recordFirstResponse(caseId: string, { db = appDb(), now = Date.now }: Deps = {}) {
  const t = now();
  return update(db, caseId, (c) =>
    c.firstResponseAt !== undefined ? undefined : { ...c, firstResponseAt: t, updatedAt: t },
  );
}

/** What was offered to the buyer (duplicates dropped, in the usual order). */
export async function setOffered(
  caseId: string,
  offered: readonly Offer[],
  { db = appDb(), now = Date.now }: Deps = {},
) {
  const v = new Set(parseOrThrow(offeredSchema, offered, 'offer'));
  const t = now();
  return update(db, caseId, (c) => ({ ...c, offered: offers.filter((o) => v.has(o)), updatedAt: t }));
}

/** How the case ended ('open' reopens it). */
export async function setOutcome(
  caseId: string,
  outcome: Outcome,
  { db = appDb(), now = Date.now }: Deps = {},
) {
  const v = parseOrThrow(outcomeSchema, outcome, 'outcome');
  const t = now();
  return update(db, caseId, (c) => (c.outcome === v ? undefined : { ...c, outcome: v, updatedAt: t }));
}

/** The review's latest case, if it has one. */
export async function caseOfReview(reviewId: string, { db = appDb() }: Deps = {}): Promise<Case | undefined> {
  const cases = await db.cases.where('reviewId').equals(reviewId).toArray();
  return cases.sort((a, b) => a.openedAt - b.openedAt).at(-1);
}

export interface DueCase {
  case: Case;
  review?: Pick<Review, 'id' | 'rating' | 'reviewer' | 'date' | 'channel'>;
  customerName?: string;
  deadline: number;
  state: ResponseState;
}

/**
 * Open bad-review cases without a first response, the soonest deadline first (overdue ones at the top), with
 * their review, the customer's name and the clock at `now`. Read through the `outcome` index.
 */
export async function openCasesDue({ db = appDb(), now = Date.now }: Deps = {}): Promise<DueCase[]> {
  const t = now();
  return db.transaction('r', db.cases, db.reviews, db.customers, async () => {
    const open = (await db.cases.where('outcome').equals('open').toArray()).filter(
      (c) => c.kind === 'bad-review' && c.firstResponseAt === undefined,
    );
    open.sort((a, b) => a.openedAt - b.openedAt);
    const reviewIds = open.map((c) => c.reviewId).filter((id): id is string => !!id);
    const reviews = new Map(
      (await db.reviews.bulkGet(reviewIds)).filter((r) => r !== undefined).map((r) => [r.id, r]),
    );
    const customerIds = [
      ...new Set(
        open
          .map((c) => c.customerId ?? (c.reviewId ? reviews.get(c.reviewId)?.customerId : undefined))
          .filter((id): id is string => !!id),
      ),
    ];
    const customers = new Map(
      (await db.customers.bulkGet(customerIds)).filter((c) => c !== undefined).map((c) => [c.id, c]),
    );
    return open.map((c) => {
      const r = c.reviewId ? reviews.get(c.reviewId) : undefined;
      const customerId = c.customerId ?? r?.customerId;
      const due: DueCase = {
        case: c,
        deadline: firstResponseDeadline(c.openedAt),
        state: responseState(c, t),
      };
      if (r) {
        due.review = { id: r.id, rating: r.rating, date: r.date, channel: r.channel };
        if (r.reviewer) due.review.reviewer = r.reviewer;
      }
      const name = customerId ? customers.get(customerId)?.name : undefined;
      if (name) due.customerName = name;
      return due;
    });
  });
}
