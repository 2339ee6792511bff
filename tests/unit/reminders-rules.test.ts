// Reminder rules with fixed clocks. Run under TZ=America/Los_Angeles and TZ=Pacific/Auckland (npm test).
import { describe, expect, it } from 'vitest';
import { localDate } from '@shared/dates';
import type { Reminder } from '@shared/domain/other';
import {
  planOrderReminders,
  reviewDates,
  thankYouDueDate,
  type OrderFacts,
  type PlanInput,
  type ReminderPlan,
} from '@shared/reminders/rules';
import { defaultReminderRules, reminderRulesSchema, type ReminderRules } from '@shared/reminders/settings';

const rules: ReminderRules = defaultReminderRules;

function order(over: Partial<OrderFacts> = {}): OrderFacts {
  return { id: 'order-0001', customerId: 'customer-01', status: 'new', ...over };
}

let seq = 0;
function reminder(over: Partial<Reminder> = {}): Reminder {
  seq += 1;
  return {
    id: `reminder-${String(seq).padStart(4, '0')}`,
    kind: 'thank-you-note',
    orderId: 'order-0001',
    customerId: 'customer-01',
    dueDate: '2026-03-10',
    state: 'due',
    createdAt: 1,
    updatedAt: 1,
    ...over,
  };
}

function plan(p: Partial<PlanInput> & Pick<PlanInput, 'after' | 'today'>): ReminderPlan {
  return planOrderReminders({ existing: [], rules, customer: { noReviewRequests: false }, ...p });
}

/** Applies a plan to a list of rows, as the repository does (ids for new rows are made up). */
function apply(rows: readonly Reminder[], p: ReminderPlan): Reminder[] {
  const updated = new Map(p.update.map((r) => [r.id, r]));
  const kept = rows.filter((r) => !p.remove.includes(r.id)).map((r) => updated.get(r.id) ?? r);
  return [...kept, ...p.create.map((d) => reminder({ ...d }))];
}

describe('rule settings', () => {
  it('default to a note when ready, a review request 5 days after delivery, 4 days in transit', () => {
    expect(defaultReminderRules).toEqual({
      thankYouNote: true,
      reviewRequest: true,
      reviewDelayDays: 5,
      transitDays: 4,
      notifications: true,
    });
  });
  it('read a value saved before a field existed, with that field at its default', () => {
    expect(reminderRulesSchema.parse({ reviewDelayDays: 7 })).toMatchObject({
      reviewDelayDays: 7,
      transitDays: 4,
      notifications: true,
    });
  });
  it('refuse delays past the review window and negative days', () => {
    expect(reminderRulesSchema.safeParse({ reviewDelayDays: 120 }).success).toBe(false);
    expect(reminderRulesSchema.safeParse({ transitDays: -1 }).success).toBe(false);
    expect(reminderRulesSchema.safeParse({ reviewDelayDays: 2.5 }).success).toBe(false);
  });
});

describe('thank-you note when an order is ready to pack', () => {
  it('is due on the ship-by date', () => {
    const p = plan({
      before: order({ status: 'printing', shipBy: '2026-03-12' }),
      after: order({ status: 'ready', shipBy: '2026-03-12' }),
      today: '2026-03-09',
    });
    expect(p.create).toEqual([
      {
        kind: 'thank-you-note',
        orderId: 'order-0001',
        customerId: 'customer-01',
        dueDate: '2026-03-12',
        state: 'due',
      },
    ]);
    expect(p.update).toEqual([]);
    expect(p.remove).toEqual([]);
  });

  it('is due today when there is no ship-by date or it has passed', () => {
    expect(thankYouDueDate({}, '2026-03-09')).toBe('2026-03-09');
    expect(thankYouDueDate({ shipBy: '2026-03-01' }, '2026-03-09')).toBe('2026-03-09');
    expect(thankYouDueDate({ shipBy: '2026-03-09' }, '2026-03-09')).toBe('2026-03-09');
    const p = plan({
      before: order({ status: 'printing' }),
      after: order({ status: 'ready' }),
      today: '2026-12-31',
    });
    expect(p.create[0]?.dueDate).toBe('2026-12-31');
  });

  it('is made once per order, and not at all when the rule is off', () => {
    const done = reminder({ state: 'done' });
    const again = plan({
      before: order({ status: 'printing' }),
      after: order({ status: 'ready' }),
      existing: [done],
      today: '2026-03-09',
    });
    expect(again.create).toEqual([]);
    expect(again.update).toEqual([]);
    const off = plan({
      before: order({ status: 'printing' }),
      after: order({ status: 'ready' }),
      rules: { ...rules, thankYouNote: false },
      today: '2026-03-09',
    });
    expect(off.create).toEqual([]);
  });

  it('is made for a new order entered as ready, and not for an edit that leaves it ready', () => {
    expect(plan({ after: order({ status: 'ready' }), today: '2026-03-09' }).create).toHaveLength(1);
    expect(
      plan({ before: order({ status: 'ready' }), after: order({ status: 'ready' }), today: '2026-03-09' })
        .create,
    ).toEqual([]);
  });

  it('carries the sample flag of a sample order', () => {
    const p = plan({ after: order({ status: 'ready', sample: 1 }), today: '2026-03-09' });
    expect(p.create[0]?.sample).toBe(1);
  });

  it('moves with the ship-by date while due, not while snoozed', () => {
    const due = reminder({ dueDate: '2026-03-12' });
    const snoozed = reminder({ dueDate: '2026-03-12', state: 'snoozed', snoozedUntil: '2026-03-11' });
    const p = plan({
      before: order({ status: 'ready', shipBy: '2026-03-12' }),
      after: order({ status: 'ready', shipBy: '2026-03-20' }),
      existing: [due, snoozed],
      today: '2026-03-09',
    });
    expect(p.update).toEqual([{ ...due, dueDate: '2026-03-20' }]);
  });

  it('is done when the order ships (the note went in the parcel), and reopens when that is undone', () => {
    const note = reminder({ dueDate: '2026-03-12' });
    const ship = plan({
      before: order({ status: 'ready' }),
      after: order({ status: 'shipped', shippedDate: '2026-03-10' }),
      existing: [note],
      today: '2026-03-10',
    });
    const closed = ship.update.find((r) => r.id === note.id);
    expect(closed).toMatchObject({ state: 'done', autoClosed: true });

    const rows = apply([note], ship);
    const undo = plan({
      before: order({ status: 'shipped', shippedDate: '2026-03-10' }),
      after: order({ status: 'ready' }),
      existing: rows,
      today: '2026-03-10',
    });
    const after = apply(rows, undo);
    expect(after).toEqual([note]);
  });

  it('stays done when the seller marked it done before shipping', () => {
    const note = reminder({ state: 'done' });
    const ship = plan({
      before: order({ status: 'ready' }),
      after: order({ status: 'shipped', shippedDate: '2026-03-10' }),
      existing: [note],
      today: '2026-03-10',
    });
    expect(ship.update.filter((r) => r.kind === 'thank-you-note')).toEqual([]);
    const back = plan({
      before: order({ status: 'shipped', shippedDate: '2026-03-10' }),
      after: order({ status: 'ready' }),
      existing: [note],
      today: '2026-03-10',
    });
    expect(back.update).toEqual([]);
    expect(back.create).toEqual([]);
  });

  it('goes away when the order moves back to printing before anyone acted on it', () => {
    const note = reminder();
    const p = plan({
      before: order({ status: 'ready' }),
      after: order({ status: 'printing' }),
      existing: [note],
      today: '2026-03-10',
    });
    expect(p.remove).toEqual([note.id]);
  });
});

describe('review request', () => {
  const shipped = order({ status: 'shipped', shippedDate: '2026-03-02' });

  it('is due transit + delay days after shipping while no delivery date is known', () => {
    const p = plan({ before: order({ status: 'ready' }), after: shipped, today: '2026-03-02' });
    expect(p.create).toEqual([
      {
        kind: 'review-request',
        orderId: 'order-0001',
        customerId: 'customer-01',
        dueDate: '2026-03-11',
        state: 'due',
      },
    ]);
    expect(reviewDates(shipped, rules)).toEqual({
      delivered: '2026-03-06',
      estimated: true,
      due: '2026-03-11',
      windowEnd: '2026-06-14',
    });
  });

  it('is due delay days after the delivery date when there is one', () => {
    const p = plan({
      before: shipped,
      after: order({ status: 'delivered', shippedDate: '2026-03-02', deliveredDate: '2026-03-04' }),
      today: '2026-03-04',
    });
    expect(p.create[0]?.dueDate).toBe('2026-03-09');
  });

  it('follows the settings', () => {
    const p = plan({
      before: order({ status: 'ready' }),
      after: shipped,
      rules: { ...rules, transitDays: 10, reviewDelayDays: 14 },
      today: '2026-03-02',
    });
    expect(p.create[0]?.dueDate).toBe('2026-03-26');
    const off = plan({
      before: order({ status: 'ready' }),
      after: shipped,
      rules: { ...rules, reviewRequest: false },
      today: '2026-03-02',
    });
    expect(off.create).toEqual([]);
  });

  it('moves when the delivery date becomes known, and back when it is removed', () => {
    const request = reminder({ kind: 'review-request', dueDate: '2026-03-11' });
    const delivered = order({ status: 'delivered', shippedDate: '2026-03-02', deliveredDate: '2026-03-09' });
    const p = plan({ before: shipped, after: delivered, existing: [request], today: '2026-03-09' });
    expect(p.create).toEqual([]);
    expect(p.update).toEqual([{ ...request, dueDate: '2026-03-14' }]);

    // Delivered is undone: the estimate is back.
    const back = plan({
      before: delivered,
      after: shipped,
      existing: apply([request], p),
      today: '2026-03-09',
    });
    expect(back.update).toEqual([request]);
  });

  it('keeps a snooze that ends after the new date, and drops one that ends before it', () => {
    const later = reminder({ kind: 'review-request', state: 'snoozed', snoozedUntil: '2026-03-20' });
    const earlier = reminder({
      kind: 'review-request',
      orderId: 'order-0002',
      state: 'snoozed',
      snoozedUntil: '2026-03-12',
    });
    const delivered = {
      status: 'delivered' as const,
      shippedDate: '2026-03-02',
      deliveredDate: '2026-03-09',
    };
    const a = plan({ before: shipped, after: order(delivered), existing: [later], today: '2026-03-09' });
    expect(a.update).toEqual([{ ...later, dueDate: '2026-03-14' }]);
    const b = plan({
      before: order({ ...shipped, id: 'order-0002' }),
      after: order({ ...delivered, id: 'order-0002' }),
      existing: [earlier],
      today: '2026-03-09',
    });
    const moved = b.update[0];
    expect(moved).toMatchObject({ dueDate: '2026-03-14', state: 'due' });
    expect(moved && 'snoozedUntil' in moved).toBe(false);
  });

  it('is made once per order', () => {
    const dismissed = reminder({ kind: 'review-request', state: 'dismissed' });
    const p = plan({
      before: shipped,
      after: order({ status: 'delivered', shippedDate: '2026-03-02', deliveredDate: '2026-03-05' }),
      existing: [dismissed],
      today: '2026-03-05',
    });
    expect(p.create).toEqual([]);
    expect(p.update).toEqual([]);
  });

  it('is never made for a customer who opted out; a pending one is dismissed', () => {
    const optedOut = { noReviewRequests: true };
    expect(
      plan({ before: order({ status: 'ready' }), after: shipped, customer: optedOut, today: '2026-03-02' })
        .create,
    ).toEqual([]);
    const pending = reminder({ kind: 'review-request', dueDate: '2026-03-11' });
    const p = plan({
      before: shipped,
      after: order({ status: 'delivered', shippedDate: '2026-03-02', deliveredDate: '2026-03-05' }),
      existing: [pending],
      customer: optedOut,
      today: '2026-03-05',
    });
    expect(p.update).toEqual([{ ...pending, state: 'dismissed', autoClosed: true }]);
  });

  it('is not made once the 100-day review window has closed (an old order entered late)', () => {
    const old = order({ status: 'delivered', shippedDate: '2025-10-01', deliveredDate: '2025-10-05' });
    // Day 100 after delivery is the last day a review can be left.
    expect(plan({ after: old, today: '2026-01-13' }).create).toHaveLength(1);
    expect(plan({ after: old, today: '2026-01-14' }).create).toEqual([]);
    // An old order with no delivery date: the window counts from the estimated delivery.
    const estimated = order({ status: 'shipped', shippedDate: '2025-09-27' });
    expect(plan({ after: estimated, today: '2026-01-09' }).create[0]?.dueDate).toBe('2025-10-06');
    expect(plan({ after: estimated, today: '2026-01-10' }).create).toEqual([]);
  });

  it('is not made for a sent order with no dates at all', () => {
    expect(plan({ after: order({ status: 'delivered' }), today: '2026-03-05' }).create).toEqual([]);
  });

  it('is removed when shipping is undone before anyone acted on it', () => {
    const request = reminder({ kind: 'review-request' });
    const done = reminder({ kind: 'review-request', orderId: 'order-0002', state: 'done' });
    const p = plan({
      before: shipped,
      after: order({ status: 'ready' }),
      existing: [request],
      today: '2026-03-02',
    });
    expect(p.remove).toEqual([request.id]);
    const q = plan({
      before: order({ ...shipped, id: 'order-0002' }),
      after: order({ status: 'ready', id: 'order-0002' }),
      existing: [done],
      today: '2026-03-02',
    });
    expect(q.remove).toEqual([]);
  });
});

describe('cancelled orders', () => {
  it('dismiss pending rule reminders, keep hand-written ones, and reopen them when restored', () => {
    const note = reminder({ kind: 'thank-you-note' });
    const request = reminder({
      kind: 'review-request',
      dueDate: '2026-03-11',
      state: 'snoozed',
      snoozedUntil: '2026-03-20',
    });
    const doneRequest = reminder({ kind: 'review-request', orderId: 'x', state: 'done' });
    const followUp = reminder({ kind: 'follow-up', text: 'Offer a refund' });
    const existing = [note, request, followUp, doneRequest];
    const sent = order({ status: 'shipped', shippedDate: '2026-03-02' });
    const cancel = plan({
      before: sent,
      after: order({ ...sent, status: 'cancelled' }),
      existing,
      today: '2026-03-05',
    });
    expect(cancel.create).toEqual([]);
    expect(cancel.remove).toEqual([]);
    expect(cancel.update).toEqual([
      { ...note, state: 'dismissed', autoClosed: true },
      { ...request, state: 'dismissed', autoClosed: true },
    ]);

    const restore = plan({
      before: order({ ...sent, status: 'cancelled' }),
      after: sent,
      existing: apply(existing, cancel),
      today: '2026-03-05',
    });
    const back = apply(apply(existing, cancel), restore);
    // The note stays done-for (shipped); the request is back, snoozed as it was.
    expect(back.find((r) => r.id === request.id)).toEqual(request);
    expect(back.find((r) => r.id === note.id)).toMatchObject({ state: 'done', autoClosed: true });
    expect(back.find((r) => r.id === followUp.id)).toEqual(followUp);
    expect(restore.create).toEqual([]);
  });
});

describe('the customer of an order changes', () => {
  it('moves rule reminders and the old customer’s follow-ups to the new customer', () => {
    const note = reminder();
    const followUp = reminder({ kind: 'follow-up', text: 'Ask about colour' });
    const other = reminder({ kind: 'follow-up', customerId: 'customer-99', text: 'Unrelated' });
    const p = plan({
      before: order({ status: 'ready' }),
      after: order({ status: 'ready', customerId: 'customer-02' }),
      existing: [note, followUp, other],
      today: '2026-03-05',
    });
    expect(p.update.map((r) => [r.id, r.customerId])).toEqual([
      [note.id, 'customer-02'],
      [followUp.id, 'customer-02'],
    ]);
  });
});

describe('dates in local time, across daylight-saving changes and year ends', () => {
  const tz = process.env.TZ ?? '';

  it('takes today from the local calendar of a fixed moment', () => {
    // 2026-09-26 13:30 UTC: 06:30 on the 26th in Los Angeles, 01:30 on the 27th in Auckland (the night
    // New Zealand's daylight saving starts).
    const now = Date.UTC(2026, 8, 26, 13, 30);
    const today = localDate(now);
    const expected: Record<string, string> = {
      'America/Los_Angeles': '2026-09-26',
      'Pacific/Auckland': '2026-09-27',
    };
    if (expected[tz]) expect(today).toBe(expected[tz]);
    const p = plan({ before: order({ status: 'printing' }), after: order({ status: 'ready' }), today });
    expect(p.create[0]?.dueDate).toBe(today);
  });

  it('counts whole calendar days over the US spring-forward (2026-03-08)', () => {
    // Shipped late on the Saturday before the change, local time.
    const today = localDate(new Date(2026, 2, 7, 23, 30));
    expect(today).toBe('2026-03-07');
    const p = plan({
      before: order({ status: 'ready' }),
      after: order({ status: 'shipped', shippedDate: today }),
      today,
    });
    expect(p.create[0]?.dueDate).toBe('2026-03-16');
  });

  it('counts whole calendar days over New Zealand’s changes (2026-04-05 and 2026-09-27)', () => {
    const autumn = localDate(new Date(2026, 3, 5, 2, 30)); // the repeated hour in Auckland
    expect(autumn).toBe('2026-04-05');
    const delivered = order({ status: 'delivered', shippedDate: '2026-04-01', deliveredDate: autumn });
    expect(
      plan({ before: order({ status: 'shipped' }), after: delivered, today: autumn }).create[0]?.dueDate,
    ).toBe('2026-04-10');
    const spring = localDate(new Date(2026, 8, 27, 2, 30)); // the skipped hour in Auckland
    expect(spring).toBe('2026-09-27');
    const p = plan({
      before: order({ status: 'ready' }),
      after: order({ status: 'shipped', shippedDate: '2026-09-25' }),
      today: spring,
    });
    expect(p.create[0]?.dueDate).toBe('2026-10-04');
  });

  it('crosses month and year ends and leap days', () => {
    const p = plan({
      before: order({ status: 'ready' }),
      after: order({ status: 'shipped', shippedDate: '2026-12-29' }),
      today: '2026-12-29',
    });
    expect(p.create[0]?.dueDate).toBe('2027-01-07');
    const leap = reviewDates({ deliveredDate: '2028-02-26' }, rules);
    expect(leap?.due).toBe('2028-03-02');
    expect(reviewDates({ deliveredDate: '2026-01-31' }, rules)?.due).toBe('2026-02-05');
    expect(reviewDates({ deliveredDate: '2026-11-22' }, rules)?.windowEnd).toBe('2027-03-02');
  });
});
