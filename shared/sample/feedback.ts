// What buyers said afterwards: reviews (mostly 5★, some bad ones with a reply and a case, a few revised
// after the seller fixed things), complaint cases, and NPS/CSAT surveys. Everything points at sample orders.
import { firstName } from '../domain/customer';
import type { Case, Review, Survey } from '../domain/other';
import type { Calendar } from './calendar';
import type { OrderFacts } from './orders';
import type { Person } from './people';
import { weighted, type Rng } from './random';
import {
  apologyReplies,
  badReviews,
  caseNotes,
  fill,
  goodReviews,
  revisedTexts,
  surveyComments,
  thanksReplies,
} from './texts';

const HOUR = 3_600_000;

const pickRating = weighted([
  [5, 75],
  [4, 11],
  [3, 5],
  [2, 3],
  [1, 6],
]);
const pickOutcome = weighted<Case['outcome']>([
  ['review-revised', 35],
  ['bought-again', 20],
  ['no-change', 30],
  ['closed', 15],
]);
const pickNps = weighted([
  [10, 35],
  [9, 30],
  [8, 15],
  [7, 8],
  [6, 5],
  [4, 4],
  [2, 3],
]);
const pickCsat = weighted([
  [5, 60],
  [4, 25],
  [3, 8],
  [2, 4],
  [1, 3],
]);

const remedies: Record<Review['categories'][number], readonly Case['offered'][number][]> = {
  'product-quality': ['reprint'],
  'print-defect': ['reprint'],
  'damaged-in-shipping': ['reship'],
  late: ['discount'],
  'wrong-item': ['reship'],
  communication: ['discount'],
  packaging: ['reship'],
  price: ['discount'],
  other: ['other'],
};

export interface FeedbackInput {
  facts: readonly OrderFacts[];
  people: readonly Person[];
  reviews: number;
  orders: number;
}

export interface Feedback {
  reviews: Review[];
  cases: Case[];
  surveys: Survey[];
}

export function makeFeedback(r: Rng, cal: Calendar, now: number, input: FeedbackInput): Feedback {
  const { facts, people } = input;
  const out: Feedback = { reviews: [], cases: [], surveys: [] };
  const delivered = facts.filter((f) => f.delivered !== undefined);
  // Reviews come from the marketplaces first; direct buyers rarely leave one.
  const onChannels = delivered.filter((f) => f.order.channel !== 'direct');
  const offChannels = delivered.filter((f) => f.order.channel === 'direct');
  const chosen = r.sampleIndices(onChannels.length, input.reviews).map((i) => onChannels[i]);
  const missing = input.reviews - chosen.length;
  if (missing > 0) chosen.push(...r.sampleIndices(offChannels.length, missing).map((i) => offChannels[i]));

  for (const f of chosen) {
    if (!f) continue;
    const person = people[f.customer];
    if (person) review(r, cal, now, f, person, out);
  }

  // A few complaints and returns that never became a review.
  for (const i of r.sampleIndices(delivered.length, Math.max(1, Math.round(input.orders * 0.005)))) {
    const f = delivered[i];
    if (!f || f.delivered === undefined) continue;
    const day = Math.min(0, f.delivered + r.int(0, 5));
    const openedAt = cal.moment(day, r, now);
    const c: Case = {
      id: r.uuid(),
      kind: r.chance(0.6) ? 'complaint' : 'return',
      customerId: f.order.customerId,
      orderId: f.order.id,
      openedAt,
      firstResponseAt: Math.min(now, openedAt + r.int(1, 20) * HOUR),
      offered: [r.pick(['refund', 'reprint', 'reship'] as const)],
      outcome: day > -7 ? 'open' : r.pick(['closed', 'bought-again'] as const),
      notes: r.pick(caseNotes),
      createdAt: openedAt,
      updatedAt: now,
      sample: 1,
    };
    out.cases.push(c);
  }

  for (const i of r.sampleIndices(delivered.length, Math.round(input.orders * 0.06))) {
    const f = delivered[i];
    const person = f && people[f.customer];
    if (!f || !person || f.delivered === undefined) continue;
    const day = Math.min(0, f.delivered + r.int(1, 10));
    const nps = r.chance(0.6);
    const s: Survey = {
      id: r.uuid(),
      kind: nps ? 'nps' : 'csat',
      score: nps ? pickNps(r) : pickCsat(r),
      customerId: f.order.customerId,
      orderId: f.order.id,
      date: cal.date(day),
      createdAt: cal.moment(day, r, now),
      updatedAt: now,
      sample: 1,
    };
    if (r.chance(0.3)) s.comment = r.pick(surveyComments[person.region.language]);
    out.surveys.push(s);
  }
  return out;
}

function review(r: Rng, cal: Calendar, now: number, f: OrderFacts, person: Person, out: Feedback): void {
  const o = f.order;
  const lang = person.region.language === 'tr' && r.chance(0.85) ? 'tr' : 'en';
  const first = firstName(person.name);
  let day = Math.min(0, (f.delivered ?? f.ordered) + r.int(0, 14));
  const rating = pickRating(r);
  const rv: Review = {
    id: r.uuid(),
    channel: o.channel,
    rating,
    ratingHistory: [],
    text: '',
    reviewer: reviewerName(r, o.channel, person.name),
    date: cal.date(day),
    orderId: o.id,
    customerId: o.customerId,
    categories: [],
    createdAt: cal.moment(day, r, now),
    updatedAt: now,
    sample: 1,
  };
  if (o.externalId) rv.externalOrderId = o.externalId;
  out.reviews.push(rv);

  if (rating >= 4) {
    if (!r.chance(rating === 5 ? 0.3 : 0.15)) rv.text = r.pick(goodReviews[lang][rating === 5 ? 5 : 4]);
    if (r.chance(0.06)) reply(r, cal, rv, day, fill(r.pick(thanksReplies[lang]), first));
    return;
  }
  const [text, categories] = r.pick(badReviews[lang]);
  rv.text = text;
  rv.categories = [...categories];
  if (!r.chance(0.6)) return;

  // A bad review the seller took up: a case, usually a public reply, sometimes a revised review.
  const openedAt = cal.moment(day, r, now);
  const c: Case = {
    id: r.uuid(),
    kind: 'bad-review',
    customerId: o.customerId,
    orderId: o.id,
    reviewId: rv.id,
    openedAt,
    offered: [...new Set(categories.flatMap((k) => remedies[k]))],
    outcome: day > -10 ? 'open' : pickOutcome(r),
    createdAt: openedAt,
    updatedAt: now,
    sample: 1,
  };
  if (r.chance(0.9)) c.firstResponseAt = Math.max(openedAt, Math.min(now, openedAt + r.int(1, 30) * HOUR));
  if (r.chance(0.2)) c.offered.push('refund');
  if (r.chance(0.7)) c.notes = r.pick(caseNotes);
  out.cases.push(c);

  if (c.outcome === 'review-revised') {
    // The buyer edits before any public reply (Etsy locks a review once the seller replies).
    rv.ratingHistory = [{ rating, date: rv.date }];
    day = Math.min(0, day + r.int(2, 9));
    rv.rating = r.chance(0.6) ? 5 : 4;
    rv.text = r.pick(revisedTexts[lang]);
    rv.date = cal.date(day);
    reply(r, cal, rv, day, fill(r.pick(thanksReplies[lang]), first));
  } else if (r.chance(0.7)) {
    reply(r, cal, rv, day, fill(r.pick(apologyReplies[lang]), first));
  }
}

function reply(r: Rng, cal: Calendar, rv: Review, day: number, text: string): void {
  rv.reply = text;
  rv.replyDate = cal.date(Math.min(0, day + r.int(0, 2)));
}

function reviewerName(r: Rng, channel: Review['channel'], name: string): string {
  if (channel === 'etsy') return r.chance(0.06) ? 'Inactive Etsy Member' : name;
  const parts = name.split(' ');
  return parts.length > 1 ? `${parts[0]} ${parts[parts.length - 1]?.charAt(0) ?? ''}.` : name;
}
