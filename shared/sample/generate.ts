// The sample shop: a made-up 3D-print seller's two years of customers, orders and everything around them,
// the same for the same seed. Rows carry `sample: 1` and reference only each other, so the shop can be
// removed exactly. Rows are built directly (not parsed): the generator must make 50k orders in well under
// two seconds, and tests/unit/sample.test.ts checks every row against its schema instead.
import { statsFromOrders, type Customer } from '../domain/customer';
import type { Channel, Order } from '../domain/order';
import type {
  Case,
  Note,
  NoteTemplate,
  Reminder,
  Review,
  Surprise,
  SurpriseGift,
  Survey,
} from '../domain/other';
import { makeNotes, makeReminders, makeTemplates, Parcels } from './aftercare';
import { Calendar } from './calendar';
import { makeFeedback } from './feedback';
import { makeOrder, numberOrders, showcase, type OrderFacts } from './orders';
import { makeCustomer, makePerson, pickChannel, type Person } from './people';
import { Rng } from './random';

export interface ShopScale {
  customers: number;
  orders: number;
  reviews: number;
}

/** What "Try with a sample shop" loads. */
export const SAMPLE_SCALE: ShopScale = { customers: 150, orders: 400, reviews: 120 };
/** The performance budgets' data size. */
export const BENCH_SCALE: ShopScale = { customers: 20_000, orders: 50_000, reviews: 20_000 };
/** The seed the app's sample shop uses. */
export const SAMPLE_SEED = 20_261_123;

export interface GenerateOptions extends ShopScale {
  seed: number;
  /** The local calendar date the shop is generated around (`YYYY-MM-DD`). */
  today: string;
  /** Epoch ms stamped as `updatedAt`; no moment is later than this. */
  now: number;
}

export interface SampleShop {
  customers: Customer[];
  orders: Order[];
  reviews: Review[];
  notes: Note[];
  noteTemplates: NoteTemplate[];
  surprises: Surprise[];
  surpriseGifts: SurpriseGift[];
  surveys: Survey[];
  reminders: Reminder[];
  cases: Case[];
}

/** Orders are spread over the two years before today. */
const HISTORY_DAYS = 730;

export function generateShop(opts: GenerateOptions): SampleShop {
  const r = new Rng(opts.seed);
  const cal = new Calendar(opts.today);
  const { now } = opts;
  const nCustomers = Math.max(0, Math.floor(opts.customers));
  const nOrders = nCustomers === 0 ? 0 : Math.max(0, Math.floor(opts.orders));

  const noteTemplates = makeTemplates(r, cal, now);
  const parcels = new Parcels(r, cal, now);
  const counts = orderCounts(r, nCustomers, nOrders);
  const customers: Customer[] = [];
  const people: Person[] = [];
  const facts: OrderFacts[] = [];
  const used = new Map<string, number>();

  for (let i = 0; i < nCustomers; i++) {
    const person = makePerson(r, i);
    const id = r.uuid();
    const script = showcase[i];
    const days = orderDays(r, cal, counts[i] ?? 0, script?.ordered);
    const noSurprises = r.chance(0.04);
    const channels = new Set<Channel>();
    const mine: Order[] = [];
    let given = 0;
    for (let j = 0; j < days.length; j++) {
      const ordered = days[j] ?? 0;
      const channel = j === 0 || r.chance(0.85) ? person.channel : pickChannel(r);
      const last = j === days.length - 1;
      const f = makeOrder(r, cal, now, {
        id: r.uuid(),
        customerId: id,
        customer: i,
        person,
        channel,
        ordered,
        isFirst: j === 0,
        hasThankYouCard: parcels.hasCard(given),
        script: last ? script : undefined,
      });
      given = parcels.give(f, given, noSurprises);
      channels.add(channel);
      mine.push(f.order);
      facts.push(f);
    }
    const createdDay = days[0] ?? -r.int(0, HISTORY_DAYS - 1);
    customers.push(
      makeCustomer(r, person, i, channels, used, noSurprises, {
        id,
        createdDate: cal.date(createdDay),
        stats: statsFromOrders(mine),
        // Added with their first order, not after it.
        createdAt: mine[0]?.createdAt ?? cal.moment(createdDay, r, now),
        updatedAt: now,
      }),
    );
    people.push(person);
  }
  numberOrders(r, facts);

  const feedback = makeFeedback(r, cal, now, { facts, people, reviews: opts.reviews, orders: nOrders });
  return {
    customers,
    orders: facts.map((f) => f.order),
    reviews: feedback.reviews,
    notes: makeNotes(r, cal, now, facts, customers, noteTemplates),
    noteTemplates,
    surprises: parcels.surprises,
    surpriseGifts: parcels.gifts,
    surveys: feedback.surveys,
    reminders: makeReminders(r, cal, now, facts, customers, feedback.reviews, feedback.cases),
    cases: feedback.cases,
  };
}

/**
 * Orders per customer: everyone buys once, about a quarter come back, and a few regulars account for much
 * of the repeat business (the skew is `u^1.3` over the repeat buyers).
 */
function orderCounts(r: Rng, customers: number, orders: number): Int32Array {
  const counts = new Int32Array(customers);
  if (orders <= customers) {
    counts.fill(1, 0, orders);
    return counts;
  }
  counts.fill(1);
  let extra = orders - customers;
  const repeat = Math.min(customers, Math.max(1, Math.round(customers * 0.25)), extra);
  for (let i = 0; i < repeat; i++) counts[i] = 2;
  extra -= repeat;
  for (; extra > 0; extra--) counts[Math.floor(repeat * r.next() ** 1.3)]++;
  return counts;
}

/**
 * Order days (offsets, oldest first): busier towards today (a growing shop) and around the holidays, with
 * a handful in the last week so the workbench is never empty. `latest` pins the last one (showcase).
 */
function orderDays(r: Rng, cal: Calendar, n: number, latest?: number): number[] {
  const days: number[] = [];
  for (let k = 0; k < n; k++) {
    let day = 0;
    for (let tries = 0; tries < 4; tries++) {
      day = r.chance(0.03)
        ? -r.int(0, 6)
        : -Math.min(HISTORY_DAYS - 1, Math.floor(HISTORY_DAYS * (1 - Math.sqrt(r.next()))));
      if (cal.month(day) >= 11 || r.chance(0.75)) break;
    }
    days.push(day);
  }
  if (latest !== undefined && n > 0) {
    for (let k = 0; k < n; k++) days[k] = Math.min(days[k] ?? 0, latest - 1);
    days[n - 1] = latest;
  }
  return days.sort((a, b) => a - b);
}
