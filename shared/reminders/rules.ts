// The reminders an order's life makes: pure rules. Given the order before and after a write, its
// reminders, the customer's wishes, the rule settings and today's local date, they say which reminders to
// create, change or remove. The order repository applies the plan in the same transaction as the order.
//
// - Ready to pack: a thank-you-note reminder, due on the ship-by date (today when there is none or it has
//   passed); once per order. When the order ships, the note has gone in the parcel: the reminder is done.
// - Shipped or delivered: a review request, due `reviewDelayDays` after delivery (the delivery date, or the
//   shipped date plus `transitDays` while none is known); once per order. It moves when the dates change.
//   Not for customers who asked not to be asked, and not once Etsy's 100-day review window has closed
//   (entering an old order).
// - Cancelled: pending thank-you and review reminders are dismissed. Reminders written by hand stay: they
//   are often about the cancellation itself.
// - Moving back (an undo, or a correction): what the later step made and nobody touched goes away again, and
//   what a rule closed reopens. A reminder the seller closed themselves is never reopened.
// Every reminder the rules touch follows the order to its customer.
import { addDays } from '../dates';
import type { Preferences } from '../domain/customer';
import type { Order, OrderStatus } from '../domain/order';
import type { Reminder } from '../domain/other';
import { isPending } from './due';
import { REVIEW_WINDOW_DAYS, type ReminderRules } from './settings';

export type OrderFacts = Pick<
  Order,
  'id' | 'customerId' | 'status' | 'shipBy' | 'shippedDate' | 'deliveredDate' | 'sample'
>;

/** A reminder to add; the repository gives it an id and timestamps. */
export interface ReminderDraft {
  kind: 'thank-you-note' | 'review-request';
  orderId: string;
  customerId: string;
  dueDate: string;
  state: 'due';
  sample?: 1;
}

export interface ReminderPlan {
  create: ReminderDraft[];
  /** Changed rows, whole (the repository stamps `updatedAt`). */
  update: Reminder[];
  /** Ids to delete: pending rule reminders whose step was undone. */
  remove: string[];
}

export interface PlanInput {
  /** The order as it was; undefined for a new order. */
  before?: OrderFacts;
  after: OrderFacts;
  /** Every reminder of this order (any kind and state). */
  existing: readonly Reminder[];
  /** The order's customer's wishes; undefined when the customer is unknown. */
  customer?: Pick<Preferences, 'noReviewRequests'>;
  rules: ReminderRules;
  today: string;
}

type Stage = 'early' | 'ready' | 'sent' | 'cancelled';

function stage(s: OrderStatus): Stage {
  if (s === 'ready') return 'ready';
  if (s === 'shipped' || s === 'delivered') return 'sent';
  if (s === 'cancelled') return 'cancelled';
  return 'early';
}

/** The thank-you note is due by the ship-by date; today when there is none or it has passed. */
export function thankYouDueDate(o: Pick<Order, 'shipBy'>, today: string): string {
  return o.shipBy && o.shipBy > today ? o.shipBy : today;
}

export interface ReviewDates {
  /** The delivery date, or its estimate (shipped + transit days). */
  delivered: string;
  estimated: boolean;
  /** When to ask. */
  due: string;
  /** The last day a review can be left. */
  windowEnd: string;
}

/** When to ask for a review of a sent order; undefined while it has neither a shipped nor a delivered date. */
export function reviewDates(
  o: Pick<Order, 'shippedDate' | 'deliveredDate'>,
  rules: Pick<ReminderRules, 'reviewDelayDays' | 'transitDays'>,
): ReviewDates | undefined {
  const delivered =
    o.deliveredDate ?? (o.shippedDate ? addDays(o.shippedDate, rules.transitDays) : undefined);
  if (!delivered) return undefined;
  return {
    delivered,
    estimated: !o.deliveredDate,
    due: addDays(delivered, rules.reviewDelayDays),
    windowEnd: addDays(delivered, REVIEW_WINDOW_DAYS),
  };
}

/** What to create, change and remove among an order's reminders after it was written. */
export function planOrderReminders({
  before,
  after,
  existing,
  customer,
  rules,
  today,
}: PlanInput): ReminderPlan {
  const plan: ReminderPlan = { create: [], update: [], remove: [] };
  const rows = new Map(existing.map((r) => [r.id, r]));
  const changed = new Set<string>();
  const set = (id: string, changes: Partial<Reminder>) => {
    const cur = rows.get(id);
    if (!cur) return;
    const next: Reminder = { ...cur, ...changes };
    for (const k of Object.keys(changes) as (keyof Reminder)[]) if (next[k] === undefined) delete next[k];
    rows.set(id, next);
    changed.add(id);
  };
  const removed = new Set<string>();
  const live = (kind: Reminder['kind']) =>
    [...rows.values()].filter((r) => r.kind === kind && !removed.has(r.id));
  const close = (r: Reminder, state: 'done' | 'dismissed') => set(r.id, { state, autoClosed: true });
  const reopen = (r: Reminder) =>
    set(r.id, { state: r.snoozedUntil ? 'snoozed' : 'due', autoClosed: undefined });
  const draft = (kind: ReminderDraft['kind'], dueDate: string): ReminderDraft => ({
    kind,
    orderId: after.id,
    customerId: after.customerId,
    dueDate,
    state: 'due',
    ...(after.sample ? { sample: after.sample } : {}),
  });

  const statusChanged = before?.status !== after.status;
  const now = stage(after.status);

  // The order moved to another customer: its rule reminders, and its hand-written ones that were about
  // the old customer, follow it.
  for (const r of existing) {
    if (r.customerId === after.customerId) continue;
    if (r.kind !== 'follow-up' || (before && r.customerId === before.customerId)) {
      set(r.id, { customerId: after.customerId });
    }
  }

  // Thank-you note.
  const notes = live('thank-you-note');
  if (now === 'early' && statusChanged) {
    for (const r of notes) if (isPending(r)) removed.add(r.id);
  } else if (now === 'ready') {
    if (statusChanged) {
      for (const r of notes) if (r.autoClosed) reopen(r);
      if (notes.length === 0 && rules.thankYouNote) {
        plan.create.push(draft('thank-you-note', thankYouDueDate(after, today)));
      }
    } else if (before && before.shipBy !== after.shipBy) {
      for (const r of live('thank-you-note')) {
        if (r.state === 'due') set(r.id, { dueDate: thankYouDueDate(after, today) });
      }
    }
  } else if (now === 'sent') {
    // Also a note dismissed with a cancellation: the restored order went out, so the note did too.
    for (const r of notes) if (isPending(r) || (r.autoClosed && r.state !== 'done')) close(r, 'done');
  } else if (now === 'cancelled') {
    for (const r of notes) if (isPending(r)) close(r, 'dismissed');
  }

  // Review request.
  const optedOut = customer?.noReviewRequests === true;
  const requests = live('review-request');
  if ((now === 'early' || now === 'ready') && statusChanged) {
    for (const r of requests) if (isPending(r)) removed.add(r.id);
  } else if (now === 'sent') {
    const when = reviewDates(after, rules);
    if (statusChanged && !optedOut) for (const r of requests) if (r.autoClosed) reopen(r);
    for (const r of live('review-request')) {
      if (!isPending(r)) continue;
      if (optedOut) {
        close(r, 'dismissed');
      } else if (when && r.dueDate !== when.due) {
        // A snooze that ends before the new date no longer means anything.
        if (r.state === 'snoozed' && (r.snoozedUntil ?? '') <= when.due) {
          set(r.id, { dueDate: when.due, state: 'due', snoozedUntil: undefined });
        } else {
          set(r.id, { dueDate: when.due });
        }
      }
    }
    if (
      requests.length === 0 &&
      statusChanged &&
      rules.reviewRequest &&
      !optedOut &&
      when &&
      when.due <= when.windowEnd &&
      today <= when.windowEnd
    ) {
      plan.create.push(draft('review-request', when.due));
    }
  } else if (now === 'cancelled') {
    for (const r of requests) if (isPending(r)) close(r, 'dismissed');
  }

  plan.remove = [...removed];
  plan.update = [...changed].filter((id) => !removed.has(id)).map((id) => rows.get(id)!);
  return plan;
}
